import { useState, type ReactNode } from 'react'
import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { ErrorAlert } from '../../components/ErrorDetail'
import { formatCount, formatDateTime, formatRelative } from '../../lib/format'
import { useMayCall } from '../auth/useAccess'
import { RETENTION_SOURCE_LABELS } from '../../../../shared/domain/labels'
import { usePurgeNow, useRetentionStatus } from './useSettings'

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" w={120} c="dimmed">
        {label}
      </Text>
      {children}
    </Group>
  )
}

/** 개인정보 파기: the period in force and where it comes from, the last purge, and 지금 파기 for a manager. */
export function RetentionCard() {
  const status = useRetentionStatus()
  const mayPurge = useMayCall('privacy:purgeNow')
  const purge = usePurgeNow()
  const [confirming, setConfirming] = useState(false)
  const data = status.data

  return (
    <Card withBorder data-testid="retention-status" data-source={data?.source ?? ''}>
      <Title order={4} mb="sm">
        개인정보 파기
      </Title>
      {status.error && <ErrorAlert error={status.error} />}
      {data && (
        <Stack gap={6}>
          <Row label="보유기간">
            <Text size="sm" data-testid="retention-days">
              {formatCount(data.retentionDays)}일
            </Text>
            <Badge variant="light" color={data.source === 'set' ? 'blue' : 'gray'} data-testid="retention-source">
              {RETENTION_SOURCE_LABELS[data.source]}
            </Badge>
          </Row>
          <Row label="마지막 파기">
            <Text size="sm" data-testid="retention-last-purge">
              {data.lastPurgeAt
                ? `${formatDateTime(data.lastPurgeAt)} (${formatRelative(data.lastPurgeAt)}) · ${formatCount(data.lastPurgedCount ?? 0)}건`
                : '아직 없음'}
            </Text>
          </Row>
          {purge.error && <ErrorAlert error={purge.error} title="파기하지 못했습니다" />}
          {mayPurge && (
            <Group mt="xs">
              <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirming(true)} loading={purge.isPending}>
                지금 파기
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="지금 파기할까요?" centered>
        <Stack gap="md">
          <Text size="sm">
            교육이 끝난 지 {formatCount(data?.retentionDays ?? 0)}일이 지난 재취업 등록을 이 컴퓨터의 캐시와 검색 색인에서 지웁니다. 지운
            자료는 되돌릴 수 없고, 감사 기록에 몇 건을 지웠는지 남깁니다.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              취소
            </Button>
            <Button
              color="red"
              loading={purge.isPending}
              onClick={() => purge.mutate(undefined, { onSettled: () => setConfirming(false) })}
            >
              파기
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}

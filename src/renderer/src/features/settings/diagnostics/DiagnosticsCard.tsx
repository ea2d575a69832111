import type { ReactNode } from 'react'
import { Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconDownload, IconFolderOpen } from '@tabler/icons-react'
import { COLLECTION_LABELS } from '../../../../../shared/domain/labels'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { formatBytes, formatCount, formatDateTime } from '../../../lib/format'
import { useDiagnostics, useOpenLogFolder, useSaveDiagnostics } from './useDiagnostics'

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" w={140} c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Group>
  )
}

/** 진단 정보: what IT needs when something goes wrong, and a zip of it (with the masked logs) to send them. */
export function DiagnosticsCard() {
  const diagnostics = useDiagnostics()
  const save = useSaveDiagnostics()
  const openLogs = useOpenLogFolder()
  const data = diagnostics.data

  return (
    <Card withBorder data-testid="diagnostics">
      <Title order={4} mb="sm">
        진단 정보
      </Title>
      {diagnostics.error && <ErrorAlert error={diagnostics.error} />}
      {data && (
        <Stack gap={6}>
          <Row label="앱 버전">{data.appVersion}</Row>
          <Row label="Electron · Chrome · Node">
            {data.runtime.electron ?? '-'} · {data.runtime.chrome ?? '-'} · {data.runtime.node}
          </Row>
          <Row label="데이터 폴더">
            <Code>{data.dataDir}</Code>
          </Row>
          <Row label="로그 폴더">
            <Code>{data.logDir}</Code>
          </Row>
          <Row label="캐시 크기" testId="diagnostics-cache-size">
            {formatBytes(data.cacheBytes)}
          </Row>
          <Row label="마지막 동기화">{data.lastSyncAt ? formatDateTime(data.lastSyncAt) : '아직 없음'}</Row>
          <Row label="보낼 변경" testId="diagnostics-outbox">
            대기 {formatCount(data.outbox.pending)}건 · 확인 필요 {formatCount(data.outbox.needsAttention)}건 · 격리 {formatCount(data.outbox.quarantined)}건
          </Row>
          <Table withTableBorder mt="xs" data-testid="diagnostics-collections">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>자료</Table.Th>
                <Table.Th ta="right">건수</Table.Th>
                <Table.Th>마지막으로 받은 때</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.collections.map((row) => (
                <Table.Tr key={row.collection} data-collection={row.collection}>
                  <Table.Td>{COLLECTION_LABELS[row.collection]}</Table.Td>
                  <Table.Td ta="right" data-testid="diagnostics-count">
                    {formatCount(row.count)}
                  </Table.Td>
                  <Table.Td>{row.lastPulledAt ? formatDateTime(row.lastPulledAt) : '아직 없음'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {save.error && <ErrorAlert error={save.error} title="진단 정보를 저장하지 못했습니다" />}
          {openLogs.error && <ErrorAlert error={openLogs.error} />}
          <Group mt="xs">
            <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => save.mutate()} loading={save.isPending}>
              진단 정보 저장
            </Button>
            <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => openLogs.mutate()} loading={openLogs.isPending}>
              로그 폴더 열기
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            저장한 파일에는 버전, 건수, 설정과 가린 로그만 들어 있습니다. 이름·연락처·토큰과 캐시 파일은 넣지 않습니다.
          </Text>
        </Stack>
      )}
    </Card>
  )
}

import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { ErrorAlert, ErrorDetail } from '../../components/ErrorDetail'
import { SyncProgressList } from '../../components/SyncProgress'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import type { CollectionName } from '../../../../shared/portal'
import { formatCount, formatDateTime, formatRelative } from '../../lib/format'
import { PATHS, navigate } from '../../router'
import { useSignOut } from '../auth/useSession'
import { PendingWritesTable } from './PendingWritesTable'
import { QuarantineList } from './QuarantineList'
import { SyncNowButton } from './SyncNowButton'
import { describeSummary, useCacheStatus, useSyncStatus } from './useSync'

/** Sync failures that only a new sign-in fixes. */
const AUTH_ERRORS = new Set(['unauthorized', 'token_expired'])

const COLLECTION_NAMES = Object.keys(COLLECTION_LABELS) as CollectionName[]

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={value > 0 ? color : undefined}>
        {formatCount(value)}건
      </Text>
    </Card>
  )
}

export function SyncPage() {
  const sync = useSyncStatus()
  const running = sync.data?.running ?? false
  const cache = useCacheStatus()
  const summary = sync.data?.lastSummary ?? null
  const signOut = useSignOut()

  return (
    <Stack
      gap="lg"
      data-testid="sync-page"
      data-running={running ? 'true' : 'false'}
      data-finished-at={summary?.finishedAt ?? ''}
      data-sync-error={summary?.error?.code ?? ''}
    >
      <Group justify="space-between">
        <div>
          <Title order={2}>동기화</Title>
          <Text c="dimmed" size="sm">
            포털의 변경 자료를 이 컴퓨터의 캐시로 받고, 대기 중인 변경을 포털로 보냅니다.
          </Text>
        </div>
        <SyncNowButton running={running} />
      </Group>

      {sync.error && <ErrorAlert error={sync.error} />}

      {sync.data && (
        <Card withBorder>
          <Group justify="space-between">
            <Group gap="xs">
              <Badge color={sync.data.online ? 'teal' : 'gray'} variant="light">
                {sync.data.online ? '온라인' : '오프라인'}
              </Badge>
              {running ? (
                <Badge color="blue" variant="filled" leftSection={<Loader size={10} color="white" />}>
                  동기화 중
                </Badge>
              ) : (
                <Badge color="gray" variant="outline">
                  대기
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              마지막 동기화: {formatDateTime(sync.data.lastSyncAt)} ({formatRelative(sync.data.lastSyncAt)})
            </Text>
          </Group>
          {running && (
            <Stack mt="sm">
              <SyncProgressList progress={sync.data.progress} />
            </Stack>
          )}
          {!running && summary && (
            <Alert mt="sm" color={summary.error ? 'red' : 'teal'} title={summary.error ? '지난 동기화 실패' : '지난 동기화 결과'}>
              <Text size="sm" data-testid="sync-summary-text">
                {summary.error ? summary.error.message : describeSummary(summary)}
              </Text>
              {summary.error && <ErrorDetail detail={summary.error.detail} />}
              {summary.error && AUTH_ERRORS.has(summary.error.code) && (
                <Group gap="xs" my={6}>
                  <Button size="xs" color="red" variant="light" onClick={() => signOut.mutate()} loading={signOut.isPending}>
                    다시 로그인
                  </Button>
                </Group>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(summary.startedAt)} ~ {formatDateTime(summary.finishedAt)}
              </Text>
            </Alert>
          )}
        </Card>
      )}

      <div>
        <Title order={4} mb="xs">
          캐시 자료
        </Title>
        {cache.error && <ErrorAlert error={cache.error} />}
        <Table withTableBorder striped data-testid="cache-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>자료</Table.Th>
              <Table.Th ta="right">캐시 건수</Table.Th>
              <Table.Th>마지막 수신</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COLLECTION_NAMES.map((name) => {
              const entry = cache.data?.collections[name]
              return (
                <Table.Tr key={name} data-collection={name}>
                  <Table.Td>{COLLECTION_LABELS[name]}</Table.Td>
                  <Table.Td ta="right" data-testid={`cache-count-${name}`}>
                    {entry ? `${formatCount(entry.count)}건` : '—'}
                  </Table.Td>
                  <Table.Td>{entry?.last_pulled_at ? formatDateTime(entry.last_pulled_at) : '받은 적 없음'}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </div>

      {cache.data && (
        <div>
          <Title order={4} mb="xs">
            보낼 변경과 격리
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Stat label="보내기 대기" value={cache.data.outbox.pending} color="blue" />
            <Stat label="충돌" value={cache.data.outbox.conflicts} color="orange" />
            <Stat label="포털이 거부" value={cache.data.outbox.rejected} color="red" />
            <Stat label="격리된 레코드" value={cache.data.quarantine} color="orange" />
          </SimpleGrid>
          {cache.data.outbox.conflicts + cache.data.outbox.rejected > 0 && (
            <Alert color="orange" mt="sm" title="확인이 필요한 변경이 있습니다">
              <Group justify="space-between">
                <Text size="sm">
                  포털이 받지 않은 변경 {formatCount(cache.data.outbox.conflicts + cache.data.outbox.rejected)}건은 확인 필요
                  화면에서 다시 적용하거나 버릴 수 있습니다.
                </Text>
                <Button size="xs" variant="light" color="orange" onClick={() => navigate(PATHS.inbox)}>
                  확인 필요 열기
                </Button>
              </Group>
            </Alert>
          )}
        </div>
      )}

      <PendingWritesTable running={running} />
      <QuarantineList />
    </Stack>
  )
}

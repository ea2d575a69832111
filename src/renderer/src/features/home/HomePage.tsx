import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import type { SyncStatus } from '../../../../shared/ipc/views'
import type { CollectionName } from '../../../../shared/portal'
import { ErrorAlert } from '../../components/ErrorDetail'
import { SyncProgressList } from '../../components/SyncProgress'
import { screenAllowed, screenFor } from '../../layouts/AppShellLayout/navLinks'
import { formatCount, formatRelative } from '../../lib/format'
import { PATHS, type AppPath } from '../../router'
import { useMayCallCheck } from '../auth/useAccess'
import { SyncNowButton } from '../sync/SyncNowButton'
import { useCacheStatus, useSyncStatus } from '../sync/useSync'
import { AttractiveJobsDashboardTile } from './AttractiveJobsDashboardTile'
import { SmeDashboardTile } from './SmeDashboardTile'
import { ReemploymentDashboardTile } from './ReemploymentDashboardTile'

const COLLECTION_NAMES = Object.keys(COLLECTION_LABELS) as CollectionName[]

const COLLECTION_PATHS: Record<CollectionName, AppPath> = {
  'attractive-jobs': PATHS.attractiveJobs,
  'sme-applications': PATHS.sme,
  'reemployment-sessions': PATHS.reemployment,
  'reemployment-registrations': PATHS.reemployment
}

export interface HomePageProps {
  staffName: string
  onNavigate: (path: AppPath) => void
}

/**
 * The first sync (it starts by itself after the first sign-in on this PC), shown where the staff
 * member lands: what is being received, feed by feed, instead of counts of 0건.
 */
function FirstSyncCard() {
  const { data: status } = useSyncStatus()
  if (!isFirstSync(status)) return null
  return (
    <Alert color="blue" variant="light" icon={<Loader size="sm" />} title="처음 자료를 받고 있습니다" data-testid="first-sync">
      <Stack gap="xs">
        <Text size="sm">포털의 자료를 이 컴퓨터로 받는 중입니다. 끝나면 화면마다 자료가 채워지고, 그다음부터는 바뀐 것만 받습니다.</Text>
        <SyncProgressList progress={status.progress} />
      </Stack>
    </Alert>
  )
}

function isFirstSync(status: SyncStatus | undefined): status is SyncStatus {
  return status?.running === true && status.lastSyncAt === null
}

export function HomePage({ staffName, onNavigate }: HomePageProps) {
  const cache = useCacheStatus()
  const sync = useSyncStatus()
  const may = useMayCallCheck()
  // A collection's count shows only to those who may open its screen.
  const collections = COLLECTION_NAMES.filter((name) => screenAllowed(screenFor(COLLECTION_PATHS[name]), may))
  const running = sync.data?.running ?? false
  const outbox = cache.data?.outbox
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>홈</Title>
          <Text c="dimmed" size="sm">
            {staffName}님, 이 컴퓨터의 캐시에 있는 자료 현황입니다.
            {sync.data?.lastSyncAt ? ` 마지막 동기화: ${formatRelative(sync.data.lastSyncAt)}.` : ''}
          </Text>
        </div>
        <SyncNowButton running={running} runningLabel="동기화 중…" testId="home-sync" />
      </Group>
      <FirstSyncCard />
      {cache.error && <ErrorAlert error={cache.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {collections.map((name) => {
          const entry = cache.data?.collections[name]
          return (
            <Card key={name} withBorder padding="md" data-testid={`home-count-${name}`}>
              <Text size="sm" c="dimmed">
                {COLLECTION_LABELS[name]}
              </Text>
              <Text fw={700} size="xl">
                {entry ? `${formatCount(entry.count)}건` : '—'}
              </Text>
              <Text size="xs" c="dimmed">
                마지막 수신: {formatRelative(entry?.last_pulled_at)}
              </Text>
              <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => onNavigate(COLLECTION_PATHS[name])}>
                열기
              </Button>
            </Card>
          )
        })}
      </SimpleGrid>
      {/* During the first sync the tile would only say the cache is empty: the card above says what is happening. */}
      {may('attractiveJobs:dashboard') && !isFirstSync(sync.data) && <AttractiveJobsDashboardTile onOpen={() => onNavigate(PATHS.attractiveJobs)} />}
      {may('sme:dashboard') && !isFirstSync(sync.data) && <SmeDashboardTile />}
      {may('reemployment:dashboard') && !isFirstSync(sync.data) && (
        <ReemploymentDashboardTile onOpen={() => onNavigate(PATHS.reemployment)} />
      )}
      {outbox && (
        <Card withBorder padding="md">
          <Group justify="space-between">
            <Text size="sm">
              보내기 대기 {formatCount(outbox.pending)}건 · 확인 필요 {formatCount(outbox.conflicts + outbox.rejected)}건 (충돌{' '}
              {formatCount(outbox.conflicts)} · 거절 {formatCount(outbox.rejected)}) · 격리 {formatCount(cache.data?.quarantine ?? 0)}건
            </Text>
            <Group gap="xs">
              {outbox.conflicts + outbox.rejected > 0 && (
                <Button variant="light" color="orange" onClick={() => onNavigate(PATHS.inbox)}>
                  확인 필요 화면으로
                </Button>
              )}
              <Button variant="light" onClick={() => onNavigate(PATHS.sync)}>
                동기화 화면으로
              </Button>
            </Group>
          </Group>
        </Card>
      )}
    </Stack>
  )
}

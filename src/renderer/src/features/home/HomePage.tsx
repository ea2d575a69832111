import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { errorMessage } from '../../api'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import type { CollectionName } from '../../../../shared/portal'
import { formatCount, formatRelative } from '../../lib/format'
import { PATHS, type AppPath } from '../../router'
import { useCacheStatus } from '../sync/useSync'
import { AttractiveJobsDashboardTile } from './AttractiveJobsDashboardTile'

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

export function HomePage({ staffName, onNavigate }: HomePageProps) {
  const cache = useCacheStatus()
  const outbox = cache.data?.outbox
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>홈</Title>
        <Text c="dimmed" size="sm">
          {staffName}님, 이 컴퓨터의 캐시에 있는 자료 현황입니다.
        </Text>
      </div>
      {cache.error && <Alert color="red">{errorMessage(cache.error)}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {COLLECTION_NAMES.map((name) => {
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
      <AttractiveJobsDashboardTile onOpen={() => onNavigate(PATHS.attractiveJobs)} />
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

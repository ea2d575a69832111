import { Badge, Group, Loader, Text, Tooltip } from '@mantine/core'
import { formatCount, formatDateTime, formatRelative } from '../../lib/format'
import { describeProgress, useOutboxCounts, useSyncStatus } from './useSync'

/** Header status: online/offline, last sync time, progress while running, and writes waiting to be sent. */
export function SyncIndicator() {
  const { data: status } = useSyncStatus()
  const counts = useOutboxCounts()
  if (!status) return null
  const progress = status.running ? describeProgress(status.progress) : null
  const pending = counts?.pending ?? 0

  return (
    <Group gap="xs" wrap="nowrap" data-testid="sync-indicator">
      <Badge color={status.online ? 'teal' : 'gray'} variant="light">
        {status.online ? '온라인' : '오프라인'}
      </Badge>
      {status.running ? (
        <Group gap={6} wrap="nowrap">
          <Loader size="xs" />
          <Text size="sm">동기화 중…{progress ? ` ${progress}` : ''}</Text>
        </Group>
      ) : (
        <Tooltip label={formatDateTime(status.lastSyncAt)} disabled={!status.lastSyncAt}>
          <Text size="sm" c="dimmed">
            마지막 동기화: {formatRelative(status.lastSyncAt)}
          </Text>
        </Tooltip>
      )}
      {pending > 0 && (
        <Tooltip label="이 컴퓨터에 기록되어 포털로 보낼 변경 (연결되어 있으면 곧 보냅니다)">
          <Badge color="blue" variant="outline" data-testid="pending-count" data-count={pending}>
            보낼 것 {formatCount(pending)}
          </Badge>
        </Tooltip>
      )}
    </Group>
  )
}

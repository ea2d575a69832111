import { Badge, Group, Loader, Text, Tooltip } from '@mantine/core'
import { formatDateTime, formatRelative } from '../../lib/format'
import { describeProgress, useSyncStatus } from './useSync'

/** Header status: online/offline, last sync time, progress while running. */
export function SyncIndicator() {
  const { data: status } = useSyncStatus()
  if (!status) return null
  const progress = status.running ? describeProgress(status.progress) : null

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
    </Group>
  )
}

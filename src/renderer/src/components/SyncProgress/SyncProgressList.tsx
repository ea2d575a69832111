import { Badge, Group, Loader, Stack, Text } from '@mantine/core'
import type { CollectionProgress } from '../../../../shared/ipc/views'
import { collectionLabel } from '../../features/sync/useSync'
import { formatCount } from '../../lib/format'

/** Each feed of the running sync: received so far, set aside, done. */
export function SyncProgressList({ progress }: { progress: readonly CollectionProgress[] }) {
  if (progress.length === 0) return null
  return (
    <Stack gap={4} data-testid="sync-progress">
      {progress.map((p) => (
        <Group key={p.collection} gap="xs" wrap="nowrap" data-collection={p.collection} data-done={p.done ? 'true' : 'false'}>
          {p.done ? (
            <Badge size="xs" color="teal">
              완료
            </Badge>
          ) : (
            <Loader size="xs" />
          )}
          <Text size="sm">
            {collectionLabel(p.collection)} {formatCount(p.pulled)}건{p.quarantined > 0 ? ` (격리 ${formatCount(p.quarantined)}건)` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  )
}

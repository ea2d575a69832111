import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconDatabaseOff, IconRefresh } from '@tabler/icons-react'
import { useSyncStatus } from '../../features/sync/useSync'
import { SyncProgressList } from '../SyncProgress'

export interface EmptyCacheProps {
  onStartSync: () => void
  syncing?: boolean
}

/**
 * What a list shows when the local cache has nothing yet: while a sync runs (the first one starts by
 * itself after the first sign-in) its progress, otherwise a button to start one.
 */
export function EmptyCache({ onStartSync, syncing = false }: EmptyCacheProps) {
  const { data: status } = useSyncStatus()
  const running = status?.running ?? false
  return (
    <Paper withBorder p="xl" data-testid="empty-cache" data-syncing={running ? 'true' : 'false'}>
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light" color={running ? 'blue' : 'gray'}>
          {running ? <IconRefresh size={26} /> : <IconDatabaseOff size={26} />}
        </ThemeIcon>
        {running && status ? (
          <>
            <Text fw={600}>포털에서 자료를 받고 있습니다. 끝나면 목록이 바로 채워집니다.</Text>
            <SyncProgressList progress={status.progress} />
          </>
        ) : (
          <>
            <Text fw={600}>캐시에 자료가 없습니다. 동기화를 실행하세요.</Text>
            <Button leftSection={<IconRefresh size={16} />} onClick={onStartSync} loading={syncing}>
              동기화 실행
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  )
}

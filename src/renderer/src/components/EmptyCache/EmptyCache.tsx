import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconDatabaseOff, IconRefresh } from '@tabler/icons-react'

export interface EmptyCacheProps {
  onStartSync: () => void
  syncing?: boolean
}

/** What a list shows when the local cache has nothing yet. */
export function EmptyCache({ onStartSync, syncing = false }: EmptyCacheProps) {
  return (
    <Paper withBorder p="xl" data-testid="empty-cache">
      <Stack align="center" gap="sm">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconDatabaseOff size={26} />
        </ThemeIcon>
        <Text fw={600}>캐시에 자료가 없습니다. 동기화를 실행하세요.</Text>
        <Button leftSection={<IconRefresh size={16} />} onClick={onStartSync} loading={syncing}>
          동기화 실행
        </Button>
      </Stack>
    </Paper>
  )
}

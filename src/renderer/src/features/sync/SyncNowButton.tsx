import { Button } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useStartSync } from './useSync'

/** 지금 동기화, as every screen that offers it shows it: disabled while a sync runs. */
export function SyncNowButton({ running, runningLabel, testId }: { running: boolean; runningLabel?: string; testId?: string }) {
  const start = useStartSync()
  return (
    <Button leftSection={<IconRefresh size={16} />} onClick={() => start.mutate()} loading={start.isPending} disabled={running} data-testid={testId}>
      {running && runningLabel ? runningLabel : '지금 동기화'}
    </Button>
  )
}

import { useState } from 'react'
import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useInterval } from '@mantine/hooks'
import { IconArrowBackUp } from '@tabler/icons-react'
import { ATTENDANCE_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import { secondsLeft } from './checkInKeys'
import { clockTimeWithSeconds } from './dates'
import type { RecentCheckIn } from './useCheckInMode'

export interface RecentCheckInsProps {
  recent: RecentCheckIn[]
  undoing: boolean
  onUndo: (entry: RecentCheckIn) => void
}

function outcomeText(entry: RecentCheckIn): string {
  if (entry.undone === 'cancelled') return '되돌렸습니다 · 포털로 보내지 않습니다'
  if (entry.undone === 'reversed') return '되돌렸습니다 · 되돌리는 기록을 포털로 보냅니다'
  return ''
}

/** This PC's latest check-ins in this session, newest first; each can be undone for a few seconds. */
export function RecentCheckIns({ recent, undoing, onUndo }: RecentCheckInsProps) {
  // The countdown ticks here, so the rest of check-in mode does not re-render with it.
  const [now, setNow] = useState(() => Date.now())
  useInterval(() => setNow(Date.now()), 500, { autoInvoke: true })
  if (recent.length === 0) return null
  const newestUndoable = recent.find((r) => r.undone === null && secondsLeft(r.undoUntil, now) > 0)
  return (
    <Stack gap={6} data-testid="recent-check-ins">
      <Text fz={18} fw={700} c="dimmed">
        방금 기록
      </Text>
      {recent.map((entry) => {
        const left = entry.undone ? 0 : secondsLeft(entry.undoUntil, now)
        return (
          <Paper key={entry.seq} withBorder radius="md" px="md" py={8} data-registration-id={entry.registrationId} data-undone={entry.undone ?? ''}>
            <Group justify="space-between" wrap="nowrap">
              <Group gap="md" wrap="nowrap">
                <Text fz={24} fw={700} td={entry.undone ? 'line-through' : undefined}>
                  {entry.name}
                </Text>
                <Text fz={22} td={entry.undone ? 'line-through' : undefined}>
                  {ATTENDANCE_STATUS_LABELS[entry.status]} · {clockTimeWithSeconds(entry.checkedAt)}
                </Text>
                {entry.undone && (
                  <Text fz={18} c="dimmed">
                    {outcomeText(entry)}
                  </Text>
                )}
              </Group>
              {left > 0 && (
                <Button
                  size="lg"
                  variant={entry === newestUndoable ? 'filled' : 'light'}
                  color="orange"
                  leftSection={<IconArrowBackUp size={22} />}
                  loading={undoing}
                  onClick={() => onUndo(entry)}
                  data-testid="undo-check-in"
                >
                  되돌리기{entry === newestUndoable ? ' (Ctrl+Z)' : ''} · {left}초
                </Button>
              )}
            </Group>
          </Paper>
        )
      })}
    </Stack>
  )
}

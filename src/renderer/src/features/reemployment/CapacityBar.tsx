import { Group, Progress, Stack, Text } from '@mantine/core'
import { formatCount } from '../../lib/format'
import { fillPercent } from './checkInCounts'

export interface CapacityBarProps {
  registered: number
  capacity: number
  waitlisted: number
  /** Compact: one line of text under a thin bar (lists, the calendar, the home tile). */
  compact?: boolean
}

/** 확정 n / 정원 m, 대기 k, under a bar of the seats taken (orange when full). */
export function CapacityBar({ registered, capacity, waitlisted, compact = false }: CapacityBarProps) {
  const full = capacity > 0 && registered >= capacity
  const text = `확정 ${formatCount(registered)} / 정원 ${formatCount(capacity)}`
  return (
    <Stack gap={2} miw={compact ? 120 : 180} data-testid="capacity-bar" data-registered={registered} data-capacity={capacity} data-waitlisted={waitlisted}>
      <Progress value={fillPercent(registered, capacity)} color={full ? 'orange' : 'teal'} size={compact ? 'sm' : 'md'} aria-label={`${text}, 대기 ${formatCount(waitlisted)}`} />
      <Group gap={6} wrap="nowrap">
        <Text size={compact ? 'xs' : 'sm'} fw={600} style={{ whiteSpace: 'nowrap' }}>
          {text}
        </Text>
        <Text size={compact ? 'xs' : 'sm'} c={waitlisted > 0 ? 'yellow' : 'dimmed'} fw={waitlisted > 0 ? 600 : 400} style={{ whiteSpace: 'nowrap' }}>
          대기 {formatCount(waitlisted)}
        </Text>
      </Group>
    </Stack>
  )
}

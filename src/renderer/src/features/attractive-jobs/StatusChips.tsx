import { Chip, Group } from '@mantine/core'
import { ATTRACTIVE_JOB_STATUS_COLORS, ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { ATTRACTIVE_JOB_STATUSES, type AttractiveJobStatus } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'

export interface StatusChipsProps {
  value: AttractiveJobStatus[]
  counts: Record<string, number>
  onChange: (value: AttractiveJobStatus[]) => void
}

/** 상태 filter (several at once) with the count of each status under the other filters. */
export function StatusChips({ value, counts, onChange }: StatusChipsProps) {
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0)
  return (
    <Group gap={6} wrap="wrap" data-testid="aj-status-filter" role="group" aria-label="상태">
      <Chip size="xs" checked={value.length === 0} onChange={() => onChange([])} variant="filled">
        전체 {formatCount(all)}
      </Chip>
      <Chip.Group multiple value={value} onChange={(v) => onChange(v as AttractiveJobStatus[])}>
        {ATTRACTIVE_JOB_STATUSES.map((s) => (
          <Chip key={s} value={s} size="xs" color={ATTRACTIVE_JOB_STATUS_COLORS[s]}>
            {ATTRACTIVE_JOB_STATUS_LABELS[s]} {formatCount(counts[s] ?? 0)}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  )
}

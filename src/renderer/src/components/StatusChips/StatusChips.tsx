import { Chip, Group } from '@mantine/core'
import { formatCount } from '../../lib/format'

export interface StatusChipsProps<S extends string> {
  value: S[]
  counts: Readonly<Record<string, number>>
  onChange: (value: S[]) => void
  /** Every status, in the order the chips show them. */
  statuses: readonly S[]
  labels: Readonly<Record<S, string>>
  colors: Readonly<Record<S, string>>
  testId: string
}

/** 상태 filter (several at once) with the count of each status under the other filters. */
export function StatusChips<S extends string>({ value, counts, onChange, statuses, labels, colors, testId }: StatusChipsProps<S>) {
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0)
  return (
    <Group gap={6} wrap="wrap" data-testid={testId} role="group" aria-label="상태">
      <Chip size="xs" checked={value.length === 0} onChange={() => onChange([])} variant="filled">
        전체 {formatCount(all)}
      </Chip>
      <Chip.Group multiple value={value} onChange={(v) => onChange(v as S[])}>
        {statuses.map((s) => (
          <Chip key={s} value={s} size="xs" color={colors[s]}>
            {labels[s]} {formatCount(counts[s] ?? 0)}
          </Chip>
        ))}
      </Chip.Group>
    </Group>
  )
}

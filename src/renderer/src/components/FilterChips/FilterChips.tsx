import { Badge, Button, Group, Pill } from '@mantine/core'
import { IconChevronDown, IconChevronUp, IconFilter } from '@tabler/icons-react'

export interface ChosenFilterValue<K extends string = string> {
  key: K
  value: string | number | boolean
  /** "대상: 청년" */
  label: string
}

export interface FilterChipsProps<K extends string> {
  /** Every chosen value, in the filter bar's order. */
  chosen: readonly ChosenFilterValue<K>[]
  /** How many filters are in use (a filter with two values counts once). */
  activeCount: number
  /** The full filter bar is open below. */
  expanded: boolean
  onToggle: () => void
  onRemove: (value: ChosenFilterValue<K>) => void
  /** Prefix of the test ids (`<prefix>-filter-toggle`, `<prefix>-filter-chip`…). */
  testIdPrefix: string
}

/**
 * The filters in one row: the 필터 control (with how many are in use) that opens the full bar, and
 * each chosen value as a chip that removes it — what is filtered stays in sight with the bar closed.
 */
export function FilterChips<K extends string>({ chosen, activeCount, expanded, onToggle, onRemove, testIdPrefix }: FilterChipsProps<K>) {
  return (
    <Group gap={6} wrap="nowrap" miw={0} style={{ flex: 1 }} data-testid={`${testIdPrefix}-filter-chips`}>
      <Button
        size="xs"
        variant={activeCount > 0 ? 'light' : 'default'}
        leftSection={<IconFilter size={14} />}
        rightSection={expanded ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        onClick={onToggle}
        aria-expanded={expanded}
        aria-label={activeCount > 0 ? `필터 (${activeCount}개 사용 중)` : '필터'}
        data-testid={`${testIdPrefix}-filter-toggle`}
        data-active-count={activeCount}
        style={{ flexShrink: 0 }}
      >
        필터
        {activeCount > 0 && (
          <Badge size="xs" circle ml={6} variant="filled">
            {activeCount}
          </Badge>
        )}
      </Button>
      <Group gap={4} wrap="nowrap" miw={0} style={{ overflowX: 'auto' }}>
        {chosen.map((item) => (
          <Pill
            key={`${item.key}:${String(item.value)}`}
            withRemoveButton
            onRemove={() => onRemove(item)}
            // Pill hides its remove button from the keyboard and screen readers; here it is the chip's action.
            removeButtonProps={{ 'aria-label': `${item.label} 필터 해제`, 'aria-hidden': false, tabIndex: 0 }}
            data-testid={`${testIdPrefix}-filter-chip`}
            style={{ flexShrink: 0 }}
          >
            {item.label}
          </Pill>
        ))}
      </Group>
    </Group>
  )
}

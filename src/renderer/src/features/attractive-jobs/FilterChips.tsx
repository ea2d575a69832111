import { useMemo } from 'react'
import { Badge, Button, Group, Pill } from '@mantine/core'
import { IconChevronDown, IconChevronUp, IconFilter } from '@tabler/icons-react'
import type { AttractiveJobFilter } from '../../../../shared/domains/attractive-jobs/views'
import { useDistricts } from '../reference/useDistricts'
import { chosenFilterValues } from './filterValues'
import { activeBarFilters, withoutFilterValue } from './viewState'

export interface FilterChipsProps {
  filter: AttractiveJobFilter
  /** The full filter bar is open below. */
  expanded: boolean
  onToggle: () => void
  onChange: (filter: AttractiveJobFilter) => void
}

/**
 * The filters in one row: the 필터 control (with how many are in use) that opens the full bar, and
 * each chosen value as a chip that removes it — what is filtered stays in sight with the bar closed.
 */
export function FilterChips({ filter, expanded, onToggle, onChange }: FilterChipsProps) {
  const districts = useDistricts()
  const names = useMemo(() => new Map((districts.data ?? []).map((d) => [d.code, d.name])), [districts.data])
  const active = activeBarFilters(filter).length
  const chosen = chosenFilterValues(filter, names)
  return (
    <Group gap={6} wrap="nowrap" miw={0} style={{ flex: 1 }} data-testid="aj-filter-chips">
      <Button
        size="xs"
        variant={active > 0 ? 'light' : 'default'}
        leftSection={<IconFilter size={14} />}
        rightSection={expanded ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        onClick={onToggle}
        aria-expanded={expanded}
        aria-label={active > 0 ? `필터 (${active}개 사용 중)` : '필터'}
        data-testid="aj-filter-toggle"
        data-active-count={active}
      >
        필터
        {active > 0 && (
          <Badge size="xs" circle ml={6} variant="filled">
            {active}
          </Badge>
        )}
      </Button>
      <Group gap={4} wrap="nowrap" miw={0} style={{ overflowX: 'auto' }}>
        {chosen.map(({ key, value, label }) => (
          <Pill
            key={`${key}:${value}`}
            withRemoveButton
            onRemove={() => onChange(withoutFilterValue(filter, key, value))}
            // Pill hides its remove button from the keyboard and screen readers; here it is the chip's action.
            removeButtonProps={{ 'aria-label': `${label} 필터 해제`, 'aria-hidden': false, tabIndex: 0 }}
            data-testid="aj-filter-chip"
            style={{ flexShrink: 0 }}
          >
            {label}
          </Pill>
        ))}
      </Group>
    </Group>
  )
}

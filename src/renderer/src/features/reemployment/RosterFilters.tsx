import { Checkbox, Chip, Group, Select, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { ATTENDANCE_FILTER_LABELS, REGISTRATION_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import { ATTENDANCE_FILTERS, ROSTER_SORTS, type AttendanceFilter, type RosterFilter } from '../../../../shared/domains/reemployment/views'
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../../../../shared/portal'
import { ROSTER_SORT_LABELS, type RosterSort } from '../../../../shared/domains/reemployment/labels'

type HintChoice = 'all' | 'with' | 'without'

export interface RosterFiltersProps {
  search: string
  onSearch: (value: string) => void
  searchError: string | null
  filter: Omit<RosterFilter, 'search'>
  onFilter: (filter: Omit<RosterFilter, 'search'>) => void
  sort: RosterSort
  onSort: (sort: RosterSort) => void
}

/** Search, 신청 상태, 출석, 참고 표시, 현장 접수만, and the order of the roster. */
export function RosterFilters({ search, onSearch, searchError, filter, onFilter, sort, onSort }: RosterFiltersProps) {
  const hints: HintChoice = filter.hints === 'with' || filter.hints === 'without' ? filter.hints : 'all'
  return (
    <Group gap={8} align="center" wrap="wrap">
      <TextInput
        w={210}
        size="sm"
        leftSection={<IconSearch size={16} />}
        placeholder="이름·초성·전화 뒤 4자리·직장"
        aria-label="명단 검색"
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        error={searchError}
      />
      <Chip.Group<true, RegistrationStatus>
        multiple
        value={filter.statuses ?? []}
        onChange={(statuses) => onFilter({ ...filter, statuses: statuses.length > 0 ? statuses : undefined })}
      >
        <Group gap={4} aria-label="신청 상태" role="group">
          {REGISTRATION_STATUSES.map((s) => (
            <Chip key={s} value={s} size="xs" variant="light">
              {REGISTRATION_STATUS_LABELS[s]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Chip.Group<true, AttendanceFilter>
        multiple
        value={filter.attendance ?? []}
        onChange={(attendance) => onFilter({ ...filter, attendance: attendance.length > 0 ? attendance : undefined })}
      >
        <Group gap={4} aria-label="출석" role="group">
          {ATTENDANCE_FILTERS.map((a) => (
            <Chip key={a} value={a} size="xs" variant="light" color="teal">
              {ATTENDANCE_FILTER_LABELS[a]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Select
        w={125}
        size="sm"
        aria-label="참고 표시"
        allowDeselect={false}
        value={hints}
        onChange={(v) => onFilter({ ...filter, hints: v === 'with' || v === 'without' ? v : undefined })}
        data={[
          { value: 'all', label: '참고: 전체' },
          { value: 'with', label: '참고 있는 사람' },
          { value: 'without', label: '참고 없는 사람' }
        ]}
      />
      <Select
        w={115}
        size="sm"
        aria-label="정렬"
        allowDeselect={false}
        value={sort}
        onChange={(v) => v && onSort(v as RosterSort)}
        data={ROSTER_SORTS.map((s) => ({ value: s, label: ROSTER_SORT_LABELS[s] }))}
      />
      <Checkbox
        size="sm"
        label="현장 접수만"
        checked={filter.walkInsOnly ?? false}
        onChange={(e) => onFilter({ ...filter, walkInsOnly: e.currentTarget.checked || undefined })}
      />
    </Group>
  )
}

import { Button, Group, MultiSelect, Select } from '@mantine/core'
import { IconFilterOff } from '@tabler/icons-react'
import { RULE_CODES, RULE_LABELS, type RuleCode } from '../../../../shared/domains/attractive-jobs/rules'
import { JOB_FIELD_LABELS, ORG_TYPE_LABELS, PUBLIC_TYPE_LABELS, TARGET_GROUP_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { FILTER_LABELS, RULE_CHECK_FILTER_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobFilter } from '../../../../shared/domains/attractive-jobs/views'
import { useDistricts } from '../reference/useDistricts'
import { useProgramYears } from './useAttractiveJobs'
import { activeBarFilters } from './viewState'

export interface FilterBarProps {
  filter: AttractiveJobFilter
  onChange: (filter: AttractiveJobFilter) => void
  onReset: () => void
}

function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

const ORG_TYPE_OPTIONS = options(ORG_TYPE_LABELS)
const FIELD_OPTIONS = options(JOB_FIELD_LABELS)
const PUBLIC_TYPE_OPTIONS = options(PUBLIC_TYPE_LABELS)
const TARGET_OPTIONS = options(TARGET_GROUP_LABELS)
const RULE_OPTIONS = RULE_CODES.map((code) => ({ value: code, label: RULE_LABELS[code] }))
const RULE_CHECK_OPTIONS = options(RULE_CHECK_FILTER_LABELS)

const common = { size: 'xs', clearable: true, w: 170, comboboxProps: { withinPortal: true } } as const

/** Every list filter except status (chips) and search (its own box): the panel the 필터 control opens. */
export function FilterBar({ filter, onChange, onReset }: FilterBarProps) {
  const districts = useDistricts()
  const years = useProgramYears()
  const set = (patch: Partial<AttractiveJobFilter>) => onChange({ ...filter, ...patch })
  const active = activeBarFilters(filter).length > 0
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="aj-filters">
      <MultiSelect
        {...common}
        label={FILTER_LABELS.orgTypes}
        placeholder="전체"
        data={ORG_TYPE_OPTIONS}
        value={filter.orgTypes ?? []}
        onChange={(v) => set({ orgTypes: v as AttractiveJobFilter['orgTypes'] })}
      />
      <MultiSelect
        {...common}
        w={190}
        label={FILTER_LABELS.districtCodes}
        placeholder="전체"
        searchable
        nothingFoundMessage="없음"
        data={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
        value={filter.districtCodes ?? []}
        onChange={(v) => set({ districtCodes: v })}
      />
      <MultiSelect
        {...common}
        label={FILTER_LABELS.fields}
        placeholder="전체"
        data={FIELD_OPTIONS}
        value={filter.fields ?? []}
        onChange={(v) => set({ fields: v as AttractiveJobFilter['fields'] })}
      />
      <MultiSelect
        {...common}
        w={150}
        label={FILTER_LABELS.publicTypes}
        placeholder="전체"
        data={PUBLIC_TYPE_OPTIONS}
        value={filter.publicTypes ?? []}
        onChange={(v) => set({ publicTypes: v as AttractiveJobFilter['publicTypes'] })}
      />
      <MultiSelect
        {...common}
        w={140}
        label={FILTER_LABELS.targetGroups}
        placeholder="전체"
        data={TARGET_OPTIONS}
        value={filter.targetGroups ?? []}
        onChange={(v) => set({ targetGroups: v as AttractiveJobFilter['targetGroups'] })}
      />
      <MultiSelect
        {...common}
        w={130}
        label={FILTER_LABELS.programYears}
        placeholder="전체"
        data={(years.data ?? []).map((y) => ({ value: String(y), label: `${y}년` }))}
        value={(filter.programYears ?? []).map(String)}
        onChange={(v) => set({ programYears: v.map(Number) })}
      />
      <Select
        {...common}
        w={120}
        label={FILTER_LABELS.ruleCheck}
        placeholder="전체"
        data={RULE_CHECK_OPTIONS}
        value={filter.ruleCheck ?? null}
        onChange={(v) => set({ ruleCheck: (v ?? undefined) as AttractiveJobFilter['ruleCheck'] })}
      />
      <MultiSelect
        {...common}
        w={210}
        label={FILTER_LABELS.failingRules}
        placeholder="전체"
        data={RULE_OPTIONS}
        value={filter.failingRules ?? []}
        onChange={(v) => set({ failingRules: v as RuleCode[] })}
      />
      {active && (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} />} onClick={onReset}>
          필터 초기화
        </Button>
      )}
    </Group>
  )
}

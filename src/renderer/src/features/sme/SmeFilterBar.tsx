import { Button, Checkbox, Group, MultiSelect, Select } from '@mantine/core'
import { IconFilterOff } from '@tabler/icons-react'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { SME_ELIGIBILITY_FILTER_LABELS, SME_FILTER_LABELS } from '../../../../shared/domains/sme/viewLabels'
import type { SmeFilter } from '../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../shared/portal'
import type { District } from '../../../../shared/portal'
import type { IndustryOption } from './useSme'
import { activeSmeBarFilters } from './viewState'

export interface SmeFilterBarProps {
  filter: SmeFilter
  rounds: readonly string[]
  districts: readonly District[]
  industries: readonly IndustryOption[]
  onChange: (filter: SmeFilter) => void
  onReset: () => void
}

function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

const STAGE_OPTIONS = options(SME_STAGE_LABELS)
const ELIGIBILITY_OPTIONS = options(SME_ELIGIBILITY_FILTER_LABELS)

const common = { size: 'xs', clearable: true, w: 160, comboboxProps: { withinPortal: true } } as const

/** Every list filter except status (chips) and search (its own box): the panel the 필터 control opens. */
export function SmeFilterBar({ filter, rounds, districts, industries, onChange, onReset }: SmeFilterBarProps) {
  const set = (patch: Partial<SmeFilter>) => onChange({ ...filter, ...patch })
  const active = activeSmeBarFilters(filter).length > 0
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="sme-filters">
      <MultiSelect
        {...common}
        w={120}
        label={SME_FILTER_LABELS.rounds}
        placeholder="전체"
        data={rounds.map((r) => ({ value: r, label: r }))}
        value={filter.rounds ?? []}
        onChange={(v) => set({ rounds: v })}
      />
      <MultiSelect
        {...common}
        w={130}
        label={SME_FILTER_LABELS.stages}
        placeholder="전체"
        data={STAGE_OPTIONS}
        value={filter.stages ?? []}
        onChange={(v) => set({ stages: v as SmeStage[] })}
      />
      <MultiSelect
        {...common}
        w={160}
        label={SME_FILTER_LABELS.districtCodes}
        placeholder="전체"
        searchable
        nothingFoundMessage="없음"
        data={districts.map((d) => ({ value: d.code, label: d.name }))}
        value={filter.districtCodes ?? []}
        onChange={(v) => set({ districtCodes: v })}
      />
      <MultiSelect
        {...common}
        w={240}
        label={SME_FILTER_LABELS.industryCodes}
        placeholder="전체 (코드·업종명 검색)"
        searchable
        nothingFoundMessage="없음"
        data={industries.map((i) => ({ value: i.code, label: i.name ? `${i.code} ${i.name}` : i.code }))}
        value={filter.industryCodes ?? []}
        onChange={(v) => set({ industryCodes: v })}
      />
      <Select
        {...common}
        w={120}
        label={SME_FILTER_LABELS.eligibility}
        placeholder="전체"
        data={ELIGIBILITY_OPTIONS}
        value={filter.eligibility ?? null}
        onChange={(v) => set({ eligibility: (v ?? undefined) as SmeFilter['eligibility'] })}
      />
      <Checkbox
        size="xs"
        mb={6}
        label={SME_FILTER_LABELS.businessNoInvalid}
        checked={filter.businessNoInvalid === true}
        onChange={(e) => set({ businessNoInvalid: e.currentTarget.checked || undefined })}
      />
      <Checkbox
        size="xs"
        mb={6}
        label={SME_FILTER_LABELS.documentsMissing}
        checked={filter.documentsMissing === true}
        onChange={(e) => set({ documentsMissing: e.currentTarget.checked || undefined })}
      />
      {active && (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} />} onClick={onReset}>
          필터 초기화
        </Button>
      )}
    </Group>
  )
}

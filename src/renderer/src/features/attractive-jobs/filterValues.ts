import { JOB_FIELD_LABELS, ORG_TYPE_LABELS, PUBLIC_TYPE_LABELS, TARGET_GROUP_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { RULE_LABELS } from '../../../../shared/domains/attractive-jobs/rules'
import { FILTER_LABELS, RULE_CHECK_FILTER_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobFilter } from '../../../../shared/domains/attractive-jobs/views'
import type { ChosenFilterValue as ChosenListFilterValue } from '../../components/FilterChips'
import { activeBarFilters, type BarFilterKey } from './viewState'

export type ChosenFilterValue = ChosenListFilterValue<BarFilterKey>

function valueLabel(key: BarFilterKey, value: string | number, districtNames: ReadonlyMap<string, string>): string {
  switch (key) {
    case 'orgTypes':
      return ORG_TYPE_LABELS[value as keyof typeof ORG_TYPE_LABELS] ?? String(value)
    case 'districtCodes':
      return districtNames.get(String(value)) ?? String(value)
    case 'fields':
      return JOB_FIELD_LABELS[value as keyof typeof JOB_FIELD_LABELS] ?? String(value)
    case 'publicTypes':
      return PUBLIC_TYPE_LABELS[value as keyof typeof PUBLIC_TYPE_LABELS] ?? String(value)
    case 'targetGroups':
      return TARGET_GROUP_LABELS[value as keyof typeof TARGET_GROUP_LABELS] ?? String(value)
    case 'programYears':
      return `${value}년`
    case 'ruleCheck':
      return RULE_CHECK_FILTER_LABELS[value as keyof typeof RULE_CHECK_FILTER_LABELS] ?? String(value)
    case 'failingRules':
      return RULE_LABELS[value as keyof typeof RULE_LABELS] ?? String(value)
  }
}

/** Every value chosen in the filter bar, in the bar's order, each labelled with its filter's name. */
export function chosenFilterValues(filter: AttractiveJobFilter, districtNames: ReadonlyMap<string, string>): ChosenFilterValue[] {
  return activeBarFilters(filter).flatMap((key) => {
    const raw = filter[key]
    const values: (string | number)[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
    return values.map((value) => ({ key, value, label: `${FILTER_LABELS[key]}: ${valueLabel(key, value, districtNames)}` }))
  })
}

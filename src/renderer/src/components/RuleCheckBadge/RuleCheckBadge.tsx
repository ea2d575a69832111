import { Badge, List } from '@mantine/core'
import { RULE_LABELS, type RuleCode } from '../../../../shared/domains/attractive-jobs/rules'
import { SharedTooltip } from '../SharedTooltip'

export interface RuleCheckBadgeProps {
  /** Failing rule codes; empty: all pass; null: the year's 기준 are not cached yet. */
  failures: readonly RuleCode[] | null
}

/** Compact rule-check result for a list row: "통과", "위반 2" (tooltip lists the rules) or "기준 없음". */
export function RuleCheckBadge({ failures }: RuleCheckBadgeProps) {
  if (failures === null) {
    return (
      <SharedTooltip label="이 사업연도의 기준이 아직 캐시에 없습니다 (동기화 필요)">
        <Badge color="gray" variant="outline" size="sm" data-testid="rule-badge">
          기준 없음
        </Badge>
      </SharedTooltip>
    )
  }
  if (failures.length === 0) {
    return (
      <Badge color="teal" variant="light" size="sm" data-testid="rule-badge">
        통과
      </Badge>
    )
  }
  return (
    <SharedTooltip
      maxWidth={240}
      label={
        <List size="xs" c="white">
          {failures.map((code) => (
            <List.Item key={code}>{RULE_LABELS[code]}</List.Item>
          ))}
        </List>
      }
    >
      <Badge color="red" variant="light" size="sm" data-testid="rule-badge">
        위반 {failures.length}
      </Badge>
    </SharedTooltip>
  )
}

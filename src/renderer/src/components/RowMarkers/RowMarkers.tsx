import { Badge } from '@mantine/core'
import { SharedTooltip } from '../SharedTooltip'

export interface RowMarkersProps {
  pendingWrites: number
  needsAttention: number
  /** Prefix of the test ids (`<prefix>-pending`, `<prefix>-attention`). */
  testIdPrefix: string
}

/** A list row's outbox markers: 전송 대기 (queued, not sent yet) and 확인 필요 (the portal did not take it). */
export function RowMarkers({ pendingWrites, needsAttention, testIdPrefix }: RowMarkersProps) {
  return (
    <>
      {pendingWrites > 0 && (
        <SharedTooltip label="포털로 아직 보내지 않은 변경이 있습니다 (포털 전송 대기)">
          <Badge size="xs" color="orange" variant="dot" data-testid={`${testIdPrefix}-pending`}>
            전송 대기
          </Badge>
        </SharedTooltip>
      )}
      {needsAttention > 0 && (
        <SharedTooltip label="포털이 받지 않은 변경이 있습니다 — 확인 필요 화면에서 처리하세요">
          <Badge size="xs" color="red" variant="filled" data-testid={`${testIdPrefix}-attention`}>
            확인 필요
          </Badge>
        </SharedTooltip>
      )}
    </>
  )
}

import type { ReactNode } from 'react'
import { Alert, Badge, Divider, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobDetail as AttractiveJobDetailView } from '../../../../shared/domains/attractive-jobs/views'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { StaffName } from '../../components/StaffName'
import { formatDateTime, formatRelative } from '../../lib/format'
import { CommentsThread } from './CommentsThread'
import { DetailFields } from './DetailFields'
import { HistoryTimeline } from './HistoryTimeline'
import { RuleChecksPanel } from './RuleChecksPanel'

const OUTCOME_COLORS = { approved: 'teal', rejected: 'red', revision_requested: 'orange' } as const

/** Whose clock the decision's time is, as the history says it. */
function decisionClock(detail: AttractiveJobDetailView): string {
  return detail.history.find((entry) => entry.kind === 'decision')?.clock === 'portal' ? '포털 시각' : '이 PC 시각'
}

/** The 매력일자리 record as reviewers read it: header and freshness, decision buttons, rule checks, the form, comments, history. */
export function AttractiveJobDetail({ detail, actions }: { detail: AttractiveJobDetailView; actions?: ReactNode }) {
  const r = detail.record
  return (
    <Stack gap="lg" data-testid="aj-detail" data-record-id={r.id} data-status={r.status}>
      <div>
        <Group gap="xs" mb={4}>
          <AttractiveJobStatusBadge status={r.status} size="lg" data-testid="aj-detail-status" />
          <Text size="sm" c="dimmed">
            {r.id} · 버전 {r.version}
          </Text>
          {detail.pending_writes > 0 && (
            <Badge color="orange" variant="dot" data-testid="aj-detail-pending">
              전송 대기 {detail.pending_writes}건
            </Badge>
          )}
          {detail.needs_attention > 0 && (
            <Badge color="red" variant="filled">
              확인 필요 {detail.needs_attention}건
            </Badge>
          )}
        </Group>
        <Title order={3}>{r.title}</Title>
        <Text c="dimmed">
          {r.org.name} {r.org.department}
        </Text>
        <Tooltip label="이 PC의 캐시가 포털에서 이 자료를 받은 시각입니다. 결정 직전에 다시 받아 확인합니다.">
          <Text size="xs" c="dimmed" mt={4} data-testid="aj-freshness">
            캐시 받은 시각 {formatDateTime(detail.pulled_at)} ({formatRelative(detail.pulled_at)})
          </Text>
        </Tooltip>
      </div>

      {actions}

      {r.decision && (
        <Alert
          color={OUTCOME_COLORS[r.decision.outcome]}
          title={`결정: ${ATTRACTIVE_JOB_STATUS_LABELS[r.decision.outcome]}`}
          data-testid="aj-decision"
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.decision.reason ?? '사유 없음'}
          </Text>
          <Text size="xs" c="dimmed" data-testid="aj-decision-by">
            <StaffName id={r.decision.decided_by} /> · {decisionClock(detail)} {formatDateTime(r.decision.decided_at)}
          </Text>
        </Alert>
      )}

      <RuleChecksPanel detail={detail} />
      <Divider />
      <DetailFields detail={detail} />
      <Divider />
      <CommentsThread recordId={r.id} comments={r.comments} />
      <Divider />
      <HistoryTimeline history={detail.history} />
    </Stack>
  )
}

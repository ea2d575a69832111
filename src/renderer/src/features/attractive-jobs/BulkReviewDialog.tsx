import { useState } from 'react'
import { Alert, Button, Group, Kbd, Loader, Modal, Stack, Switch, Text, Textarea } from '@mantine/core'
import { errorMessage } from '../../api'
import { REVIEW_ACTION_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { BulkPreviewRow, BulkTarget } from '../../../../shared/domains/attractive-jobs/views'
import type { ReviewAction } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'
import { SkippedTable, WillChangeTable } from './BulkPreviewTables'
import { ACTION_COLORS } from './DecisionButtons'
import { MIN_REASON_LENGTH, needsReason } from './useDecisionForm'
import { useBulkPreview } from './useDecisionQueries'
import { useBulkReviewMutation, usePortalOnline } from './useReviewActions'
import { useSubmitShortcut } from './useSubmitShortcut'

export interface BulkReviewDialogProps {
  target: BulkTarget
  action: ReviewAction
  /** "선택한 12건" / "필터 결과 전체 164건" */
  scopeLabel: string
  onClose: () => void
  onDone: () => void
}

const failsRules = (row: BulkPreviewRow) => (row.rule_failures?.length ?? 0) > 0
const waitsBehindConflict = (row: BulkPreviewRow) => row.needs_attention > 0

/**
 * One action with one reason on many records: a preview of the rows that change (with their rule checks)
 * and of those skipped, switches that leave out the records failing rules (적정) and those with a write
 * waiting in 확인 필요 — both on by default — then confirm. Focus starts inside the dialog and stays there;
 * Ctrl+Enter confirms once the preview is shown.
 */
export function BulkReviewDialog({ target, action, scopeLabel, onClose, onDone }: BulkReviewDialogProps) {
  const preview = useBulkPreview(target, action)
  const mutation = useBulkReviewMutation()
  const online = usePortalOnline()
  const [reason, setReason] = useState('')
  const [touched, setTouched] = useState(false)
  const [excludeFailures, setExcludeFailures] = useState(true)
  const [excludeWaiting, setExcludeWaiting] = useState(true)
  const label = REVIEW_ACTION_LABELS[action]
  const reasonRequired = needsReason(action)
  const reasonError = reasonRequired && reason.trim().length < MIN_REASON_LENGTH ? `사유를 ${MIN_REASON_LENGTH}자 이상 입력하세요.` : null

  const rows = preview.data?.willChange ?? []
  const skipped = preview.data?.skipped ?? []
  const failing = action === 'approve' ? rows.filter(failsRules).length : 0
  const waiting = rows.filter(waitsBehindConflict).length
  const isExcluded = (row: BulkPreviewRow) =>
    (action === 'approve' && excludeFailures && failsRules(row)) || (excludeWaiting && waitsBehindConflict(row))
  const excluded = rows.filter(isExcluded).length
  const toChange = rows.length - excluded
  const ready = preview.data !== undefined && toChange > 0 && reasonError === null && !mutation.isPending && !mutation.isSuccess

  const confirm = () => {
    setTouched(true)
    if (!ready) return
    mutation.mutate(
      {
        target,
        action,
        ...(reasonRequired ? { reason: reason.trim() } : {}),
        excludeRuleFailures: action === 'approve' && excludeFailures,
        excludeNeedingAttention: excludeWaiting
      },
      { onSuccess: onDone }
    )
  }
  useSubmitShortcut(confirm)

  return (
    <Modal opened onClose={onClose} size="xl" title={`일괄 ${label} — ${scopeLabel}`} closeButtonProps={{ 'aria-label': '닫기' }}>
      <div data-testid="bulk-dialog">
        <Stack gap="sm">
          {preview.isPending && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">바뀔 건을 계산하는 중…</Text>
            </Group>
          )}
          {preview.isPending && touched && (
            <Text size="sm" c="orange">
              바뀔 건을 확인한 뒤 확정하세요.
            </Text>
          )}
          {preview.error && <Alert color="red">{errorMessage(preview.error)}</Alert>}
          {preview.data && (
            <Alert color={skipped.length + excluded > 0 ? 'yellow' : 'blue'} data-testid="bulk-preview-summary"
              data-will-change={rows.length} data-skipped={skipped.length} data-rule-failures={failing} data-needs-attention={waiting}>
              <Text fw={600}>
                {formatCount(toChange)}건 변경, {formatCount(skipped.length + excluded)}건 제외
              </Text>
              <Text size="xs">
                일괄 처리는 이 PC의 캐시 상태를 기준으로 합니다.{' '}
                {online ? '확정하면 곧 한 건씩 포털로 보냅니다.' : '확정한 건은 연결되면 한 건씩 포털로 보냅니다.'}
              </Text>
            </Alert>
          )}
          {failing > 0 && (
            <Switch
              checked={excludeFailures}
              onChange={(e) => setExcludeFailures(e.currentTarget.checked)}
              label={`기준 미충족 ${formatCount(failing)}건 제외`}
              description={excludeFailures ? '기준을 충족하지 못한 건은 적정 처리하지 않습니다.' : '끄면 기준을 충족하지 못한 건도 적정 처리합니다.'}
              color="red"
            />
          )}
          {waiting > 0 && (
            <Switch
              checked={excludeWaiting}
              onChange={(e) => setExcludeWaiting(e.currentTarget.checked)}
              label={`확인 필요 항목이 있는 ${formatCount(waiting)}건 제외`}
              description="이 자료들은 충돌을 먼저 해결해야 보냅니다. 끄면 결정을 기록해 두고 해결 뒤에 보냅니다."
              color="orange"
            />
          )}
          <WillChangeTable rows={rows} isExcluded={isExcluded} />
          <SkippedTable skipped={skipped} />
          {reasonRequired && (
            <Textarea
              label="사유 (모든 건에 같은 사유를 보냅니다)"
              autosize
              minRows={3}
              maxRows={8}
              maxLength={2000}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value)
                setTouched(true)
              }}
              error={touched ? reasonError : null}
              data-autofocus
              required
            />
          )}
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> 확정 · <Kbd size="xs">Esc</Kbd> 취소
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                취소
              </Button>
              {/* Shown as disabled when nothing would change, but still focusable (focus must not fall behind the dialog). */}
              <Button color={ACTION_COLORS[action]} onClick={confirm} data-autofocus={!reasonRequired || undefined}
                data-disabled={(preview.data !== undefined && toChange === 0) || undefined}
                leftSection={mutation.isPending ? <Loader size={14} color="currentColor" /> : undefined}>
                {formatCount(toChange)}건 {label} 확정
              </Button>
            </Group>
          </Group>
        </Stack>
      </div>
    </Modal>
  )
}

import { Button, Group, Kbd, Loader, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { ATTRACTIVE_JOB_STATUS_LABELS, REVIEW_ACTION_LABELS, REVIEW_ACTION_SENTENCES } from '../../../../shared/domains/attractive-jobs/labels'
import { RULE_LABELS, renderReasonTemplate } from '../../../../shared/domains/attractive-jobs/rules'
import { ApproveFailuresPanel } from './ApproveFailuresPanel'
import { ACTION_COLORS } from './DecisionButtons'
import { BlockedNotice, NeedsAttentionNotice, RefreshNotices } from './DecisionNotices'
import { useDecisionForm, type DecisionForm, type DecisionTarget } from './useDecisionForm'
import { usePortalOnline } from './useReviewActions'
import { useSubmitShortcut } from './useSubmitShortcut'

export { MIN_REASON_LENGTH, defaultReason, type DecisionTarget } from './useDecisionForm'

export interface DecisionDialogProps {
  target: DecisionTarget
  onClose: () => void
  /** The decision was queued; `andNext`: move on to the next unreviewed record. */
  onDecided: (andNext: boolean) => void
}

/** 부적정/보완요청: the reason sent to the organisation, prefilled from the failed rules' templates. */
function ReasonField({ form }: { form: DecisionForm }) {
  const checks = form.detail.data?.checks ?? []
  const templateOptions = [...checks]
    .sort((a, b) => Number(a.passed) - Number(b.passed))
    .map((c) => ({ value: c.rule, label: `${c.passed ? '' : '[위반] '}${RULE_LABELS[c.rule]}` }))
  return (
    <>
      <Textarea
        label="사유"
        description="기관에 전달됩니다. 위반 기준의 문구로 채워 두었으니 고쳐 쓰세요."
        autosize
        minRows={4}
        maxRows={12}
        maxLength={2000}
        value={form.reason}
        onChange={(e) => form.setReason(e.currentTarget.value)}
        error={form.errors.reason}
        data-autofocus
        required
      />
      {templateOptions.length > 0 && (
        <Select
          size="xs"
          aria-label="사유 문구 넣기"
          placeholder="기준별 사유 문구 넣기…"
          data={templateOptions}
          value={null}
          onChange={(code) => {
            const check = checks.find((c) => c.rule === code)
            if (!check) return
            const text = renderReasonTemplate(check.rule, check)
            form.setReason(form.reason.trim() === '' ? text : `${form.reason.replace(/\s+$/, '')}\n${text}`)
          }}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </>
  )
}

/**
 * Confirm (적정) or give a reason (부적정/보완요청). An irreversible decision first refreshes the record from
 * the portal. The dialog owns the keyboard from the moment it opens, refresh or not: focus starts inside
 * it (the first box to answer, else the save button — never disabled, so focus cannot fall behind the
 * dialog), Tab stays in it, Ctrl+Enter saves (waiting for the refresh if it is still running) and Esc
 * closes. Offline, the warning is shown and the reviewer may go on knowingly; if the fresh copy no
 * longer allows the action, the dialog says so and stops.
 */
export function DecisionDialog({ target, onClose, onDecided }: DecisionDialogProps) {
  const { id, action } = target
  const form = useDecisionForm(target, onDecided)
  const online = usePortalOnline()
  useSubmitShortcut(() => form.submit(true))

  const record = form.detail.data?.record
  const label = REVIEW_ACTION_LABELS[action]
  // Shown as disabled, but still focusable: a disabled button drops the focus to the page behind.
  const inert = form.blocked || form.mutation.isSuccess
  const busyIcon = form.busy ? <Loader size={14} color="currentColor" /> : undefined

  return (
    <Modal opened onClose={onClose} size="lg" title={`${label} — ${form.reasonRequired ? '사유 입력' : '확인'}`}
      closeButtonProps={{ 'aria-label': '닫기' }}>
      <div data-testid="decision-dialog" data-action={action}>
        <Stack gap="sm">
          <Text size="sm">
            <b>{record?.title ?? id}</b>
            {form.status && ` (현재 ${ATTRACTIVE_JOB_STATUS_LABELS[form.status]})`} — {REVIEW_ACTION_SENTENCES[action]}
          </Text>

          <RefreshNotices form={form} online={online} />
          <BlockedNotice form={form} action={action} />
          {!form.blocked && (
            <>
              <NeedsAttentionNotice form={form} />
              {action === 'approve' && <ApproveFailuresPanel form={form} />}
              {form.reasonRequired && <ReasonField form={form} />}
              {form.detail.data && form.detail.data.checks === null && (
                <Text size="xs" c="dimmed">
                  이 사업연도의 기준이 캐시에 없어 기준 점검 없이 결정합니다.
                </Text>
              )}
            </>
          )}

          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> 저장하고 다음 미검토 건으로 · <Kbd size="xs">Esc</Kbd> 취소
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                취소
              </Button>
              <Button variant="light" color={ACTION_COLORS[action]} onClick={() => form.submit(false)} data-disabled={inert || undefined}
                aria-disabled={inert || undefined} leftSection={busyIcon} data-autofocus={!form.reasonRequired || undefined}>
                {label} 저장
              </Button>
              <Button color={ACTION_COLORS[action]} onClick={() => form.submit(true)} data-disabled={inert || undefined}
                aria-disabled={inert || undefined} leftSection={busyIcon}>
                저장 후 다음 건
              </Button>
            </Group>
          </Group>
        </Stack>
      </div>
    </Modal>
  )
}

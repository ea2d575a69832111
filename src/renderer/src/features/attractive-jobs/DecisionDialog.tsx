import { useState } from 'react'
import { Alert, Button, Group, Kbd, Loader, Modal, Select, Stack, Text, Textarea } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { IconAlertTriangle, IconBan } from '@tabler/icons-react'
import { errorMessage } from '../../api'
import { REVIEW_ACTION_SENTENCES } from '../../../../shared/domains/attractive-jobs/labels'
import { RULE_LABELS, renderReasonTemplate } from '../../../../shared/domains/attractive-jobs/rules'
import { ATTRACTIVE_JOB_STATUS_LABELS, REVIEW_ACTION_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobDetail } from '../../../../shared/domains/attractive-jobs/views'
import { canApplyReviewAction, type ReviewAction } from '../../../../shared/portal'
import { ACTION_COLORS } from './DecisionButtons'
import { useAttractiveJob } from './useAttractiveJobs'
import { useRecordRefresh } from './useDecisionQueries'
import { useReviewMutation } from './useReviewActions'

export const MIN_REASON_LENGTH = 5

export interface DecisionTarget {
  id: string
  action: ReviewAction
  /** A new number per opening, so each opening refreshes the record again. */
  nonce: number
}

export interface DecisionDialogProps {
  target: DecisionTarget
  onClose: () => void
  /** The decision was queued; `andNext`: move on to the next unreviewed record. */
  onDecided: (andNext: boolean) => void
}

function needsReason(action: ReviewAction): boolean {
  return action === 'reject' || action === 'request_revision'
}

/** The reason the dialog starts from: one filled template per failed rule check. */
export function defaultReason(detail: AttractiveJobDetail | undefined): string {
  return (detail?.checks ?? [])
    .filter((c) => !c.passed)
    .map((c) => renderReasonTemplate(c.rule, c))
    .join('\n')
}

/**
 * Confirm (적정) or give a reason (부적정/보완요청). An irreversible decision first refreshes the record from
 * the portal: offline, the warning is shown and the reviewer may go on knowingly; if the fresh copy no
 * longer allows the action, the dialog says so and stops.
 */
export function DecisionDialog({ target, onClose, onDecided }: DecisionDialogProps) {
  const { id, action, nonce } = target
  const detail = useAttractiveJob(id)
  const irreversible = action !== 'start_review'
  const refresh = useRecordRefresh(id, nonce, irreversible)
  const mutation = useReviewMutation()
  const [edited, setEdited] = useState<string | null>(null)
  const [touched, setTouched] = useState(false)

  const reasonRequired = needsReason(action)
  const reason = edited ?? defaultReason(detail.data)
  const status = refresh.data?.status ?? detail.data?.record.status
  const checking = irreversible && refresh.isPending
  const blocked = status !== undefined && !canApplyReviewAction(status, action) && !mutation.isSuccess
  const reasonError =
    reasonRequired && reason.trim().length < MIN_REASON_LENGTH ? `사유를 ${MIN_REASON_LENGTH}자 이상 입력하세요.` : null
  const ready = !checking && !blocked && detail.data !== undefined && reasonError === null && !mutation.isPending

  const submit = (andNext: boolean) => {
    setTouched(true)
    if (!ready) return
    mutation.mutate(
      { id, action, ...(reasonRequired ? { reason: reason.trim() } : {}) },
      { onSuccess: () => onDecided(andNext) }
    )
  }

  const checks = detail.data?.checks ?? []
  const templateOptions = [...checks]
    .sort((a, b) => Number(a.passed) - Number(b.passed))
    .map((c) => ({ value: c.rule, label: `${c.passed ? '' : '[위반] '}${RULE_LABELS[c.rule]}` }))
  const label = REVIEW_ACTION_LABELS[action]

  return (
    <Modal opened onClose={onClose} size="lg" title={`${label} — ${reasonRequired ? '사유 입력' : '확인'}`}
      closeButtonProps={{ 'aria-label': '닫기' }}>
      <div onKeyDown={getHotkeyHandler([['mod+Enter', () => submit(true)]])} data-testid="decision-dialog" data-action={action}>
        <Stack gap="sm">
          <Text size="sm">
            <b>{detail.data?.record.title ?? id}</b>
            {status && ` (현재 ${ATTRACTIVE_JOB_STATUS_LABELS[status]})`} — {REVIEW_ACTION_SENTENCES[action]}
          </Text>

          {checking && (
            <Group gap="xs" data-testid="decision-refreshing">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                포털에서 최신 자료를 확인하는 중…
              </Text>
            </Group>
          )}
          {refresh.data?.refreshed && !blocked && (
            <Text size="xs" c="teal.8" data-testid="decision-fresh">
              포털의 최신 자료로 확인했습니다.
            </Text>
          )}
          {refresh.data?.warning && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="최신 자료를 확인하지 못했습니다" data-testid="decision-warning">
              <Text size="sm">{refresh.data.warning}</Text>
              <Text size="xs" mt={4}>
                계속하면 이 PC의 캐시 자료로 결정하고, 다음 동기화 때 포털에 보냅니다.
              </Text>
            </Alert>
          )}
          {refresh.error && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="최신 자료를 확인하지 못했습니다" data-testid="decision-warning">
              {errorMessage(refresh.error)} — 계속하면 캐시 자료로 결정합니다.
            </Alert>
          )}
          {blocked && status && (
            <Alert color="red" icon={<IconBan size={18} />} title={`${label} 처리를 할 수 없습니다`} data-testid="decision-blocked">
              {refresh.data?.refreshed ? '포털의 최신 자료에서 ' : ''}이 사업은 지금 {ATTRACTIVE_JOB_STATUS_LABELS[status]} 상태라 {label} 처리를 할
              수 없습니다. 다른 담당자가 먼저 처리했을 수 있습니다.
            </Alert>
          )}

          {reasonRequired && (
            <>
              <Textarea
                label="사유"
                description="기관에 전달됩니다. 위반 기준의 문구로 채워 두었으니 고쳐 쓰세요."
                autosize
                minRows={4}
                maxRows={12}
                maxLength={2000}
                value={reason}
                onChange={(e) => {
                  setEdited(e.currentTarget.value)
                  setTouched(true)
                }}
                error={touched ? reasonError : null}
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
                    setEdited(reason.trim() === '' ? text : `${reason.replace(/\s+$/, '')}\n${text}`)
                  }}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
              {detail.data && detail.data.checks === null && (
                <Text size="xs" c="dimmed">
                  이 사업연도의 기준이 캐시에 없어 기준 점검 없이 결정합니다.
                </Text>
              )}
            </>
          )}

          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> 저장하고 다음 미검토 건으로
            </Text>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                취소
              </Button>
              <Button variant="light" color={ACTION_COLORS[action]} onClick={() => submit(false)} disabled={blocked || (!ready && touched)}
                loading={mutation.isPending || checking} data-autofocus={!reasonRequired || undefined}>
                {label} 저장
              </Button>
              <Button color={ACTION_COLORS[action]} onClick={() => submit(true)} disabled={blocked || (!ready && touched)}
                loading={mutation.isPending || checking}>
                저장 후 다음 건
              </Button>
            </Group>
          </Group>
        </Stack>
      </div>
    </Modal>
  )
}

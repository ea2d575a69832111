import { Alert, Anchor, Checkbox, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconBan, IconClockPause } from '@tabler/icons-react'
import { errorMessage } from '../../api'
import {
  NEEDS_ATTENTION_CONFIRM,
  NEEDS_ATTENTION_WARNING,
  SEND_HINTS,
  reviewActionRefusal,
  reviewActionRefusedTitle
} from '../../../../shared/domains/attractive-jobs/labels'
import type { ReviewAction } from '../../../../shared/portal'
import { PATHS, hrefFor } from '../../router'
import type { DecisionForm } from './useDecisionForm'

/** The pre-decision refresh: running (and a submit waiting for it), confirmed, or not possible. */
export function RefreshNotices({ form, online }: { form: DecisionForm; online: boolean }) {
  const { refresh, checking } = form
  const sendHint = online ? SEND_HINTS.soon : SEND_HINTS.whenOnline
  return (
    <>
      {checking && (
        <Group gap="xs" data-testid="decision-refreshing">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            포털에서 최신 자료를 확인하는 중…
          </Text>
        </Group>
      )}
      {form.waiting && (
        <Text size="sm" fw={600} c="blue" data-testid="decision-queued">
          확인이 끝나면 바로 저장합니다. 취소하려면 Esc를 누르세요.
        </Text>
      )}
      {form.waitDropped && (
        <Text size="sm" fw={600} c="orange" data-testid="decision-wait-dropped">
          최신 자료를 확인하지 못해 저장하지 않았습니다. 아래 안내를 읽고 계속하려면 다시 저장하세요.
        </Text>
      )}
      {refresh.data?.refreshed && !form.blocked && (
        <Text size="xs" c="teal" data-testid="decision-fresh">
          포털의 최신 자료로 확인했습니다.
        </Text>
      )}
      {refresh.data?.warning && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="최신 자료를 확인하지 못했습니다" data-testid="decision-warning">
          <Text size="sm">{refresh.data.warning}</Text>
          <Text size="xs" mt={4}>
            계속하면 이 PC의 캐시 자료로 결정합니다. {sendHint}
          </Text>
        </Alert>
      )}
      {refresh.error && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="최신 자료를 확인하지 못했습니다" data-testid="decision-warning">
          {errorMessage(refresh.error)} — 계속하면 캐시 자료로 결정합니다.
        </Alert>
      )}
    </>
  )
}

/** The record's (fresh) state no longer allows the action: said in the words main's check uses. */
export function BlockedNotice({ form, action }: { form: DecisionForm; action: ReviewAction }) {
  if (!form.blocked || !form.status) return null
  return (
    <Alert color="red" icon={<IconBan size={18} />} title={reviewActionRefusedTitle(action)} data-testid="decision-blocked">
      {form.refresh.data?.refreshed ? '포털의 최신 자료에서 ' : ''}
      {reviewActionRefusal(form.status, action)} 다른 담당자가 먼저 처리했을 수 있습니다.
    </Alert>
  )
}

/**
 * An earlier write of this record waits in 확인 필요 (a conflict or a refusal): a new decision would
 * queue behind it and not be sent until that is resolved, so the staff member confirms knowingly.
 */
export function NeedsAttentionNotice({ form }: { form: DecisionForm }) {
  if (form.needsAttention === 0 || form.blocked) return null
  return (
    <Alert color="orange" icon={<IconClockPause size={18} />} title="확인 필요 항목이 있는 자료입니다" data-testid="decision-needs-attention">
      <Stack gap={6}>
        <Text size="sm">
          {NEEDS_ATTENTION_WARNING}. 이 결정은 보낼 목록에서 기다립니다.{' '}
          <Anchor href={`#${hrefFor(PATHS.inbox)}`} size="sm" fw={600}>
            확인 필요 열기
          </Anchor>
        </Text>
        <Checkbox
          label={NEEDS_ATTENTION_CONFIRM}
          checked={form.waitConfirmed}
          onChange={(e) => form.setWaitConfirmed(e.currentTarget.checked)}
          error={form.errors.waiting !== null}
          data-autofocus
        />
        {form.errors.waiting && (
          <Text size="xs" c="red" data-testid="decision-needs-attention-error">
            {form.errors.waiting}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}

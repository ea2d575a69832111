import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { ABSTENTION_KIND_LABELS } from '../../../../shared/domains/sme/labels'
import { ABSTAIN_TEXT } from '../../../../shared/domains/sme/viewLabels'
import { ABSTAIN_REASON_MIN, type AbstentionKind, type SmeStage } from '../../../../shared/portal'
import { daysBetween, localToday } from './sheets/sheetForm'
import { useAbstainMutation } from './sheets/useSheets'

/** 이해충돌방지법: a conflict is to be declared within this many days of knowing it. */
const DECLARE_WITHIN_DAYS = 14

export interface AbstainTarget {
  id: string
  company: string
  stage: SmeStage
  kind: AbstentionKind
  /** Whose (a manager recording 기피·제척 names the evaluator; the evaluator's own 회피 leaves it out). */
  evaluatorId?: string
  /** How the evaluator is shown (위원 A, or a name) when a manager records it. */
  evaluatorLabel?: string
}

/**
 * 회피 (the evaluator declares a conflict: the reason and the day it became known, with the 14-day
 * rule), or 기피·제척 recorded by a manager (the reason). Queued through the outbox.
 */
export function AbstainDialog({ target, onClose, onDone }: { target: AbstainTarget; onClose: () => void; onDone?: () => void }) {
  const [reason, setReason] = useState('')
  const today = localToday()
  const [knownOn, setKnownOn] = useState(today)
  const mutation = useAbstainMutation(() => {
    onDone?.()
    onClose()
  })
  const kindLabel = ABSTENTION_KIND_LABELS[target.kind]
  const recusal = target.kind === 'recusal'
  const tooShort = reason.trim().length < ABSTAIN_REASON_MIN
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(knownOn)
  const days = validDate ? daysBetween(knownOn, today) : 0
  const future = validDate && days < 0
  const blocked = tooShort || (recusal && (!validDate || future))

  const submit = () => {
    if (blocked || mutation.isPending) return
    mutation.mutate({
      id: target.id,
      stage: target.stage,
      kind: target.kind,
      reason: reason.trim(),
      ...(recusal ? { knownOn } : {}),
      ...(target.evaluatorId ? { evaluatorId: target.evaluatorId } : {})
    })
  }

  return (
    <Modal opened onClose={onClose} title={ABSTAIN_TEXT.title(kindLabel)} size="md" closeButtonProps={{ 'aria-label': '닫기' }}>
      <form
        data-testid="sme-abstain-dialog"
        data-kind={target.kind}
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            <b>{target.company}</b>
            {target.evaluatorLabel ? ` · ${ABSTAIN_TEXT.evaluator} ${target.evaluatorLabel}` : ''}
          </Text>
          <Textarea
            label={ABSTAIN_TEXT.reason}
            description={ABSTAIN_TEXT.reasonHint}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={reason.length > 0 && tooShort ? ABSTAIN_TEXT.reasonTooShort(ABSTAIN_REASON_MIN, reason.trim().length) : undefined}
            data-autofocus
          />
          {recusal && (
            <TextInput
              type="date"
              label={ABSTAIN_TEXT.knownOn}
              description={ABSTAIN_TEXT.knownOnHint}
              required
              max={today}
              value={knownOn}
              onChange={(e) => setKnownOn(e.currentTarget.value)}
              error={future ? ABSTAIN_TEXT.future : undefined}
              w={220}
            />
          )}
          {recusal && days > DECLARE_WITHIN_DAYS && (
            <Alert color="yellow" p="xs" data-testid="sme-abstain-late">
              <Text size="sm">{ABSTAIN_TEXT.late(days)}</Text>
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {ABSTAIN_TEXT.consequence}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              취소
            </Button>
            <Button type="submit" color="grape" disabled={blocked} loading={mutation.isPending}>
              {ABSTAIN_TEXT.submit(kindLabel)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

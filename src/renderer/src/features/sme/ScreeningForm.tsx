import { useId, useState } from 'react'
import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { SCREENING_TEXT } from '../../../../shared/domains/sme/viewLabels'
import { SCREENING_NOTE_MAX, type SmeDetail } from '../../../../shared/domains/sme/views'
import { prefilledScreening, screeningState, type ScreeningResult } from './screening'
import { useScreenMutation } from './useScreening'

const SCREENABLE = new Set(['submitted', 'screening'])

/**
 * 적격 / 부적격, pre-filled from the checklist (the criteria that fail or have no data checked),
 * overridable; a note is needed for 부적격 and for any override, and the button says so while it is
 * missing. Saved through the outbox (offline too).
 */
export function ScreeningForm({ detail }: { detail: SmeDetail }) {
  const results = detail.eligibility
  const record = detail.record
  if (!SCREENABLE.has(record.status)) return null
  if (results === null) {
    return (
      <Alert color="gray" data-testid="sme-screening-unavailable">
        {SCREENING_TEXT.needsCriteria}
      </Alert>
    )
  }
  // Remounted per record and version, so a new copy starts from its own checklist.
  return <ScreeningFields key={`${record.id}:${record.version}:${detail.pending_writes}`} detail={detail} results={results} />
}

function ScreeningFields({ detail, results }: { detail: SmeDetail; results: NonNullable<SmeDetail['eligibility']> }) {
  const prefilled = prefilledScreening(results)
  const [result, setResult] = useState<ScreeningResult>(prefilled.result)
  const [failed, setFailed] = useState<string[]>(prefilled.failedCriteria)
  const [note, setNote] = useState('')
  const reasonId = useId()
  const mutation = useScreenMutation()
  const state = screeningState({ result, failedCriteria: failed, note }, prefilled.failedCriteria)
  const manual = results.filter((r) => r.outcome === 'manual').length
  const blocked = state.blockedReason !== null || mutation.isPending

  const submit = () => {
    if (blocked) return
    mutation.mutate({ id: detail.record.id, result, failedCriteria: state.failedCriteria, ...(note.trim() ? { note: note.trim() } : {}) })
  }

  return (
    <section aria-label={SCREENING_TEXT.decision} data-testid="sme-screening-form">
      <Title order={5} mb={6} c="blue">
        {SCREENING_TEXT.decision}
      </Title>
      <Stack gap="xs">
        {manual > 0 && (
          <Text size="xs" c="yellow">
            {SCREENING_TEXT.manualPending(manual)}
          </Text>
        )}
        <SegmentedControl
          aria-label={SCREENING_TEXT.decision}
          value={result}
          onChange={(v) => setResult(v as ScreeningResult)}
          data={[
            { value: 'eligible', label: SCREENING_TEXT.eligible },
            { value: 'ineligible', label: SCREENING_TEXT.ineligible }
          ]}
          color={result === 'eligible' ? 'teal' : 'red'}
          w={220}
          data-testid="sme-screening-result"
        />
        <Checkbox.Group
          label={SCREENING_TEXT.failedCriteria}
          description={result === 'eligible' ? SCREENING_TEXT.eligibleClearsCriteria : SCREENING_TEXT.failedCriteriaHint}
          value={result === 'eligible' ? [] : failed}
          onChange={setFailed}
        >
          <Stack gap={4} mt={6}>
            {results.map((r) => (
              <Checkbox key={r.code} size="xs" value={r.code} label={r.label} disabled={result === 'eligible'} data-code={r.code} />
            ))}
          </Stack>
        </Checkbox.Group>
        {state.overridden && (
          <Alert color="yellow" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="sme-screening-override">
            <Text size="sm">{SCREENING_TEXT.overridden}</Text>
          </Alert>
        )}
        <Textarea
          label={SCREENING_TEXT.note}
          required={state.noteRequired}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={SCREENING_NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              submit()
            }
          }}
        />
        <Group justify="space-between" wrap="nowrap" align="center">
          {/* Always in the layout, so the button does not move when the reason appears or goes. */}
          <Text size="xs" c={state.blockedReason ? 'red' : 'dimmed'} id={reasonId} role="status" data-testid="sme-screening-reason" data-blocked={state.blockedReason !== null} mih={18}>
            {state.blockedReason ?? SCREENING_TEXT.submitHint}
          </Text>
          <Button
            onClick={submit}
            color={result === 'eligible' ? 'teal' : 'red'}
            loading={mutation.isPending}
            // Focusable while blocked, so the reason beside it is read out.
            data-disabled={blocked || undefined}
            aria-disabled={blocked || undefined}
            aria-describedby={reasonId}
          >
            {SCREENING_TEXT.submit}
          </Button>
        </Group>
      </Stack>
    </section>
  )
}

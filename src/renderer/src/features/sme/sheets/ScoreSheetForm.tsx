import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { formatDecimal } from '../../../../../shared/domains/sme/company'
import { ABSTENTION_KIND_LABELS, SME_STAGE_LABELS } from '../../../../../shared/domains/sme/labels'
import { SHEET_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import { SCORE_COMMENT_MAX, type ScoreSheet } from '../../../../../shared/domains/sme/views'
import { ComputedItemsTable } from '../ComputedItemsTable'
import { sheetChanged, sheetDraftState, valuesOf } from './sheetForm'

export interface ScoreSheetFormProps {
  sheet: ScoreSheet
  /** Editing is held back (e.g. the round's pledge is not confirmed yet), with why. */
  lockedReason: string | null
  saving: boolean
  /** Save (only when something changed) and, with `next`, open the next unscored application. */
  onSave: (input: { scores: Record<string, number>; comment: string } | null, next: boolean) => void
  /** 회피 (the evaluator's own sheets; a manager records 기피·제척 from the committee view instead). */
  onAbstain?: () => void
  /** Shown above the fields (a manager opening an evaluator's sheet). */
  heading?: string
}

/**
 * One score sheet, typed with the keyboard alone: Tab/Shift+Tab between the fields, each value checked
 * against 0..max as it is typed (the message under the field), the live total, the 평가의견 box; Enter in
 * a score saves and opens the next unscored application (Enter in the comment is a new line, Ctrl+Enter
 * saves there too). Read-only once the stage moved on, with the reason.
 */
export function ScoreSheetForm({ sheet, lockedReason, saving, onSave, onAbstain, heading }: ScoreSheetFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() => valuesOf(sheet))
  const [comment, setComment] = useState(sheet.comment ?? '')
  const firstField = useRef<HTMLInputElement>(null)
  const statusId = useId()
  const draft = sheetDraftState(sheet.items, values)
  const readOnly = sheet.readOnlyReason !== null || lockedReason !== null
  const maxTotal = sheet.items.reduce((sum, item) => sum + item.max, 0)
  const computedTotal = sheet.computed.reduce((sum, item) => sum + item.points, 0)

  // A new sheet starts at its first score, so the keyboard never has to find its way in.
  useEffect(() => {
    if (!readOnly) firstField.current?.focus()
  }, [sheet.id, sheet.stage, readOnly])

  const save = (next: boolean) => {
    if (saving) return
    if (readOnly) {
      if (next) onSave(null, true)
      return
    }
    if (!draft.valid) {
      const code = Object.keys(draft.problems)[0]
      document.getElementById(`score-${sheet.id}-${code}`)?.focus()
      return
    }
    onSave(sheetChanged(sheet, draft, comment) ? { scores: draft.scores, comment: comment.trim() } : null, next)
  }

  const onScoreKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return
    e.preventDefault()
    save(true)
  }
  const onCommentKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.nativeEvent.isComposing) return
    e.preventDefault()
    save(true)
  }

  if (sheet.abstention) {
    return (
      <Stack gap="sm" data-testid="sme-sheet" data-record-id={sheet.id} data-state={sheet.abstention.kind}>
        <SheetHeader sheet={sheet} heading={heading} />
        <Alert color="grape" title={ABSTENTION_KIND_LABELS[sheet.abstention.kind]} data-testid="sme-sheet-abstained">
          <Text size="sm">{sheet.abstention.reason}</Text>
          {sheet.abstention.known_on && (
            <Text size="xs" c="dimmed">
              {SHEET_TEXT.knownOn(sheet.abstention.known_on)}
            </Text>
          )}
        </Alert>
      </Stack>
    )
  }

  return (
    <Stack gap="sm" data-testid="sme-sheet" data-record-id={sheet.id} data-stage={sheet.stage}>
      <SheetHeader sheet={sheet} heading={heading} />
      {(sheet.readOnlyReason ?? lockedReason) && (
        <Alert color="gray" icon={<IconLock size={16} />} p="xs" data-testid="sme-sheet-readonly">
          <Text size="sm">{sheet.readOnlyReason ?? lockedReason}</Text>
        </Alert>
      )}

      {sheet.computed.length > 0 && (
        <section aria-label={SHEET_TEXT.computedItems}>
          <Text size="sm" fw={600} mb={4}>
            {SHEET_TEXT.computedItems}
          </Text>
          <ComputedItemsTable items={sheet.computed} />
        </section>
      )}

      <section aria-label={SHEET_TEXT.evaluatorItems}>
        <Text size="sm" fw={600} mb={4}>
          {SHEET_TEXT.evaluatorItems}
        </Text>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing={4}>
          {sheet.items.map((item, index) => (
            <TextInput
              key={item.code}
              ref={index === 0 ? firstField : undefined}
              id={`score-${sheet.id}-${item.code}`}
              label={SHEET_TEXT.itemLabel(item.label, formatDecimal(item.max))}
              inputMode="decimal"
              autoComplete="off"
              readOnly={readOnly}
              value={values[item.code] ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value
                setValues((v) => ({ ...v, [item.code]: value }))
              }}
              onKeyDown={onScoreKey}
              error={draft.problems[item.code]}
              // Room for the message is kept, so a message never pushes the fields below it down.
              styles={{ root: { minHeight: 78 } }}
              rightSection={<Text size="xs" c="dimmed">/{formatDecimal(item.max)}</Text>}
              rightSectionWidth={44}
              data-code={item.code}
            />
          ))}
        </SimpleGrid>
      </section>

      <Group justify="space-between" wrap="nowrap" data-testid="sme-sheet-total" data-total={draft.total} data-complete={draft.complete}>
        <Text size="sm" fw={700}>
          {SHEET_TEXT.total} {SHEET_TEXT.totalOf(formatDecimal(draft.total), formatDecimal(maxTotal))}
          {computedTotal > 0 && (
            <Text span size="xs" c="dimmed" fw={400}>
              {' '}
              {SHEET_TEXT.computedBeside(formatDecimal(computedTotal))}
            </Text>
          )}
        </Text>
        <Badge color={draft.complete ? 'teal' : 'gray'} variant="light">
          {draft.complete ? SHEET_TEXT.allScored : SHEET_TEXT.scoredOf(Object.keys(draft.scores).length, sheet.items.length)}
        </Badge>
      </Group>

      <Textarea
        label={SHEET_TEXT.comment}
        description={SHEET_TEXT.commentHint}
        autosize
        minRows={3}
        maxRows={8}
        maxLength={SCORE_COMMENT_MAX}
        readOnly={readOnly}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        onKeyDown={onCommentKey}
      />

      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c={draft.valid ? 'dimmed' : 'red'} id={statusId} role="status" mih={18}>
          {draft.valid ? SHEET_TEXT.keys : SHEET_TEXT.invalidBlocks}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {!readOnly && onAbstain && (
            <Button variant="subtle" color="grape" onClick={onAbstain} title={SHEET_TEXT.abstainHint}>
              {SHEET_TEXT.abstain}
            </Button>
          )}
          <Button variant="default" onClick={() => save(false)} disabled={readOnly} loading={saving} aria-describedby={statusId}>
            {SHEET_TEXT.save}
          </Button>
          <Button onClick={() => save(true)} loading={saving} aria-describedby={statusId}>
            {SHEET_TEXT.saveAndNext}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}

function SheetHeader({ sheet, heading }: { sheet: ScoreSheet; heading?: string }) {
  return (
    <div>
      {heading && (
        <Text size="xs" c="dimmed">
          {heading}
        </Text>
      )}
      <Group gap="xs" wrap="nowrap">
        <Title order={4} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {sheet.company_name}
        </Title>
        <Badge variant="outline">{SME_STAGE_LABELS[sheet.stage]}</Badge>
        {sheet.pending_writes > 0 && (
          <Badge color="orange" variant="dot" data-testid="sme-sheet-pending">
            {SHEET_TEXT.pending}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {sheet.id} · {sheet.round}
      </Text>
    </div>
  )
}

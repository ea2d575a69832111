import { useMemo, useState } from 'react'
import { Alert, Box, Center, Group, Loader, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core'
import { josa } from 'es-hangul'
import { SME_STAGE_LABELS } from '../../../../../shared/domains/sme/labels'
import { nextStage } from '../../../../../shared/domains/sme/scoring'
import { COMMITTEE_TEXT, SME_TITLE } from '../../../../../shared/domains/sme/viewLabels'
import type { CommitteeView, SelectionBatchRequest, StageBatchRequest } from '../../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../../shared/portal'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { PATHS } from '../../../router'
import { AbstainDialog, type AbstainTarget } from '../AbstainDialog'
import { SmeTabs } from '../SmeTabs'
import { useSmeCriteria, useSmeDashboard } from '../useSme'
import { useSmeAccess } from '../useSmeAccess'
import { BatchPreviewDialog } from './BatchPreviewDialog'
import { CommitteeMatrix, type CellAction } from './CommitteeMatrix'
import { cutoffSelection, type CutoffRule } from './cutoff'
import { CutoffBar } from './CutoffBar'
import { ManagerSheetModal, type ManagerSheetTarget } from './ManagerSheetModal'
import { ScoreHelp } from './ScoreHelp'
import { useAdvanceMutation, useAdvancePreview, useCommittee, useSelectMutation, useSelectPreview } from './useCommittee'

const PAGE_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))'
const DEFAULT_TOP_N = '10'

function ruleOf(kind: CutoffRule['kind'], text: string): CutoffRule {
  const value = text.trim() === '' ? Number.NaN : Number(text)
  return kind === 'top' ? { kind, n: value } : { kind, score: value }
}

/**
 * The committee view (manager): the matrix, the cut-off with its preview, and the batch to the next stage
 * or the final selection. The shell opens it only for roles that may call `sme:committee`.
 */
export function CommitteePage() {
  const dashboard = useSmeDashboard()
  const [pickedRound, setRound] = useState<string | null>(null)
  const round = pickedRound ?? dashboard.data?.rounds[0] ?? null
  const criteria = useSmeCriteria(round)
  const stages = criteria.data?.stages ?? []
  const [pickedStage, setStage] = useState<SmeStage | null>(null)
  const stage = pickedStage && stages.includes(pickedStage) ? pickedStage : (stages[0] ?? null)
  const ref = round && stage ? { round, stage } : null
  const committee = useCommittee(ref)

  return (
    <Stack gap={8} h={PAGE_HEIGHT} mih={480} data-testid="sme-committee-page">
      {/* Rows wrap (never the page scrolling sideways) when Windows' scaling leaves the window narrower than 1366. */}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
            {SME_TITLE}
          </Title>
          <SmeTabs current={PATHS.smeCommittee} />
        </Group>
        <Group gap="sm" wrap="nowrap" miw={0} maw="100%">
          <Select
            size="xs"
            w={110}
            aria-label={COMMITTEE_TEXT.round}
            data={dashboard.data?.rounds ?? []}
            value={round}
            allowDeselect={false}
            onChange={(v) => {
              setRound(v)
              setStage(null)
            }}
            comboboxProps={{ withinPortal: true }}
          />
          {stages.length > 0 && (
            // The stages scroll inside their own box rather than push the page wider (radio keys still move between them).
            <Box miw={0} style={{ overflowX: 'auto' }}>
            <SegmentedControl
              size="xs"
              aria-label={COMMITTEE_TEXT.stage}
              value={stage ?? ''}
              onChange={(v) => setStage(v as SmeStage)}
              data={stages.map((s) => ({ value: s, label: SME_STAGE_LABELS[s] }))}
              data-testid="sme-committee-stage"
            />
            </Box>
          )}
          <ScoreHelp />
        </Group>
      </Group>
      {dashboard.error && <ErrorAlert error={dashboard.error} />}
      {criteria.data === null && <Alert color="gray">{COMMITTEE_TEXT.noCriteria}</Alert>}
      {committee.error && <ErrorAlert error={committee.error} />}
      {(dashboard.isPending || (ref !== null && committee.isPending)) && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {committee.data && committee.data.round === round && committee.data.stage === stage && <CommitteeStage key={`${round}:${stage}`} view={committee.data} />}
    </Stack>
  )
}

/** One round and stage: its cut-off and batch, the matrix, and the dialogs opened from its cells. */
function CommitteeStage({ view }: { view: CommitteeView }) {
  const criteria = useSmeCriteria(view.round)
  const [kind, setKind] = useState<CutoffRule['kind']>('top')
  const [text, setText] = useState(DEFAULT_TOP_N)
  const rule = ruleOf(kind, text)
  const result = useMemo(() => cutoffSelection(view.rows, view.stage, ruleOf(kind, text)), [view, kind, text])
  const [sheetTarget, setSheetTarget] = useState<ManagerSheetTarget | null>(null)
  const [abstain, setAbstain] = useState<AbstainTarget | null>(null)
  const [advanceRequest, setAdvanceRequest] = useState<StageBatchRequest | null>(null)
  const [selectRequest, setSelectRequest] = useState<SelectionBatchRequest | null>(null)
  const advancePreview = useAdvancePreview(advanceRequest)
  const selectPreview = useSelectPreview(selectRequest)
  const advance = useAdvanceMutation(() => setAdvanceRequest(null))
  const select = useSelectMutation(() => setSelectRequest(null))
  const next = criteria.data ? nextStage(criteria.data, view.stage) : null
  const access = useSmeAccess()
  const mayAct = view.isLastStage ? access.selects : access.advances

  const onCell = (row: CommitteeView['rows'][number], evaluator: CommitteeView['evaluators'][number], action: CellAction) => {
    const label = COMMITTEE_TEXT.evaluator(evaluator.letter)
    if (action === 'openSheet') {
      setSheetTarget({ id: row.id, round: view.round, stage: view.stage, evaluatorId: evaluator.id, evaluatorLabel: label })
      return
    }
    setAbstain({ id: row.id, company: row.company, stage: view.stage, kind: action, evaluatorId: evaluator.id, evaluatorLabel: label })
  }

  const candidates = result.advance.length + result.stop.length
  const actionLabel = view.isLastStage
    ? COMMITTEE_TEXT.selectButton(result.advance.length)
    : COMMITTEE_TEXT.advanceButton(josa(SME_STAGE_LABELS[next ?? view.stage], '으로/로'), result.advance.length)
  const onAction = () => {
    if (view.isLastStage) {
      const decisions = [...result.advance.map((id) => ({ id, selected: true })), ...result.stop.map((id) => ({ id, selected: false }))]
      setSelectRequest({ round: view.round, stage: view.stage, decisions })
    } else {
      setAdvanceRequest({ round: view.round, stage: view.stage, ids: result.advance })
    }
  }

  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <CutoffBar
          rule={rule}
          text={text}
          onRule={(k, t) => {
            setKind(k)
            setText(t)
          }}
          result={result}
          actionLabel={actionLabel}
          actionDisabled={view.isLastStage ? candidates === 0 : result.advance.length === 0 || next === null}
          {...(mayAct ? { onAction } : {})}
        />
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {COMMITTEE_TEXT.cellHint}
        </Text>
      </Group>
      <Box style={{ flex: 1, minHeight: 0 }}>
        <CommitteeMatrix view={view} verdict={result.verdict} onCell={onCell} />
      </Box>

      {sheetTarget && <ManagerSheetModal target={sheetTarget} onClose={() => setSheetTarget(null)} />}
      {abstain && <AbstainDialog target={abstain} onClose={() => setAbstain(null)} />}
      {advanceRequest && (
        <BatchPreviewDialog
          title={COMMITTEE_TEXT.previewTitleAdvance(SME_STAGE_LABELS[next ?? view.stage])}
          preview={advancePreview}
          withNote={false}
          confirming={advance.isPending}
          onConfirm={() => advance.mutate(advanceRequest)}
          onClose={() => setAdvanceRequest(null)}
        />
      )}
      {selectRequest && (
        <BatchPreviewDialog
          title={COMMITTEE_TEXT.previewTitleSelect}
          preview={selectPreview}
          withNote
          confirming={select.isPending}
          onConfirm={(note) => select.mutate({ ...selectRequest, ...(note ? { note } : {}) })}
          onClose={() => setSelectRequest(null)}
        />
      )}
    </>
  )
}

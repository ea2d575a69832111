import { useMemo, useState } from 'react'
import { Alert, Box, Button, Center, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { SME_STAGES, type SmeStage } from '../../../../../shared/portal'
import { INTEGRITY_PLEDGE, SHEET_TEXT, SME_TITLE } from '../../../../../shared/domains/sme/viewLabels'
import type { MySheetRow } from '../../../../../shared/domains/sme/views'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { formatDateTime } from '../../../lib/format'
import { notify } from '../../../lib/notify'
import { PATHS } from '../../../router'
import { AbstainDialog, type AbstainTarget } from '../AbstainDialog'
import { SmeTabs } from '../SmeTabs'
import { useSmeAccess } from '../useSmeAccess'
import { PledgeDialog } from './PledgeDialog'
import { ScoreSheetForm } from './ScoreSheetForm'
import { SheetWorkList } from './SheetWorkList'
import { isUnscored, nextUnscored } from './sheetForm'
import { useMySheets, usePledgeStatus, useScoreMutation, useScoreSheet } from './useSheets'

/** Said on a sheet the roles only let this staff member read. */
const SCORE_NOT_ALLOWED = '점수를 저장할 권한이 없습니다. 강소기업 심사 권한이 필요합니다.'

const PAGE_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))'

/**
 * The evaluator's score sheets: a round, the 청렴·이해충돌 확인 before its first sheet, the work list
 * of the applications assigned to me, and the sheet of the one picked — typed with the keyboard, Enter
 * saving and moving to the next unscored one. Blind: only my own sheets appear.
 */
export function SheetsPage() {
  const [round, setRound] = useState<string | null>(null)
  const [stage, setStage] = useState<SmeStage | null>(null)
  const [current, setCurrent] = useState<{ id: string; stage: SmeStage } | null>(null)
  const [pledgeDismissed, setPledgeDismissed] = useState<string | null>(null)
  const [pledgeOpen, setPledgeOpen] = useState(false)
  const [abstain, setAbstain] = useState<AbstainTarget | null>(null)

  const sheets = useMySheets(round)
  const activeRound = sheets.data?.round ?? null
  const pledge = usePledgeStatus(activeRound)
  const confirmed = pledge.data?.confirmedAt ?? null
  const allRows = useMemo(() => sheets.data?.rows ?? [], [sheets.data])
  const stages = SME_STAGES.filter((s) => allRows.some((r) => r.stage === s))
  const rows = stage ? allRows.filter((r) => r.stage === stage) : allRows
  const sheet = useScoreSheet(current)
  const score = useScoreMutation()
  const access = useSmeAccess()

  // The pledge comes first: it opens by itself for a round not confirmed yet (once per visit if closed).
  const needsPledge = activeRound !== null && pledge.data !== undefined && confirmed === null
  const showPledge = pledgeOpen || (needsPledge && pledgeDismissed !== activeRound)

  const goNext = (from: { id: string; stage: SmeStage } | null, snapshot: readonly MySheetRow[]) => {
    const next = nextUnscored(snapshot, from)
    if (!next) {
      notify.info({ topic: 'sme-next', title: SHEET_TEXT.noNext, message: SHEET_TEXT.noNextMessage })
      return
    }
    setCurrent({ id: next.id, stage: next.stage })
  }

  const onSave = (input: { scores: Record<string, number>; comment: string } | null, next: boolean) => {
    if (!current) return
    const snapshot = rows
    if (input === null) {
      if (next) goNext(current, snapshot)
      return
    }
    score.mutate(
      { id: current.id, stage: current.stage, scores: input.scores, comment: input.comment },
      { onSuccess: () => (next ? goNext(current, snapshot) : undefined) }
    )
  }

  const remaining = rows.filter(isUnscored).length
  return (
    <Stack gap={8} h={PAGE_HEIGHT} mih={480} data-testid="sme-sheets-page">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Group gap="md" wrap="nowrap">
          <Title order={2} size="h3" style={{ whiteSpace: 'nowrap' }}>
            {SME_TITLE}
          </Title>
          <SmeTabs current={PATHS.smeSheets} />
        </Group>
        <Group gap="sm" wrap="nowrap">
          {activeRound && confirmed && (
            <Text size="xs" c="teal" data-testid="sme-pledge-confirmed">
              <IconShieldCheck size={14} style={{ verticalAlign: 'middle' }} /> {INTEGRITY_PLEDGE.confirmed(formatDateTime(confirmed))}
            </Text>
          )}
          <Select
            size="xs"
            w={140}
            label={SHEET_TEXT.round}
            styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { whiteSpace: 'nowrap' } }}
            data={sheets.data?.rounds ?? []}
            value={activeRound}
            allowDeselect={false}
            onChange={(v) => {
              setRound(v)
              setCurrent(null)
              setStage(null)
            }}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </Group>

      {sheets.error && <ErrorAlert error={sheets.error} />}
      {sheets.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {sheets.data && sheets.data.rounds.length === 0 && <Alert color="gray">{SHEET_TEXT.noRounds}</Alert>}

      {sheets.data && activeRound && (
        <Box style={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(300px, 34%) minmax(0, 1fr)', gap: 'var(--mantine-spacing-sm)' }}>
          <Box mih={0}>
            <Paper withBorder p="xs" h="100%">
              <Stack gap={6} h="100%">
                <Group justify="space-between">
                  <Text size="sm" fw={600}>
                    {SHEET_TEXT.workList}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid="sme-sheets-remaining" data-remaining={remaining}>
                    {SHEET_TEXT.remaining(remaining)}
                  </Text>
                </Group>
                <SheetWorkList rows={rows} stage={stage} stages={stages} onStage={setStage} current={current}
                  onPick={(row) => setCurrent({ id: row.id, stage: row.stage })} />
              </Stack>
            </Paper>
          </Box>
          <Box mih={0}>
            <Paper withBorder p="sm" h="100%" style={{ overflowY: 'auto' }}>
              {!current && (
                <Text size="sm" c="dimmed">
                  {SHEET_TEXT.pickOne}
                </Text>
              )}
              {current && sheet.error && <ErrorAlert error={sheet.error} />}
              {current && sheet.isPending && <Loader size="sm" />}
              {current && sheet.data && (
                <>
                  {needsPledge && (
                    <Alert color="yellow" mb="sm" data-testid="sme-pledge-required">
                      <Group justify="space-between">
                        <Text size="sm">{INTEGRITY_PLEDGE.required}</Text>
                        <Button size="xs" onClick={() => setPledgeOpen(true)}>
                          {INTEGRITY_PLEDGE.title}
                        </Button>
                      </Group>
                    </Alert>
                  )}
                  <ScoreSheetForm
                    key={`${sheet.data.id}:${sheet.data.stage}:${sheet.data.evaluator_id}`}
                    sheet={sheet.data}
                    lockedReason={!access.scores ? SCORE_NOT_ALLOWED : needsPledge ? INTEGRITY_PLEDGE.required : null}
                    saving={score.isPending}
                    onSave={onSave}
                    onAbstain={() => setAbstain({ id: sheet.data.id, company: sheet.data.company_name, stage: sheet.data.stage, kind: 'recusal' })}
                  />
                </>
              )}
            </Paper>
          </Box>
        </Box>
      )}

      {activeRound && (
        <PledgeDialog
          round={activeRound}
          opened={showPledge}
          onClose={() => {
            setPledgeOpen(false)
            setPledgeDismissed(activeRound)
          }}
        />
      )}
      {abstain && <AbstainDialog target={abstain} onClose={() => setAbstain(null)} onDone={() => goNext(current, rows)} />}
    </Stack>
  )
}

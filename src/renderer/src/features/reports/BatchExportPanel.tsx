import { useMemo, useRef, useState, type FormEvent } from 'react'
import { ActionIcon, Alert, Button, Card, Checkbox, Grid, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconDeviceFloppy, IconFolder, IconShieldLock, IconTrash } from '@tabler/icons-react'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import { BatchName, type ReportDescriptor, type SavedBatch } from '../../../../shared/reports/model'
import { ErrorAlert } from '../../components/ErrorDetail'
import { seoulMonth } from '../reemployment/dates'
import { BatchProgressView } from './ExportProgress'
import { ExportOptionsFields } from './ExportOptionsFields'
import { ReportParamsFields } from './ReportParamsFields'
import { buildParams, carriesPersonalData, emptyDraft, groupCatalog, hasPersonalColumns, paramsPlan, paramsProblem, type ParamsDraft } from './exportForm'
import { useExportOptions } from './useExportOptions'
import {
  openJobFolder,
  useCancelExport,
  useDeleteBatch,
  useExportJob,
  useJobEnd,
  useSaveBatch,
  useSavedBatches,
  useStartBatchExport,
  useUnmaskAllowance
} from './useReports'

/** A saved batch's parameters back in the fields (a session, months, a round). */
function draftOf(batch: SavedBatch, thisMonth: string): ParamsDraft {
  const draft = emptyDraft(null, thisMonth)
  const filter = batch.params.filter ?? {}
  const text = (key: string) => (typeof filter[key] === 'string' ? (filter[key] as string) : null)
  return {
    ...draft,
    view: batch.params.view ?? null,
    scope: batch.params.session ? 'session' : text('from') || text('to') ? 'months' : draft.scope,
    session: batch.params.session ?? null,
    months: { from: text('from') ?? draft.months.from, to: text('to') ?? draft.months.to },
    smeRound: { round: text('round'), stage: text('stage') }
  }
}

function SavedBatchesBar({ picked, onPick, onDeleted }: { picked: string | null; onPick: (batch: SavedBatch) => void; onDeleted: () => void }) {
  const batches = useSavedBatches()
  const remove = useDeleteBatch()
  const names = (batches.data ?? []).map((b) => b.name)
  // The built-in suggestion is not stored: there is nothing to delete until one's own batch replaces it.
  const pickedIsBuiltIn = batches.data?.find((b) => b.name === picked)?.builtIn ?? false
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        label={T.savedBatch}
        placeholder={names.length === 0 ? T.savedBatchNone : T.savedBatchPlaceholder}
        data={names}
        value={picked}
        allowDeselect={false}
        // Each pick applies the batch, the one already shown included (its reports may have been unticked since).
        onOptionSubmit={(name) => {
          const batch = batches.data?.find((b) => b.name === name)
          if (batch) onPick(batch)
        }}
        disabled={names.length === 0}
        style={{ flex: 1 }}
        comboboxProps={{ withinPortal: true }}
        data-testid="batch-saved"
      />
      <Tooltip label={T.deleteBatch}>
        <ActionIcon size="input-sm" variant="default" color="red" aria-label={picked ? T.deleteBatchFor(picked) : T.deleteBatch} disabled={!picked || pickedIsBuiltIn}
          loading={remove.isPending} onClick={() => picked && remove.mutate(picked, { onSuccess: onDeleted })} data-testid="batch-delete">
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}

/**
 * 묶음 내보내기: several reports (or a saved batch such as "주간 보고 묶음") into one folder, one file each
 * and manifest.json; the selection may be saved as a named batch. The job's progress and result stay
 * under the form until the next batch starts.
 */
export function BatchExportPanel({ catalog }: { catalog: readonly ReportDescriptor[] }) {
  const thisMonth = seoulMonth(new Date())
  const [checked, setChecked] = useState<string[]>([])
  const [picked, setPicked] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [draft, setDraft] = useState<ParamsDraft>(() => emptyDraft(null, thisMonth))
  const [submitted, setSubmitted] = useState(false)
  const [jobId, setJobId] = useState<string | null>(null)
  const reasonRef = useRef<HTMLInputElement>(null)
  const options = useExportOptions()
  const allowance = useUnmaskAllowance()
  const save = useSaveBatch()
  const start = useStartBatchExport()
  const cancel = useCancelExport()
  const job = useExportJob(jobId).data
  useJobEnd(job)

  const groups = useMemo(() => groupCatalog(catalog), [catalog])
  const chosen = catalog.filter((d) => checked.includes(d.id))
  const plan = paramsPlan(chosen, draft.scope)
  const hasPersonal = chosen.some(hasPersonalColumns)
  const unmaskApplies = hasPersonal && allowance.offered && allowance.disabledReason === null
  const personal = carriesPersonalData(chosen, unmaskApplies && options.draft.unmasked)
  const selectionIssue = chosen.length === 0 ? T.batchNothingPicked : paramsProblem(plan, draft)
  const nameIssue = BatchName.safeParse(name).error?.issues[0]?.message ?? null
  const running = job?.state === 'running' || start.isPending

  const pickBatch = (batch: SavedBatch) => {
    setPicked(batch.name)
    setName(batch.name)
    setChecked(batch.reportIds.filter((id) => catalog.some((d) => d.id === id)))
    setDraft(draftOf(batch, thisMonth))
  }

  const saveBatch = () => {
    if (nameIssue || chosen.length === 0) return
    const batch = { name: name.trim(), reportIds: chosen.map((d) => d.id), params: buildParams(plan, draft) }
    save.mutate(batch, { onSuccess: () => setPicked(batch.name) })
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    options.touch()
    if (options.problem !== null) {
      reasonRef.current?.focus()
      return
    }
    if (selectionIssue !== null || running) return
    const request = { reportIds: chosen.map((d) => d.id), params: buildParams(plan, draft), ...options.toOptions(unmaskApplies) }
    start.mutate(request, { onSuccess: ({ job: started }) => started && setJobId(started.jobId) })
  }

  return (
    <form onSubmit={submit} aria-label={T.batchTab} noValidate data-testid="batch-panel">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {T.batchSummary}
        </Text>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder padding="sm">
              <Stack gap="sm">
                <SavedBatchesBar picked={picked} onPick={pickBatch} onDeleted={() => setPicked(null)} />
                <Checkbox.Group label={T.pickReports} description={T.pickedCount(chosen.length)} value={checked}
                  onChange={(ids) => setChecked(ids)} data-testid="batch-reports">
                  <Stack gap={6} mt={6}>
                    {groups.map(({ group, reports }) => (
                      <Stack key={group} gap={4} role="group" aria-label={group}>
                        <Text size="sm" fw={700}>
                          {group}
                        </Text>
                        {reports.map((d) => (
                          <Checkbox key={d.id} value={d.id} label={d.title} title={d.description} data-report-id={d.id} />
                        ))}
                      </Stack>
                    ))}
                  </Stack>
                </Checkbox.Group>
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput label={T.batchName} placeholder={T.batchNamePlaceholder} value={name} maxLength={40} style={{ flex: 1 }}
                    onChange={(event) => setName(event.currentTarget.value)} error={name !== '' ? nameIssue : undefined} data-testid="batch-name" />
                  <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={saveBatch}
                    disabled={chosen.length === 0 || nameIssue !== null} loading={save.isPending} data-testid="batch-save">
                    {T.saveBatch}
                  </Button>
                </Group>
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <ReportParamsFields plan={plan} reportIds={chosen.map((d) => d.id)} draft={draft} onChange={setDraft} testIdPrefix="batch" />
              <ExportOptionsFields control={options} hasMoney={chosen.some((d) => d.hasMoney)} hasPersonal={hasPersonal} allowance={allowance}
                reasonRef={reasonRef} testIdPrefix="batch" />
              {personal && (
                <Alert color="orange" variant="light" p="xs" icon={<IconShieldLock size={18} aria-hidden />} aria-label={T.personalReminderTitle}
                  data-testid="batch-personal-reminder">
                  {T.personalReminder}
                </Alert>
              )}
              {submitted && selectionIssue && (
                <Text size="sm" c="red" role="alert" data-testid="batch-problem">
                  {selectionIssue}
                </Text>
              )}
              {start.error && <ErrorAlert error={start.error} title={T.startFailed} />}
              <Group justify="flex-end">
                <Button type="submit" leftSection={<IconFolder size={16} aria-hidden />} loading={start.isPending} disabled={running}
                  data-testid="batch-submit">
                  {T.batchSubmit}
                </Button>
              </Group>
              {job && (
                <BatchProgressView job={job} onCancel={() => cancel.mutate(job.jobId)} cancelling={cancel.isPending}
                  onOpenFolder={() => openJobFolder(job.jobId)} />
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  )
}

import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertCircle, IconDeviceFloppy, IconShieldLock } from '@tabler/icons-react'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import type { ReportDescriptor, ReportParams } from '../../../../shared/reports/model'
import { ErrorAlert } from '../../components/ErrorDetail'
import { seoulMonth } from '../reemployment/dates'
import { ExportOptionsFields } from './ExportOptionsFields'
import { ExportProgress } from './ExportProgress'
import { ReportParamsFields } from './ReportParamsFields'
import { buildParams, carriesPersonalData, emptyDraft, failureOf, hasPersonalColumns, paramsPlan, paramsProblem, type ParamsDraft } from './exportForm'
import { useExportOptions } from './useExportOptions'
import { useCancelExport, useExportJob, useJobEnd, useStartExport, useUnmaskAllowance } from './useReports'

export interface ExportDialogProps {
  descriptor: ReportDescriptor
  /** A list's filter, sort, visible columns or session, from its "엑셀로 내보내기"; null from the catalog. */
  fromList: ReportParams | null
  onClose: () => void
}

/** Wide enough for the common reasons on one line: the whole form then fits a 1366×768 screen. */
const DIALOG_WIDTH = 720

/**
 * The lists' own keys (j/k, the review letters) listen on the document and do not know this dialog is
 * open: a key typed here must not act on the list behind it. Tab and modified keys go on.
 */
function keepKeysInDialog(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Tab' || event.ctrlKey || event.metaKey || event.altKey) return
  event.stopPropagation()
}

/**
 * One report's export: the inputs it asks for, the options and the reason, the personal-data reminder,
 * then main's save dialog; while the file is written, its progress and 취소. Mounted only while open.
 * It closes itself when the file is made or the export cancelled (the notice says so); a failure stays
 * on the form with its reason, so the staff member can try again.
 */
export function ExportDialog({ descriptor, fromList, onClose }: ExportDialogProps) {
  const options = useExportOptions()
  const [draft, setDraft] = useState<ParamsDraft>(() => emptyDraft(fromList, seoulMonth(new Date())))
  const [submitted, setSubmitted] = useState(false)
  const [jobId, setJobId] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const reasonRef = useRef<HTMLInputElement>(null)
  const start = useStartExport()
  const cancel = useCancelExport()
  const job = useExportJob(jobId).data
  const allowance = useUnmaskAllowance()
  const hasPersonal = hasPersonalColumns(descriptor)
  const unmaskApplies = hasPersonal && allowance.offered && allowance.disabledReason === null
  const personal = carriesPersonalData([descriptor], unmaskApplies && options.draft.unmasked)
  const plan = paramsPlan([descriptor], draft.scope)
  const paramsIssue = paramsProblem(plan, draft)
  const busy = start.isPending || jobId !== null

  useJobEnd(job, (ended) => {
    if (ended.state === 'failed') {
      setFailure(failureOf(ended))
      setJobId(null)
    } else {
      onClose()
    }
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    options.touch()
    if (options.problem !== null) {
      reasonRef.current?.focus()
      return
    }
    if (paramsIssue !== null || busy) return
    setFailure(null)
    const request = { reportId: descriptor.id, params: buildParams(plan, draft), ...options.toOptions(unmaskApplies) }
    start.mutate(request, { onSuccess: ({ job: started }) => setJobId(started ? started.jobId : null) })
  }

  const running = jobId !== null
  return (
    <Modal
      opened
      onClose={running ? () => undefined : onClose}
      closeOnEscape={!running}
      closeOnClickOutside={!running}
      withCloseButton={!running}
      title={<Text fw={700}>{T.dialogTitle(descriptor.title)}</Text>}
      centered
      size={DIALOG_WIDTH}
      closeButtonProps={{ 'aria-label': T.close }}
    >
      <div onKeyDown={keepKeysInDialog} data-testid="export-dialog" data-report-id={descriptor.id}>
        {running ? (
          job ? (
            <ExportProgress job={job} onCancel={() => cancel.mutate(job.jobId)} cancelling={cancel.isPending} />
          ) : (
            <Text size="sm">{T.submitting}</Text>
          )
        ) : (
          <form onSubmit={submit} aria-label={T.dialogTitle(descriptor.title)} noValidate>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {descriptor.description}
              </Text>
              <ReportParamsFields plan={plan} reportIds={[descriptor.id]} draft={draft} onChange={setDraft} testIdPrefix="export" />
              {submitted && paramsIssue && (
                <Text size="sm" c="red" role="alert" data-testid="export-params-problem">
                  {paramsIssue}
                </Text>
              )}
              <ExportOptionsFields control={options} hasMoney={descriptor.hasMoney} hasPersonal={hasPersonal} allowance={allowance}
                reasonRef={reasonRef} testIdPrefix="export" />
              {personal && (
                <Alert color="orange" variant="light" p="xs" icon={<IconShieldLock size={18} aria-hidden />} aria-label={T.personalReminderTitle}
                  data-testid="export-personal-reminder">
                  {T.personalReminder}
                </Alert>
              )}
              {failure && (
                <Alert color="red" p="xs" icon={<IconAlertCircle size={18} aria-hidden />} title={T.failedTitle} data-testid="export-failure">
                  {failure}
                </Alert>
              )}
              {start.error && <ErrorAlert error={start.error} title={T.startFailed} data-testid="export-start-error" />}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {T.close}
                </Button>
                <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={start.isPending} data-testid="export-submit">
                  {T.submit}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </div>
    </Modal>
  )
}

import { Alert, Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFolderOpen, IconShieldLock } from '@tabler/icons-react'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import type { ExportJobView } from '../../../../shared/reports/model'
import { notify } from '../../lib/notify'
import { batchProgress, failureOf } from './exportForm'

/**
 * The notice an export ends with. It carries a button (폴더 열기), which lib/notify's text-only notices
 * do not, so it is shown here with the same look and test hooks (`notice`, its topic and kind). One per
 * job: a second export's notice stands beside the first instead of replacing it. It stays until
 * closed when the file holds personal data, so the reminder is read; otherwise it closes by itself.
 */

const DONE_AUTO_CLOSE_MS = 12_000

function DoneBody({ lines, personal, onOpenFolder, folderLabel }: { lines: string[]; personal: boolean; onOpenFolder: () => void; folderLabel: string }) {
  return (
    <Stack gap={6}>
      {lines.map((line) => (
        <Text key={line} size="sm" style={{ wordBreak: 'break-all' }} data-testid="export-notice-line">
          {line}
        </Text>
      ))}
      {personal && (
        <Alert color="orange" variant="light" p={6} icon={<IconShieldLock size={16} aria-hidden />} data-testid="export-notice-personal">
          <Text size="xs">{T.personalReminder}</Text>
        </Alert>
      )}
      <Button size="compact-sm" variant="light" leftSection={<IconFolderOpen size={14} aria-hidden />} aria-label={folderLabel}
        onClick={onOpenFolder} w="fit-content" data-testid="export-open-folder">
        {T.openFolder}
      </Button>
    </Stack>
  )
}

function showDone(job: ExportJobView, title: string, lines: string[], folderLabel: string, kind: 'success' | 'warning', openFolder: () => void) {
  const topic = `report-export:${job.jobId}`
  const options = {
    id: `notice:${topic}`,
    color: kind === 'success' ? 'teal' : 'yellow',
    title,
    message: <DoneBody lines={lines} personal={job.personal} onOpenFolder={openFolder} folderLabel={folderLabel} />,
    autoClose: job.personal ? false : DONE_AUTO_CLOSE_MS,
    withCloseButton: true,
    closeButtonProps: { 'aria-label': '알림 닫기' },
    'data-testid': 'notice',
    'data-topic': 'report-export',
    'data-kind': kind,
    'data-job-state': job.state
  }
  notifications.show(options)
}

/** Tells how a single export ended: the file and 폴더 열기, the cancel, or the Korean reason it failed. */
export function announceSingle(job: ExportJobView, openFolder: () => void): void {
  const file = job.files[0]
  if (job.state === 'done' && file) {
    showDone(job, T.doneTitle, [T.doneMessage(file.fileName, file.rowsWritten)], T.openFolderFor(file.fileName), 'success', openFolder)
  } else if (job.state === 'cancelled') {
    notify.info({ topic: 'report-export', title: T.cancelledTitle, message: T.cancelled })
  } else if (job.state === 'failed') {
    notify.failure({ topic: 'report-export', title: T.failedTitle, error: failureOf(job) })
  }
}

/** Tells how a batch ended: how many files were made, the failures named, and 폴더 열기. */
export function announceBatch(job: ExportJobView, openFolder: () => void): void {
  const progress = batchProgress(job)
  if (job.state === 'cancelled') {
    notify.info({ topic: 'report-batch', title: T.cancelledTitle, message: T.batchCancelled })
    return
  }
  if (job.state === 'failed' && progress.done === 0) {
    notify.failure({ topic: 'report-batch', title: T.failedTitle, error: failureOf(job) })
    return
  }
  const failures = job.files.filter((f) => f.state === 'failed').map((f) => `${f.title}: ${f.error ?? T.failedFallback}`)
  const lines = [T.batchDoneMessage(progress.done, progress.total, job.folder), ...failures]
  const partial = failures.length > 0
  showDone(job, partial ? T.batchPartialTitle : T.batchDoneTitle, lines, T.openFolder, partial ? 'warning' : 'success', openFolder)
}

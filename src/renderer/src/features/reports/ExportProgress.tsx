import { Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core'
import { IconFolderOpen, IconX } from '@tabler/icons-react'
import { EXPORT_STATE_COLORS, EXPORT_STATE_LABELS, REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import type { ExportFileView, ExportJobView } from '../../../../shared/reports/model'
import { formatCount } from '../../lib/format'
import { batchProgress, filePercent } from './exportForm'

function FileBar({ file, label }: { file: ExportFileView; label: string }) {
  const percent = filePercent(file)
  // Without a known total the bar runs full and striped: rows are being written, how many of how many is unknown.
  return (
    <Progress
      value={percent ?? 100}
      striped={percent === null}
      animated={percent === null && file.state === 'running'}
      size="lg"
      aria-label={label}
      aria-valuetext={T.rowsWritten(file.rowsWritten, file.totalRows)}
    />
  )
}

export interface ExportProgressProps {
  job: ExportJobView
  onCancel: () => void
  cancelling: boolean
}

/** One file being written: the bar, rows written (of the total when known) and 취소. */
export function ExportProgress({ job, onCancel, cancelling }: ExportProgressProps) {
  const file = job.files[0]
  if (!file) return null
  return (
    <Stack gap="sm" data-testid="export-progress" data-state={job.state} data-rows-written={file.rowsWritten}>
      <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
        {file.fileName}
      </Text>
      <FileBar file={file} label={T.progressLabel(file.title)} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="export-rows">
          {T.rowsWritten(file.rowsWritten, file.totalRows)}
        </Text>
        {job.state === 'running' && (
          <Button variant="default" color="red" leftSection={<IconX size={14} aria-hidden />} onClick={onCancel} loading={cancelling}
            data-testid="export-cancel">
            {T.cancel}
          </Button>
        )}
      </Group>
    </Stack>
  )
}

export interface BatchProgressViewProps extends ExportProgressProps {
  onOpenFolder: () => void
}

/** A batch: files finished of all, each file's rows and state, the failures' reasons; 취소 while it runs. */
export function BatchProgressView({ job, onCancel, cancelling, onOpenFolder }: BatchProgressViewProps) {
  const progress = batchProgress(job)
  const running = job.state === 'running'
  return (
    <Stack gap="sm" data-testid="batch-progress" data-state={job.state} data-finished={progress.finished} data-total={progress.total}>
      {/* Buttons beside the count, on the left: the notices stack at the bottom right, over the end of this row. */}
      <Group gap="md" wrap="nowrap">
        <Text size="sm" fw={600} data-testid="batch-overall">
          {T.batchOverall(progress.finished, progress.total)}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {running ? (
            <Button size="compact-sm" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={onCancel} loading={cancelling}
              data-testid="batch-cancel">
              {T.cancel}
            </Button>
          ) : (
            progress.done > 0 && (
              <Button size="compact-sm" variant="light" leftSection={<IconFolderOpen size={14} aria-hidden />} onClick={onOpenFolder}
                data-testid="batch-open-folder">
                {T.openFolder}
              </Button>
            )
          )}
        </Group>
      </Group>
      <Progress value={progress.percent} size="lg" aria-label={T.batchOverall(progress.finished, progress.total)} />
      <Table withTableBorder fz="sm" verticalSpacing={4} aria-label={T.batchResult} data-testid="batch-files">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{T.resultFile}</Table.Th>
            <Table.Th w={90}>{T.resultState}</Table.Th>
            <Table.Th w={200}>{T.resultRows}</Table.Th>
            <Table.Th>{T.resultNote}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {job.files.map((file) => (
            <Table.Tr key={file.reportId} data-testid="batch-file" data-report-id={file.reportId} data-state={file.state} data-rows={file.rowsWritten}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {file.title}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {file.fileName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={EXPORT_STATE_COLORS[file.state]} variant="light">
                  {EXPORT_STATE_LABELS[file.state]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {file.state === 'running' ? (
                  <Stack gap={2}>
                    <FileBar file={file} label={T.progressLabel(file.title)} />
                    <Text size="xs" c="dimmed">
                      {T.rowsWritten(file.rowsWritten, file.totalRows)}
                    </Text>
                  </Stack>
                ) : (
                  file.state !== 'waiting' && `${formatCount(file.rowsWritten)}행`
                )}
              </Table.Td>
              <Table.Td>
                {file.error && (
                  <Text size="sm" c="red" data-testid="batch-file-error">
                    {file.error}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

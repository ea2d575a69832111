import { useState } from 'react'
import { Alert, Button, Center, Group, Loader, Modal, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core'
import { COMMITTEE_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { BatchPreview } from '../../../../../shared/domains/sme/views'
import { ErrorAlert } from '../../../components/ErrorDetail'
import { formatCount } from '../../../lib/format'

const ROWS_SHOWN = 300

function PreviewTable({ rows, kind }: { rows: BatchPreview['willChange'] | BatchPreview['skipped']; kind: 'change' | 'skip' }) {
  if (rows.length === 0) return null
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {kind === 'change' ? COMMITTEE_TEXT.willChange : COMMITTEE_TEXT.skipped} {COMMITTEE_TEXT.listed(formatCount(rows.length))}
      </Text>
      <ScrollArea.Autosize mah={kind === 'change' ? 240 : 160} type="auto">
        <Table striped fz="sm" data-testid={kind === 'change' ? 'sme-batch-will-change' : 'sme-batch-skipped'}>
          <Table.Tbody>
            {rows.slice(0, ROWS_SHOWN).map((row) => (
              <Table.Tr key={row.id} data-id={row.id}>
                <Table.Td>
                  <Text size="sm">{row.company}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {row.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={kind === 'skip' ? 'orange' : undefined}>
                    {'intent' in row ? row.intent : row.reason}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length > ROWS_SHOWN && (
        <Text size="xs" c="dimmed" mt={4}>
          {COMMITTEE_TEXT.firstShown(formatCount(ROWS_SHOWN), formatCount(rows.length))}
        </Text>
      )}
    </div>
  )
}

export interface BatchPreviewDialogProps {
  title: string
  preview: { data: BatchPreview | undefined; error: unknown; isPending: boolean }
  /** The final selection asks for the committee's note, kept with each decision. */
  withNote: boolean
  confirming: boolean
  onConfirm: (note: string) => void
  onClose: () => void
}

/** A batch previewed over the cache before anything is queued: what will change, and what is skipped and why. */
export function BatchPreviewDialog({ title, preview, withNote, confirming, onConfirm, onClose }: BatchPreviewDialogProps) {
  const [note, setNote] = useState('')
  const data = preview.data
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': '닫기' }}>
      <Stack gap="sm" data-testid="sme-batch-dialog">
        {preview.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {preview.error !== null && preview.error !== undefined && <ErrorAlert error={preview.error} />}
        {data && (
          <>
            <Alert color={data.willChange.length > 0 ? 'blue' : 'yellow'} p="xs" data-testid="sme-batch-summary">
              <Text size="sm">
                {COMMITTEE_TEXT.summary(formatCount(data.willChange.length), formatCount(data.skipped.length))}
              </Text>
            </Alert>
            <PreviewTable rows={data.willChange} kind="change" />
            <PreviewTable rows={data.skipped} kind="skip" />
            {withNote && (
              <Textarea label={COMMITTEE_TEXT.selectNote} description={COMMITTEE_TEXT.selectNoteHint} autosize minRows={2} maxLength={2000}
                value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            취소
          </Button>
          <Button onClick={() => onConfirm(note.trim())} disabled={!data || data.willChange.length === 0} loading={confirming}>
            {COMMITTEE_TEXT.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

import { useState } from 'react'
import { Alert, Button, Group, Loader, Modal, ScrollArea, Stack, Table, Text, Textarea } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { errorMessage } from '../../api'
import { REVIEW_ACTION_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { BulkTarget } from '../../../../shared/domains/attractive-jobs/views'
import type { ReviewAction } from '../../../../shared/portal'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { formatCount } from '../../lib/format'
import { ACTION_COLORS } from './DecisionButtons'
import { MIN_REASON_LENGTH } from './DecisionDialog'
import { useBulkPreview } from './useDecisionQueries'
import { useBulkReviewMutation } from './useReviewActions'

export interface BulkReviewDialogProps {
  target: BulkTarget
  action: ReviewAction
  /** "선택한 12건" / "필터 결과 전체 164건" */
  scopeLabel: string
  onClose: () => void
  onDone: () => void
}

/** One action with one reason on many records: a preview of what changes and what is skipped, then confirm. */
export function BulkReviewDialog({ target, action, scopeLabel, onClose, onDone }: BulkReviewDialogProps) {
  const preview = useBulkPreview(target, action)
  const mutation = useBulkReviewMutation()
  const [reason, setReason] = useState('')
  const [touched, setTouched] = useState(false)
  const label = REVIEW_ACTION_LABELS[action]
  const reasonRequired = action === 'reject' || action === 'request_revision'
  const reasonError = reasonRequired && reason.trim().length < MIN_REASON_LENGTH ? `사유를 ${MIN_REASON_LENGTH}자 이상 입력하세요.` : null
  const willChange = preview.data?.willChange.length ?? 0
  const skipped = preview.data?.skipped ?? []
  const ready = preview.data !== undefined && willChange > 0 && reasonError === null && !mutation.isPending

  const confirm = () => {
    setTouched(true)
    if (!ready) return
    mutation.mutate({ target, action, ...(reasonRequired ? { reason: reason.trim() } : {}) }, { onSuccess: onDone })
  }

  return (
    <Modal opened onClose={onClose} size="xl" title={`일괄 ${label} — ${scopeLabel}`} closeButtonProps={{ 'aria-label': '닫기' }}>
      <div onKeyDown={getHotkeyHandler([['mod+Enter', confirm]])} data-testid="bulk-dialog">
        <Stack gap="sm">
          {preview.isPending && (
            <Group gap="xs">
              <Loader size="xs" />
              <Text size="sm">바뀔 건을 계산하는 중…</Text>
            </Group>
          )}
          {preview.error && <Alert color="red">{errorMessage(preview.error)}</Alert>}
          {preview.data && (
            <Alert color={skipped.length > 0 ? 'yellow' : 'blue'} data-testid="bulk-preview-summary"
              data-will-change={willChange} data-skipped={skipped.length}>
              <Text fw={600}>
                {formatCount(willChange)}건 변경, {formatCount(skipped.length)}건 제외
              </Text>
              <Text size="xs">
                일괄 처리는 이 PC의 캐시 상태를 기준으로 하며, 다음 동기화 때 한 건씩 포털에 보냅니다.
              </Text>
            </Alert>
          )}
          {skipped.length > 0 && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                제외되는 건 (상태가 맞지 않음)
              </Text>
              <ScrollArea.Autosize mah={220} type="auto">
                <Table striped fz="sm" data-testid="bulk-skipped">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>사업명</Table.Th>
                      <Table.Th w={90}>상태</Table.Th>
                      <Table.Th>제외 사유</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {skipped.map((s) => (
                      <Table.Tr key={s.id} data-skipped-id={s.id}>
                        <Table.Td>{s.title}</Table.Td>
                        <Table.Td>
                          <AttractiveJobStatusBadge status={s.status} size="sm" />
                        </Table.Td>
                        <Table.Td>{s.reason}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            </div>
          )}
          {reasonRequired && (
            <Textarea
              label="사유 (모든 건에 같은 사유를 보냅니다)"
              autosize
              minRows={3}
              maxRows={8}
              maxLength={2000}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value)
                setTouched(true)
              }}
              error={touched ? reasonError : null}
              data-autofocus
              required
            />
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              취소
            </Button>
            <Button color={ACTION_COLORS[action]} onClick={confirm} loading={mutation.isPending}
              disabled={preview.data !== undefined && willChange === 0}>
              {formatCount(willChange)}건 {label} 확정
            </Button>
          </Group>
        </Stack>
      </div>
    </Modal>
  )
}

import { useState } from 'react'
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { AUDIT_COLUMN_LABELS } from '../../../../shared/domain/auditLabels'
import type { AuditEvent } from '../../../../shared/ipc/privacyViews'
import { ErrorAlert } from '../../components/ErrorDetail'
import { StaffName } from '../../components/StaffName'
import { formatCount } from '../../lib/format'
import { auditTime, detailSummary, monthLabel, recordLabel, seoulMonthOf, shiftMonth } from './auditFormat'
import { useMarkReviewed, useMonthlyReview } from './useAudit'

function ReviewedCell({ row }: { row: AuditEvent }) {
  if (!row.reviewedAt) {
    return (
      <Badge color="orange" variant="light" size="sm">
        미점검
      </Badge>
    )
  }
  return (
    <Text size="sm" data-testid="reviewed-by">
      {row.reviewedBy ? <StaffName id={row.reviewedBy} /> : '—'} · {auditTime(row.reviewedAt)}
    </Text>
  )
}

/**
 * 월간 점검 (안전성 확보조치 기준 §8): every download, printout and contact look-up of a month with its
 * reason; the manager checks each and marks it reviewed, which keeps who and when.
 */
export function MonthlyReviewPanel() {
  const [month, setMonth] = useState(() => seoulMonthOf(new Date()))
  const [selectedState, setSelectedState] = useState<{ month: string; ids: ReadonlySet<string> }>({ month, ids: new Set() })
  const review = useMonthlyReview(month)
  const mark = useMarkReviewed()
  const rows = review.data?.month === month ? review.data.rows : []
  const open = rows.filter((row) => !row.reviewedAt)
  // Another month starts with nothing selected; a row reviewed meanwhile drops out of the selection.
  const selected = selectedState.month === month ? new Set([...selectedState.ids].filter((id) => open.some((row) => row.id === id))) : new Set<string>()
  const setSelected = (ids: ReadonlySet<string>) => setSelectedState({ month, ids })
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    setSelected(next)
  }

  return (
    <Stack gap="sm" data-testid="audit-monthly">
      <Group justify="space-between">
        <Group gap="xs">
          <Tooltip label="이전 달">
            <ActionIcon variant="subtle" aria-label="이전 달" onClick={() => setMonth(shiftMonth(month, -1))}>
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Text fw={700} data-testid="audit-month" data-month={month}>
            {monthLabel(month)}
          </Text>
          <Tooltip label="다음 달">
            <ActionIcon variant="subtle" aria-label="다음 달" onClick={() => setMonth(shiftMonth(month, 1))}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {review.data?.month === month && (
          <Text size="sm" c="dimmed" data-testid="audit-monthly-counts" data-reviewed={review.data.reviewed} data-unreviewed={review.data.unreviewed}>
            점검 완료 {formatCount(review.data.reviewed)}건 · 미점검 {formatCount(review.data.unreviewed)}건
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        내려받기·출력·연락처 열람은 매달 사유를 확인하고 점검 완료로 표시하세요. 표시에는 점검한 사람과 시각이 남고, 고칠 수 없습니다.
      </Text>
      {review.error && <ErrorAlert error={review.error} title="월간 점검 목록을 불러오지 못했습니다" />}
      {mark.error && <ErrorAlert error={mark.error} title="점검 표시를 하지 못했습니다" />}
      <Group gap="sm">
        <Button variant="default" size="xs" disabled={open.length === 0} onClick={() => setSelected(new Set(open.map((row) => row.id)))}>
          미점검 모두 선택
        </Button>
        <Button size="xs" disabled={selected.size === 0} loading={mark.isPending} onClick={() => mark.mutate([...selected], { onSuccess: () => setSelected(new Set()) })}>
          선택한 {formatCount(selected.size)}건 점검 완료로 표시
        </Button>
      </Group>
      {review.data?.month === month && rows.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="audit-monthly-empty">
          {monthLabel(month)}에는 내려받기·출력·연락처 열람 기록이 없습니다.
        </Alert>
      ) : (
        <Table striped withTableBorder fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <VisuallyHidden>선택</VisuallyHidden>
              </Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.at}</Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.staff}</Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.kind}</Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.record}</Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.reason}</Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.detail}</Table.Th>
              <Table.Th>{AUDIT_COLUMN_LABELS.reviewed}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} data-testid="monthly-row" data-kind={row.kind} data-event-id={row.id} data-reviewed={row.reviewedAt ? 'true' : 'false'}>
                <Table.Td>
                  <Checkbox
                    aria-label={`${auditTime(row.at)} ${row.kindLabel} 선택`}
                    disabled={row.reviewedAt !== null}
                    checked={row.reviewedAt !== null || selected.has(row.id)}
                    onChange={(e) => toggle(row.id, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {auditTime(row.at)}
                </Table.Td>
                <Table.Td>{row.staffId ? <StaffName id={row.staffId} /> : '—'}</Table.Td>
                <Table.Td>{row.kindLabel}</Table.Td>
                <Table.Td>{recordLabel(row.collection, row.recordId)}</Table.Td>
                <Table.Td fw={600}>{row.reason ?? '사유 없음'}</Table.Td>
                <Table.Td c="dimmed">{detailSummary(row.detail)}</Table.Td>
                <Table.Td>
                  <ReviewedCell row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

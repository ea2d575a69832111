import { Alert, Badge, Table, Text, Tooltip } from '@mantine/core'
import { errorMessage } from '../../api'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import { formatCount, formatDateTime, formatRelative } from '../../lib/format'
import { usePendingWrites } from './useOutboxViews'

/** 보낼 변경: each queued write with its attempts, next attempt and the last error. */
export function PendingWritesTable({ running }: { running: boolean }) {
  const pending = usePendingWrites(running)
  const rows = pending.data ?? []
  return (
    <div>
      <Text fw={700} mb="xs">
        보낼 변경 {pending.data ? `${formatCount(rows.length)}건` : ''}
      </Text>
      {pending.error && <Alert color="red">{errorMessage(pending.error)}</Alert>}
      {pending.data && rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="pending-empty">
          포털로 보낼 변경이 없습니다.
        </Text>
      ) : (
        <Table withTableBorder striped data-testid="pending-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>작업</Table.Th>
              <Table.Th>자료</Table.Th>
              <Table.Th>기록 시각</Table.Th>
              <Table.Th ta="right">시도</Table.Th>
              <Table.Th>다음 시도</Table.Th>
              <Table.Th>마지막 오류</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((w) => (
              <Table.Tr key={w.seq} data-testid="pending-row" data-record-id={w.recordId} data-seq={w.seq}>
                <Table.Td>
                  <Badge variant="light" color="blue">
                    {w.opLabel}
                  </Badge>
                  <Text size="xs" mt={4} lineClamp={2} data-testid="pending-intent">
                    {w.intent}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {w.recordTitle}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {COLLECTION_LABELS[w.collection]} · {w.recordId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={formatRelative(w.deviceTime)}>
                    <Text size="sm">{formatDateTime(w.deviceTime)}</Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right">{formatCount(w.attempts)}</Table.Td>
                <Table.Td>
                  {w.attempts === 0 || !w.nextAttemptAt || Date.parse(w.nextAttemptAt) <= Date.now()
                    ? '다음 동기화 때'
                    : `${formatDateTime(w.nextAttemptAt)} 이후`}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c={w.lastError ? 'red' : 'dimmed'} style={{ wordBreak: 'break-word' }}>
                    {w.lastError ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  )
}

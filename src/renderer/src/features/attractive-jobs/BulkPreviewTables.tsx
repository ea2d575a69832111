import { Badge, Group, ScrollArea, Table, Text } from '@mantine/core'
import { RULE_LABELS } from '../../../../shared/domains/attractive-jobs/rules'
import type { BulkPreview, BulkPreviewRow } from '../../../../shared/domains/attractive-jobs/views'
import { AttractiveJobStatusBadge } from '../../components/AttractiveJobStatusBadge'
import { formatCount } from '../../lib/format'

/** Enough to read through before confirming; the count above says how many there are in all. */
export const BULK_ROWS_SHOWN = 300

function RuleCell({ row }: { row: BulkPreviewRow }) {
  if (row.rule_failures === null) return <Text size="xs" c="dimmed">점검 전</Text>
  if (row.rule_failures.length === 0) return <Text size="xs" c="teal">통과</Text>
  return (
    <Text size="xs" c="red">
      {row.rule_failures.map((rule) => RULE_LABELS[rule]).join(', ')}
    </Text>
  )
}

/** The rows the action will change, each with its rule checks; those the switches leave out are marked. */
export function WillChangeTable({ rows, isExcluded }: { rows: BulkPreviewRow[]; isExcluded: (row: BulkPreviewRow) => boolean }) {
  if (rows.length === 0) return null
  const shown = rows.slice(0, BULK_ROWS_SHOWN)
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        대상 건{' '}
        {rows.some(isExcluded) && (
          <Text span size="xs" fw={400} c="dimmed">
            (줄이 그어진 건은 제외되어 바뀌지 않습니다)
          </Text>
        )}
      </Text>
      <ScrollArea.Autosize mah={220} type="auto">
        <Table striped fz="sm" data-testid="bulk-will-change">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>사업명</Table.Th>
              <Table.Th w={90}>상태</Table.Th>
              <Table.Th w={200}>기준 점검</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => {
              const excluded = isExcluded(row)
              return (
                <Table.Tr key={row.id} data-change-id={row.id} data-fails={(row.rule_failures?.length ?? 0) > 0}
                  data-excluded={excluded} opacity={excluded ? 0.55 : 1}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" td={excluded ? 'line-through' : undefined}>
                        {row.title}
                      </Text>
                      {row.needs_attention > 0 && (
                        <Badge size="xs" color="orange" variant="light">
                          확인 필요
                        </Badge>
                      )}
                      {excluded && (
                        <Badge size="xs" color="gray" variant="outline">
                          제외
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <AttractiveJobStatusBadge status={row.status} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <RuleCell row={row} />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {rows.length > shown.length && (
        <Text size="xs" c="dimmed" mt={4}>
          처음 {formatCount(shown.length)}건만 표시했습니다 (모두 {formatCount(rows.length)}건).
        </Text>
      )}
    </div>
  )
}

/** The records whose state does not allow the action, with the sentence the single decision uses. */
export function SkippedTable({ skipped }: { skipped: BulkPreview['skipped'] }) {
  if (skipped.length === 0) return null
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        제외되는 건 (상태가 맞지 않음)
      </Text>
      <ScrollArea.Autosize mah={160} type="auto">
        <Table striped fz="sm" data-testid="bulk-skipped">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>사업명</Table.Th>
              <Table.Th w={90}>상태</Table.Th>
              <Table.Th>제외 사유</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {skipped.slice(0, BULK_ROWS_SHOWN).map((s) => (
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
      {skipped.length > BULK_ROWS_SHOWN && (
        <Text size="xs" c="dimmed" mt={4}>
          처음 {formatCount(BULK_ROWS_SHOWN)}건만 표시했습니다 (모두 {formatCount(skipped.length)}건).
        </Text>
      )}
    </div>
  )
}

import { Table, Text } from '@mantine/core'
import type { ComputedItemResult } from '../../../../shared/domains/sme/views'
import { SME_STAGE_LABELS } from '../../../../shared/domains/sme/labels'
import { formatDecimal } from '../../../../shared/domains/sme/company'
import { SME_CARD_TEXT } from '../../../../shared/domains/sme/viewLabels'

/** 정량지표 as applied to the company: each item's data and points (read-only: the same for every evaluator). */
export function ComputedItemsTable({ items, withStage = false }: { items: readonly ComputedItemResult[]; withStage?: boolean }) {
  return (
    <Table fz="sm" verticalSpacing={4} withRowBorders data-testid="sme-computed">
      <Table.Thead>
        <Table.Tr>
          {withStage && <Table.Th w={80}>{SME_CARD_TEXT.computedColumns.stage}</Table.Th>}
          <Table.Th>{SME_CARD_TEXT.computedColumns.item}</Table.Th>
          <Table.Th>{SME_CARD_TEXT.computedColumns.evidence}</Table.Th>
          <Table.Th ta="right" w={90}>
            {SME_CARD_TEXT.computedColumns.points}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={`${item.stage}:${item.code}`} data-code={item.code}>
            {withStage && <Table.Td>{SME_STAGE_LABELS[item.stage]}</Table.Td>}
            <Table.Td>{item.label}</Table.Td>
            <Table.Td>
              <Text size="xs" c={item.value === null ? 'red' : 'dimmed'}>
                {item.evidence}
              </Text>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="sme-computed-points">
              {SME_CARD_TEXT.points(formatDecimal(item.points), formatDecimal(item.max))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

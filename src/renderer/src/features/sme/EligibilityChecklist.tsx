import { Alert, Badge, Table, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { ELIGIBILITY_OUTCOME_LABELS } from '../../../../shared/domains/sme/labels'
import { ELIGIBILITY_OUTCOME_COLORS, SCREENING_TEXT } from '../../../../shared/domains/sme/viewLabels'
import type { EligibilityResult } from '../../../../shared/domains/sme/views'

/** Each criterion of the round: 충족 / 미충족 / 자료 없음 / 직접 확인, with its evidence. */
export function EligibilityChecklist({ results }: { results: readonly EligibilityResult[] | null }) {
  return (
    <section aria-label={SCREENING_TEXT.checklist} data-testid="sme-checklist">
      <Title order={5} mb={6} c="blue">
        {SCREENING_TEXT.checklist}
      </Title>
      {results === null ? (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="sme-checklist-no-criteria">
          {SCREENING_TEXT.noCriteria}
        </Alert>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>
            {results.map((r) => (
              <Table.Tr key={r.code} data-code={r.code} data-outcome={r.outcome}>
                <Table.Td w={88}>
                  <Badge size="sm" variant={r.outcome === 'pass' ? 'light' : 'filled'} color={ELIGIBILITY_OUTCOME_COLORS[r.outcome]} fullWidth>
                    {ELIGIBILITY_OUTCOME_LABELS[r.outcome]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.label}
                  </Text>
                  <Text size="xs" c="dimmed" data-testid="sme-evidence">
                    {r.evidence}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  )
}

import { Group, ScrollArea, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core'
import { formatDecimal } from '../../../../../shared/domains/sme/company'
import { SME_STAGE_LABELS } from '../../../../../shared/domains/sme/labels'
import { SHEET_TEXT } from '../../../../../shared/domains/sme/viewLabels'
import type { MySheetRow } from '../../../../../shared/domains/sme/views'
import type { SmeStage } from '../../../../../shared/portal'
import { SheetStateBadge } from '../SmeBadges'

export interface SheetWorkListProps {
  rows: readonly MySheetRow[]
  stage: SmeStage | null
  stages: readonly SmeStage[]
  onStage: (stage: SmeStage | null) => void
  current: { id: string; stage: SmeStage } | null
  onPick: (row: MySheetRow) => void
}

/** The applications assigned to me in their current stage, each with my sheet's state (blind: only mine). */
export function SheetWorkList({ rows, stage, stages, onStage, current, onPick }: SheetWorkListProps) {
  return (
    <Stack gap={6} h="100%" miw={0} data-testid="sme-worklist">
      {stages.length > 1 && (
        <SegmentedControl
          size="xs"
          aria-label={SHEET_TEXT.stage}
          value={stage ?? 'all'}
          onChange={(v) => onStage(v === 'all' ? null : (v as SmeStage))}
          data={[{ value: 'all', label: SHEET_TEXT.allStages }, ...stages.map((s) => ({ value: s, label: SME_STAGE_LABELS[s] }))]}
        />
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {SHEET_TEXT.noRows}
        </Text>
      ) : (
        <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
          <Stack gap={2} role="list" aria-label={SHEET_TEXT.workList}>
            {rows.map((row) => {
              const active = current?.id === row.id && current.stage === row.stage
              return (
                <UnstyledButton
                  key={`${row.id}:${row.stage}`}
                  role="listitem"
                  onClick={() => onPick(row)}
                  aria-current={active || undefined}
                  data-row-id={row.id}
                  data-stage={row.stage}
                  data-state={row.state}
                  px={8}
                  py={5}
                  style={{
                    borderRadius: 4,
                    background: active ? 'var(--mantine-color-blue-0)' : undefined,
                    outline: active ? '2px solid var(--mantine-color-blue-5)' : undefined,
                    outlineOffset: -2
                  }}
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate="end">
                        {row.company_name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.id} · {SME_STAGE_LABELS[row.stage]}
                      </Text>
                    </div>
                    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                      {row.pending_writes > 0 && (
                        <Text size="xs" c="orange">
                          {SHEET_TEXT.pending}
                        </Text>
                      )}
                      <SheetStateBadge state={row.state} total={row.state === 'complete' && row.total !== null ? formatDecimal(row.total) : null} size="sm" />
                    </Group>
                  </Group>
                </UnstyledButton>
              )
            })}
          </Stack>
        </ScrollArea>
      )}
    </Stack>
  )
}

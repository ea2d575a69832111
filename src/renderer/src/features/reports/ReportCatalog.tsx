import { useId, useState } from 'react'
import { Anchor, Badge, Button, Card, Collapse, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { IconFileExport } from '@tabler/icons-react'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import type { ReportColumn, ReportDescriptor } from '../../../../shared/reports/model'
import { ErrorAlert } from '../../components/ErrorDetail'
import { ExportDialog } from './ExportDialog'
import { groupCatalog } from './exportForm'

function ColumnBadge({ column }: { column: ReportColumn }) {
  const personal = column.personal === 'required' ? T.personalRequired : column.personal === 'optional' ? T.personalOptional : null
  return (
    <Badge variant={personal ? 'outline' : 'light'} color={personal ? 'orange' : 'gray'} radius="sm" tt="none" fw={500}
      title={personal ?? undefined} data-personal={column.personal ?? 'no'}>
      {column.label}
      {column.personal === 'required' ? ` (${T.personalRequiredShort})` : column.personal === 'optional' ? ` (${T.personalOptionalShort})` : ''}
    </Badge>
  )
}

function ReportRow({ descriptor, onExport }: { descriptor: ReportDescriptor; onExport: () => void }) {
  const [open, setOpen] = useState(false)
  const columnsId = useId()
  const anyPersonal = descriptor.columns.some((c) => c.personal)
  return (
    <Stack gap={4} py="xs" data-testid="report-row" data-report-id={descriptor.id}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="md">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700}>{descriptor.title}</Text>
          <Text size="sm" c="dimmed">
            {descriptor.description}
          </Text>
          <Anchor component="button" type="button" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={columnsId}
            w="fit-content">
            {T.columnsToggle(descriptor.columns.length, open)}
          </Anchor>
        </Stack>
        <Button variant="light" leftSection={<IconFileExport size={16} aria-hidden />} onClick={onExport} aria-label={T.exportButtonFor(descriptor.title)}
          style={{ flexShrink: 0 }}>
          {T.exportButton}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Stack gap={4} id={columnsId} aria-label={T.columnsOf(descriptor.title)} role="group">
          <Group gap={4}>
            {descriptor.columns.map((column) => (
              <ColumnBadge key={column.key} column={column} />
            ))}
          </Group>
          {anyPersonal && (
            <Text size="xs" c="dimmed">
              {T.personalLegend}
            </Text>
          )}
        </Stack>
      </Collapse>
    </Stack>
  )
}

export interface ReportCatalogProps {
  catalog: { data: ReportDescriptor[] | undefined; error: unknown; isPending: boolean }
}

/** The reports the staff member may export, grouped by work area, each with its columns and 내보내기. */
export function ReportCatalog({ catalog }: ReportCatalogProps) {
  const [exporting, setExporting] = useState<ReportDescriptor | null>(null)
  if (catalog.error) return <ErrorAlert error={catalog.error} title={T.catalogFailed} />
  if (catalog.isPending || !catalog.data) {
    return (
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm">{T.catalogLoading}</Text>
      </Group>
    )
  }
  const groups = groupCatalog(catalog.data)
  if (groups.length === 0) return <Text c="dimmed">{T.catalogEmpty}</Text>
  return (
    <Stack gap="md" data-testid="report-catalog">
      {groups.map(({ group, reports }) => (
        <Card key={group} withBorder padding="md" component="section" aria-label={group} data-testid="report-group">
          <Title order={3} size="h4" mb={4}>
            {group}
          </Title>
          {reports.map((descriptor) => (
            <ReportRow key={descriptor.id} descriptor={descriptor} onExport={() => setExporting(descriptor)} />
          ))}
        </Card>
      ))}
      {exporting && <ExportDialog descriptor={exporting} fromList={null} onClose={() => setExporting(null)} />}
    </Stack>
  )
}

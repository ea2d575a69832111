import { useState } from 'react'
import { Stack, Tabs, Text, Title } from '@mantine/core'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import { BatchExportPanel } from './BatchExportPanel'
import { ReportCatalog } from './ReportCatalog'
import { useReportCatalog } from './useReports'

type ReportsTab = 'catalog' | 'batch'

/** 보고서: the catalog (one report at a time) and 묶음 내보내기 (several into one folder, saved batches). */
export function ReportsPage() {
  const [tab, setTab] = useState<ReportsTab>('catalog')
  const catalog = useReportCatalog()
  return (
    <Stack gap="md" data-testid="reports-page">
      <Stack gap={4}>
        <Title order={2}>{T.pageTitle}</Title>
        <Text size="sm" c="dimmed">
          {T.pageSummary}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={(value) => value && setTab(value as ReportsTab)}>
        <Tabs.List>
          <Tabs.Tab value="catalog" fw={600}>
            {T.catalogTab}
          </Tabs.Tab>
          <Tabs.Tab value="batch" fw={600} disabled={!catalog.data}>
            {T.batchTab}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="catalog" pt="md">
          <ReportCatalog catalog={catalog} />
        </Tabs.Panel>
        <Tabs.Panel value="batch" pt="md">
          {catalog.data && <BatchExportPanel catalog={catalog.data} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}

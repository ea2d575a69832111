import { useState } from 'react'
import { Button, type ButtonProps } from '@mantine/core'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import type { ReportParams } from '../../../../shared/reports/model'
import { ExportDialog } from '../../features/reports/ExportDialog'
import { useReportDescriptor } from '../../features/reports/useReports'

export interface ExportButtonProps {
  /** The report the list is exported as (e.g. `attractive-jobs.list`). */
  reportId: string
  /** The list's current state: its filter, sort and visible columns, or the session it shows. */
  params: ReportParams
  size?: ButtonProps['size']
}

/**
 * "엑셀로 내보내기" on a list: the same export dialog as the 보고서 screen's, filled in with what the list
 * shows now. Shown only when the catalog offers the report to the signed-in staff member. The dialog is
 * mounted only while open, so it starts from the list's state of that moment.
 */
export function ExportButton({ reportId, params, size = 'xs' }: ExportButtonProps) {
  const descriptor = useReportDescriptor(reportId)
  const [opened, setOpened] = useState(false)
  if (!descriptor) return null
  return (
    <>
      <Button
        size={size}
        variant="default"
        leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
        aria-label={T.listExportButtonFor(descriptor.title)}
        aria-haspopup="dialog"
        onClick={() => setOpened(true)}
        data-testid="list-export"
        data-report-id={reportId}
        style={{ flexShrink: 0 }}
      >
        {T.listExportButton}
      </Button>
      {opened && <ExportDialog descriptor={descriptor} fromList={params} onClose={() => setOpened(false)} />}
    </>
  )
}

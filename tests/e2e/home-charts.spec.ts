import type { Page } from '@playwright/test'
import type { AttractiveJobDashboard } from '../../src/shared/domains/attractive-jobs/views'
import type { SmeDashboard } from '../../src/shared/domains/sme/views'
import type { ReemploymentDashboard } from '../../src/shared/domains/reemployment/sessionViews'
import { HOME_CHART_TEXT } from '../../src/shared/domain/homeChartLabels'
import { ORG_TYPE_LABELS } from '../../src/shared/domains/attractive-jobs/labels'
import { expect, test } from './fixtures'
import { dispatch, nav, signIn, signOut, syncFromSyncPage } from './helpers'

/** A chart's table: the row headers and, per row, the numbers of its cells. */
async function chartTable(page: Page, testId: string): Promise<Record<string, number[]>> {
  const chart = page.getByTestId(testId)
  await chart.getByText('표', { exact: true }).click()
  const table = page.getByTestId(`${testId}-table`)
  await expect(table).toBeVisible()
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', [...tr.querySelectorAll('td')].map((td) => Number((td.textContent ?? '').replaceAll(',', '')))] as const)
  )
  return Object.fromEntries(rows)
}

test.describe('home dashboard charts', () => {
  test('매력일자리 by status × 기관구분 and the 강소기업 pipeline: bars drawn, the same numbers as a table', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '홈').click()

    const ajChart = page.getByTestId('aj-chart-status-org')
    await expect(ajChart.locator('figure svg .recharts-bar-rectangle').first()).toBeVisible()
    await expect(ajChart.getByRole('figure')).toHaveAccessibleName(/막대 차트/)
    const aj = await dispatch<AttractiveJobDashboard>(core, 'attractiveJobs:dashboard', {})
    const ajTable = await chartTable(page, 'aj-chart-status-org')
    for (const [orgType, label] of Object.entries(ORG_TYPE_LABELS)) {
      const fromCore = aj.byStatusAndOrgType.filter((cell) => cell.orgType === orgType).reduce((sum, cell) => sum + cell.count, 0)
      expect(ajTable[label]?.reduce((a, b) => a + b, 0), label).toBe(fromCore)
    }
    await expect(ajChart).toHaveAttribute('data-shown', 'table')

    const smeChart = page.getByTestId('sme-chart-pipeline')
    await expect(smeChart.locator('figure svg .recharts-bar-rectangle').first()).toBeVisible()
    const sme = await dispatch<SmeDashboard>(core, 'sme:dashboard', {})
    const smeTable = await chartTable(page, 'sme-chart-pipeline')
    const pipelineTotal = Object.values(smeTable).reduce((sum, [n]) => sum + (n ?? 0), 0)
    // Every application sits in exactly one step of the flow.
    expect(pipelineTotal).toBe(sme.total)
  })

  test("a coordinator's daily attendance: one row per day, the numbers the core counts", async ({ page, core }) => {
    await signIn(page, 'coordinator', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '홈').click()
    const dashboard = await dispatch<ReemploymentDashboard>(core, 'reemployment:dashboard', {})
    expect(dashboard.dailyAttendance.length, 'sessions held in the last two weeks').toBeGreaterThan(0)
    await expect(page.getByTestId('reemployment-chart-attendance').locator('figure svg .recharts-bar-rectangle').first()).toBeVisible()
    const table = await chartTable(page, 'reemployment-chart-attendance')
    expect(table).toEqual(Object.fromEntries(dashboard.dailyAttendance.map((d) => [HOME_CHART_TEXT.day(d.day), [d.attended, d.noShows, d.waitlisted]])))
    await expect(page.getByTestId('aj-chart-status-org')).toHaveCount(0)
  })

  test('a reviewer sees the 매력일자리 chart only', async ({ page }) => {
    await signIn(page, 'reviewer', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '홈').click()
    await expect(page.getByTestId('aj-chart-status-org')).toBeVisible()
    await expect(page.getByTestId('sme-chart-pipeline')).toHaveCount(0)
    await signOut(page)
  })
})

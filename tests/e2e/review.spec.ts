import type { Locator, Page } from '@playwright/test'
import { renderReasonTemplate } from '../../src/shared/domain/attractiveJobRules'
import type { Core } from '../../src/main/core'
import type {
  AttractiveJobDetail,
  AttractiveJobListRequest,
  AttractiveJobListResult,
  ViewDefinition
} from '../../src/shared/ipc/attractiveJobViews'
import type { AttractiveJob } from '../../src/shared/portal'
import { expect, test, type TestPortal } from './fixtures'
import { listTotal, nav, signIn, syncFromSyncPage } from './helpers'

async function dispatch<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

const list = (core: Core, request: AttractiveJobListRequest) => dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', request)
const detail = (core: Core, id: string) => dispatch<AttractiveJobDetail>(core, 'attractiveJobs:get', { id })
const serverRecord = (portal: TestPortal, id: string) => portal.sim.control.record('attractive-jobs', id) as AttractiveJob

async function openWorkspace(page: Page): Promise<void> {
  await signIn(page, 'manager', 'demo')
  await expect(page.getByTestId('staff-info')).toContainText('김민준')
  await syncFromSyncPage(page)
  await nav(page, '매력일자리').click()
  await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
}

function statusChip(page: Page, label: string): Locator {
  return page.getByTestId('aj-status-filter').locator('label').filter({ hasText: new RegExp(`^${label}`) })
}

/** Picks options of a Mantine MultiSelect/Select by its label, then closes the dropdown. */
async function pick(page: Page, filterLabel: string, ...options: string[]): Promise<void> {
  const input = page.getByRole('combobox', { name: filterLabel, exact: true })
  for (const option of options) {
    await input.click()
    await page.getByRole('option', { name: option, exact: true }).click()
  }
  await input.press('Escape')
}

async function expectTotal(page: Page, total: number): Promise<void> {
  await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(total))
}

async function rowIds(page: Page): Promise<string[]> {
  return page.locator('tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id') ?? ''))
}

async function syncAndReturn(page: Page): Promise<void> {
  await syncFromSyncPage(page)
  await nav(page, '매력일자리').click()
}

test.describe('매력일자리 review workspace', () => {
  test('filter, search, open and decide with the keyboard; Ctrl+Enter opens the next unreviewed', async ({ page, core, portal }) => {
    await openWorkspace(page)

    // A 직무분야 and a two-syllable word that leave at least three 검토중 records (seed 7, scale 300).
    let chosen: { field: string; label: string; word: string; total: number } | null = null
    const fields = { care: '돌봄', education_counseling: '교육·상담', administration: '행정사무', culture_arts: '문화·예술경영' } as const
    outer: for (const word of ['교육', '지원', '안내', '상담', '돌봄', '청년']) {
      for (const [field, label] of Object.entries(fields)) {
        const r = await list(core, { pageSize: 10, filter: { statuses: ['in_review'], fields: [field as keyof typeof fields], search: word } })
        if (r.total >= 3) {
          chosen = { field, label, word, total: r.total }
          break outer
        }
      }
    }
    if (!chosen) throw new Error('no 검토중 records for the keyboard test in the seed')

    await statusChip(page, '검토중').click()
    await pick(page, '직무분야', chosen.label)
    await page.getByRole('textbox', { name: '검색' }).fill(chosen.word)
    await expectTotal(page, chosen.total)
    const ids = await rowIds(page)
    expect(ids.length).toBe(chosen.total > 50 ? 50 : chosen.total)

    // Leave the search box, then triage with the keyboard only.
    await page.keyboard.press('Escape')
    await page.keyboard.press('j')
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', ids[0] ?? '')
    await page.keyboard.press('j')
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', ids[1] ?? '')
    await page.keyboard.press('k')
    await page.keyboard.press('ArrowDown')
    const target = ids[1] ?? ''
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', target)
    await page.keyboard.press('Enter')
    const panel = page.getByTestId('aj-detail')
    await expect(panel).toHaveAttribute('data-record-id', target)
    await expect(panel.getByTestId('rule-checks')).toBeVisible()
    await expect(panel.getByTestId('aj-freshness')).toContainText('캐시 받은 시각')
    await page.screenshot({ path: test.info().outputPath('keyboard-detail.png') })

    await page.keyboard.press('v')
    const dialog = page.getByTestId('decision-dialog')
    await expect(dialog).toHaveAttribute('data-action', 'request_revision')
    await expect(dialog.getByTestId('decision-fresh')).toBeVisible()
    const view = await detail(core, target)
    const expected = (view.checks ?? []).filter((c) => !c.passed).map((c) => renderReasonTemplate(c.rule, c)).join('\n')
    const reasonBox = dialog.getByRole('textbox', { name: '사유' })
    await expect(reasonBox).toHaveValue(expected)
    if (expected.length < 5) await reasonBox.fill('참여자 모집 계획을 구체적으로 보완해 주십시오.')
    await page.screenshot({ path: test.info().outputPath('keyboard-reason-dialog.png') })
    const reason = await reasonBox.inputValue()

    await page.keyboard.press('Control+Enter')
    await expect(dialog).toBeHidden()
    // The next unreviewed record (the one after the decided row in the list) opens.
    await expect(panel).toHaveAttribute('data-record-id', ids[2] ?? '')
    await expect(page.locator('tr[data-current="true"]')).toHaveAttribute('data-row-id', ids[2] ?? '')
    await page.screenshot({ path: test.info().outputPath('keyboard-next.png') })

    // The help sheet.
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
    await page.keyboard.press('?')
    await expect(page.getByTestId('shortcut-help')).toContainText('보완요청')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('shortcut-help')).toBeHidden()

    await syncAndReturn(page)
    const server = serverRecord(portal, target)
    expect(server.status).toBe('revision_requested')
    expect(server.decision?.reason).toBe(reason.trim())
  })
})

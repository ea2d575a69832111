import type { Locator, Page } from '@playwright/test'
import type { Core } from '../../src/main/core'
import type { AttractiveJobDetail, AttractiveJobListRequest, AttractiveJobListResult } from '../../src/shared/domains/attractive-jobs/views'
import type { SmeListRequest, SmeListResult } from '../../src/shared/domains/sme/views'
import type { AttractiveJob, SmeApplication } from '../../src/shared/portal'
import { expect, type TestPortal } from './fixtures'

/** "1,234건" / "검토중 42" → 1234 / 42 */
export function parseCount(text: string | null): number {
  const match = /([\d,]+)(?:건)?\s*$/.exec((text ?? '').trim())
  if (!match?.[1]) throw new Error(`no count in ${JSON.stringify(text)}`)
  return Number(match[1].replaceAll(',', ''))
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/')
  await page.getByRole('textbox', { name: '아이디' }).fill(username)
  await page.getByRole('textbox', { name: '비밀번호' }).fill(password)
  await page.getByRole('button', { name: '로그인', exact: true }).click()
}

/**
 * 오프라인으로 계속 from the sign-in screen: opens its form, names the account and gives the password of
 * its last online sign-in on this PC. The caller checks the outcome (the shell, or the form's error).
 */
export async function continueOffline(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByTestId('offline-form')
  if (!(await form.isVisible())) await page.getByRole('button', { name: '오프라인으로 계속' }).click()
  await form.getByRole('textbox', { name: '아이디' }).fill(username)
  await form.getByRole('textbox', { name: '비밀번호' }).fill(password)
  await form.getByRole('button', { name: '오프라인으로 계속' }).click()
}

/** 로그아웃 from the header; waits for the sign-in screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '로그아웃' }).click()
  await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
}

export function nav(page: Page, label: string): Locator {
  return page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: label, exact: true })
}

/**
 * Starts a sync from the 동기화 screen and waits until it has finished successfully. The page carries the
 * last summary's finish time, so a second sync is told apart from the first (whose notification may
 * still be on screen).
 */
export async function syncFromSyncPage(page: Page): Promise<void> {
  await nav(page, '동기화').click()
  const syncPage = page.getByTestId('sync-page')
  await expect(syncPage).toBeVisible()
  const before = (await syncPage.getAttribute('data-finished-at')) ?? ''
  await page.getByRole('button', { name: '지금 동기화' }).click()
  await expect(syncPage).not.toHaveAttribute('data-finished-at', before, { timeout: 60_000 })
  await expect(syncPage).toHaveAttribute('data-running', 'false')
  await expect(syncPage).toHaveAttribute('data-sync-error', '')
  // The lasting summary, not the notice: that closes by itself after a few seconds, and a sync the outbox
  // nudged just before the click may be the one that finished (the click then joins it).
  await expect(syncPage.getByText('지난 동기화 결과')).toBeVisible()
}

/** The red 확인 필요 count in the navigation (0 when the badge is not shown). */
export function inboxBadge(page: Page): Locator {
  return page.getByRole('navigation', { name: '주 메뉴' }).getByTestId('inbox-nav-badge')
}

export async function listTotal(page: Page): Promise<number> {
  const total = page.getByTestId('aj-total')
  await expect(total).toBeVisible()
  return Number(await total.getAttribute('data-total'))
}

/** Waits for the list total to settle on a value different from `previous`. */
export async function waitForTotalChange(page: Page, previous: number): Promise<number> {
  await expect(page.getByTestId('aj-total')).not.toHaveAttribute('data-total', String(previous))
  return listTotal(page)
}

/** A contract call on the test's core, as the renderer would make it; a refusal fails the test. */
export async function dispatch<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

export const list = (core: Core, request: AttractiveJobListRequest) => dispatch<AttractiveJobListResult>(core, 'attractiveJobs:list', request)
export const detail = (core: Core, id: string) => dispatch<AttractiveJobDetail>(core, 'attractiveJobs:get', { id })
/** The portal's own copy of a 매력일자리 (the simulator's store). */
export const serverRecord = (portal: TestPortal, id: string) => portal.sim.control.record('attractive-jobs', id) as AttractiveJob

/** The core's outbox rows counted by state. */
export function outboxStates(core: Core): Record<string, number> {
  const rows = core.context.db.prepare(`SELECT state, count(*) AS n FROM outbox GROUP BY state`).all() as { state: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.state, r.n]))
}

/** Signs in as the demo manager, syncs, and opens the 매력일자리 list with its first rows shown. */
export async function openWorkspace(page: Page): Promise<void> {
  await signIn(page, 'manager', 'demo')
  await expect(page.getByTestId('staff-info')).toContainText('김민준')
  await syncFromSyncPage(page)
  await nav(page, '매력일자리').click()
  await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
}

/** The portal's own copy of a 강소기업 application (the simulator's store, unfiltered by blind scoring). */
export const smeServerRecord = (portal: TestPortal, id: string) => portal.sim.control.record('sme-applications', id) as SmeApplication

export const smeList = (core: Core, request: SmeListRequest) => dispatch<SmeListResult>(core, 'sme:list', request)

/** Starts a sync from the 동기화 screen while the portal is unreachable and waits for it to fail (the app then knows it is offline). */
export async function syncFailsOffline(page: Page): Promise<void> {
  await nav(page, '동기화').click()
  const syncPage = page.getByTestId('sync-page')
  await expect(syncPage).toBeVisible()
  await page.getByRole('button', { name: '지금 동기화' }).click()
  await expect(syncPage).toHaveAttribute('data-sync-error', 'portal_unreachable', { timeout: 30_000 })
  await expect(syncPage).toHaveAttribute('data-running', 'false')
}

/**
 * What the eye sees of a list table (its scroll viewport by test id): the rows lying wholly between the
 * header and the bottom of what is visible, per column header how many lines each cell's text takes
 * (from the line boxes of its text, whatever the row's height) and each column's width.
 */
export function measureListTable(page: Page, scrollTestId: string) {
  return page.getByTestId(scrollTestId).evaluate((table) => {
    const doc = table.ownerDocument
    const win = doc.defaultView
    const thead = table.querySelector('thead')
    if (!win || !thead) throw new Error('no table')
    const visibleBottom = Math.min(win.innerHeight, table.getBoundingClientRect().bottom)
    const headerBottom = thead.getBoundingClientRect().bottom
    const rows = [...table.querySelectorAll('tbody tr[data-row-id]')]
    const fullyVisible = rows.filter((tr) => {
      const r = tr.getBoundingClientRect()
      return r.top >= headerBottom - 1 && r.bottom <= visibleBottom + 1
    }).length
    const headers = [...thead.querySelectorAll('th')].map((th) => th.textContent?.trim() ?? '')
    const SHOW_TEXT = 4
    const linesByColumn: Record<string, number[]> = {}
    headers.forEach((header, index) => {
      linesByColumn[header] = rows.map((tr) => {
        const cell = tr.children[index]
        if (!cell) return 0
        // The line boxes of the cell's text: tops closer than half a line are one line (a badge and
        // the text beside it sit a few pixels apart).
        const tops: number[] = []
        const walker = doc.createTreeWalker(cell, SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue
          const range = doc.createRange()
          range.selectNodeContents(node)
          for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.push(r.top)
        }
        tops.sort((a, b) => a - b)
        const lineHeight = parseFloat(win.getComputedStyle(cell).lineHeight) || 20
        return tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > lineHeight / 2).length
      })
    })
    const columnWidths = Object.fromEntries([...thead.querySelectorAll('th')].map((th, i) => [headers[i] ?? '', th.getBoundingClientRect().width]))
    const overflowsSideways = table.scrollWidth > table.clientWidth + 1
    return { fullyVisible, rowCount: rows.length, linesByColumn, columnWidths, overflowsSideways, pageScrolled: doc.scrollingElement?.scrollTop ?? 0 }
  })
}

/** From the navigation to a 재취업 session's roster, through the month's list as a coordinator would. */
export async function openSession(page: Page, sessionId: string, monthLabel: string): Promise<void> {
  await nav(page, '재취업').click()
  const month = page.getByTestId('reemployment-month')
  for (let i = 0; i < 36 && (await month.textContent()) !== monthLabel; i += 1) {
    const current = (await month.textContent()) ?? ''
    await page.getByRole('button', { name: current < monthLabel ? '다음 달' : '이전 달' }).click()
  }
  await expect(month).toHaveText(monthLabel)
  await page.locator(`tr[data-session-id="${sessionId}"]`).click()
  await expect(page.getByTestId('session-workspace')).toHaveAttribute('data-session-id', sessionId)
  await expect(page.getByTestId('roster').locator('tr[data-registration-id]').first()).toBeVisible()
}

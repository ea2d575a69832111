import type { Core } from '../../src/main/core'
import { maskName } from '../../src/shared/domain/masking'
import type { Roster, RosterRow, SessionList, SessionSummary, SignInSheet } from '../../src/shared/domains/reemployment/views'
import type { ReemploymentRegistration } from '../../src/shared/portal'
import { API_BASE } from '../../src/main/simulator'
import { expect, test, type TestPortal } from './fixtures'
import { dispatch, openSession, signIn, syncFromSyncPage } from './helpers'
import { readPdfPages } from './pdfText'

/** The simulator seeds December 2026. */
const MONTH = '2026-12'
const MONTH_LABEL = '2026년 12월'

const registration = (portal: TestPortal, id: string) =>
  portal.sim.control.record('reemployment-registrations', id) as ReemploymentRegistration

async function educationSessions(core: Core): Promise<SessionSummary[]> {
  return (await dispatch<SessionList>(core, 'reemployment:sessions', { month: MONTH, kind: 'education' })).sessions
}

async function rosterOf(core: Core, sessionId: string): Promise<RosterRow[]> {
  return (await dispatch<Roster>(core, 'reemployment:roster', { sessionId })).rows
}

/** The full name a person gives at the door: the portal's logged contact look-up (the cache holds masks only). */
async function fullName(portal: TestPortal, registrationId: string): Promise<string> {
  const base = `${portal.sim.url}${API_BASE}`
  const token = (await (
    await fetch(`${base}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username: 'coordinator', password: 'demo' })
    })
  ).json()) as { access_token: string }
  const reply = await fetch(`${base}/reemployment-registrations/${registrationId}/contact?reason=${encodeURIComponent('e2e 현장 확인')}`, {
    headers: { authorization: `Bearer ${token.access_token}` }
  })
  expect(reply.status).toBe(200)
  return ((await reply.json()) as { name: string }).name
}


/** Rows whose `key` no other row of the session shares (so one search finds exactly them first). */
function uniqueBy(rows: readonly RosterRow[], key: (row: RosterRow) => string): RosterRow[] {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1)
  return rows.filter((row) => counts.get(key(row)) === 1)
}

/** Whether the page's text lines hold the row's four cells in order: 연번, 성명, 출생연도, 전화 뒤 4자리. */
/**
 * Whether a page's text holds the row's cells one after another. Read from the page's text as one run:
 * Chromium writes a text object per font, and Pretendard comes in unicode-range pieces, so one name
 * can span several (출 · 석 · 부).
 */
function hasRow(pageText: string, row: SignInSheet['rows'][number]): boolean {
  return pageText.includes([String(row.no), row.name, String(row.birth_year), row.phone_last4].join(''))
}

test.describe('재취업 check-in mode', () => {
  test('offline: full name and last 4, Enter, undo, walk-in — then each reaches the portal exactly once', async ({ page, portal, core }) => {
    await signIn(page, 'coordinator', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('정하은')
    await syncFromSyncPage(page)

    // An open session with free seats (so the walk-in is 확정) and people not checked in yet.
    const session = (await educationSessions(core)).find((s) => s.status === 'open' && s.counts.registered < s.capacity && s.counts.unchecked >= 3)
    expect(session, 'an open education session with free seats').toBeDefined()
    const sessionId = session!.id
    const rows = await rosterOf(core, sessionId)
    const waiting = rows.filter((r) => r.status === 'registered' && r.attendance === null)
    const byName = uniqueBy(rows, (r) => r.person.name).find((r) => waiting.includes(r))
    const byLast4 = uniqueBy(rows, (r) => r.person.phone_last4).filter((r) => waiting.includes(r) && r !== byName)
    const [viaPhone, undone] = byLast4
    expect(byName && viaPhone && undone, 'three people to find by a name mask or last 4 no one else in the session has').toBeTruthy()
    const walkInName = '표지훈'
    expect(rows.some((r) => r.person.name === maskName(walkInName))).toBe(false)
    const name = await fullName(portal, byName!.id)
    expect(maskName(name)).toBe(byName!.person.name)
    const versions = Object.fromEntries([byName!, viaPhone!, undone!].map((r) => [r.id, registration(portal, r.id).version]))

    await openSession(page, sessionId, MONTH_LABEL)
    await page.getByTestId('open-check-in').click()
    const mode = page.getByTestId('check-in-mode')
    await expect(mode).toBeVisible()
    const counts = mode.getByTestId('check-in-counts')
    const present = Number(await counts.getAttribute('data-present'))

    // The session room has no network.
    await portal.stop()
    await page.context().setOffline(true)
    const search = mode.getByTestId('check-in-search')
    const highlighted = mode.locator('[role="option"][data-highlighted="true"]')

    // A full name typed against the masked roster (박서영 finds 박*영); Enter records 출석.
    await search.fill(name)
    await expect(highlighted).toHaveAttribute('data-registration-id', byName!.id)
    await search.press('Enter')
    await expect(counts).toHaveAttribute('data-present', String(present + 1))
    await expect(search).toHaveValue('')

    // The phone's last 4.
    await search.fill(viaPhone!.person.phone_last4)
    await expect(highlighted).toHaveAttribute('data-registration-id', viaPhone!.id)
    await page.keyboard.press('Enter')
    await expect(counts).toHaveAttribute('data-present', String(present + 2))

    // 지각 by its key, then undone within its few seconds: the portal never hears of it.
    await search.fill(undone!.person.phone_last4)
    await expect(highlighted).toHaveAttribute('data-registration-id', undone!.id)
    await page.keyboard.press('F2')
    await expect(counts).toHaveAttribute('data-late', String(session!.counts.late + 1))
    await page.screenshot({ path: test.info().outputPath('check-in-offline.png') })
    await expect(mode.getByTestId('recent-check-ins').locator(`[data-registration-id="${undone!.id}"]`).getByTestId('undo-check-in')).toBeVisible()
    await page.keyboard.press('Control+z')
    await expect(mode.getByTestId('recent-check-ins').locator(`[data-registration-id="${undone!.id}"]`)).toHaveAttribute('data-undone', 'cancelled')
    await expect(counts).toHaveAttribute('data-late', String(session!.counts.late))

    // A walk-in at the door, then checked in like everyone else.
    const walkIns = Number(await counts.getAttribute('data-walk-ins'))
    await mode.getByTestId('open-walk-in').click()
    const dialog = page.getByRole('dialog', { name: '현장 접수' })
    await dialog.getByLabel('성명').fill(walkInName)
    await dialog.getByLabel('출생연도').fill('1966')
    await dialog.getByLabel('휴대전화').fill('010-7345-0193')
    await dialog.getByRole('button', { name: '접수' }).click()
    await expect(mode.getByTestId('walk-in-result')).toHaveAttribute('data-predicted', 'registered')
    await expect(counts).toHaveAttribute('data-walk-ins', String(walkIns + 1))
    await expect(search).toHaveValue(walkInName)
    await expect(highlighted.getByTestId('candidate-name')).toHaveText(maskName(walkInName))
    await search.press('Enter')
    await expect(counts).toHaveAttribute('data-present', String(present + 3))

    // Nothing left this PC: two check-ins, the walk-in and its check-in wait; the screen says it is offline.
    await expect(mode.getByTestId('waiting-to-send')).toHaveAttribute('data-count', '4')
    // 지금 보내기 cannot reach the portal: the screen then says it works offline, and everything stays queued.
    await mode.getByTestId('send-now').click()
    await expect(mode.getByTestId('check-in-online')).toHaveAttribute('data-online', 'false', { timeout: 20_000 })
    await expect(mode.getByTestId('waiting-to-send')).toHaveAttribute('data-count', '4')
    await page.screenshot({ path: test.info().outputPath('check-in-offline-queued.png') })
    const offlineUntil = Date.now()
    expect(registration(portal, byName!.id).attendance).toBeNull()

    // The network returns: the browser's online event starts a sync, which sends everything once.
    await portal.start()
    await page.context().setOffline(false)
    await expect(mode.getByTestId('waiting-to-send')).toHaveAttribute('data-count', '0', { timeout: 30_000 })

    for (const row of [byName!, viaPhone!]) {
      const onPortal = registration(portal, row.id)
      expect(onPortal.attendance?.status).toBe('present')
      expect(onPortal.attendance?.checked_by).toBe('S-0041')
      // The time recorded is this PC's at the click, not the portal's when it arrived.
      expect(Date.parse(onPortal.attendance!.checked_at)).toBeLessThanOrEqual(offlineUntil)
      expect(onPortal.version).toBe(versions[row.id]! + 1)
    }
    expect(registration(portal, undone!.id).attendance).toBeNull()
    expect(registration(portal, undone!.id).version).toBe(versions[undone!.id])

    const refs = Object.entries(portal.sim.control.stats().walkIns).filter(([, ids]) => ids.some((id) => registration(portal, id).session_id === sessionId))
    expect(refs).toHaveLength(1)
    const [, walkInIds] = refs[0]!
    expect(walkInIds).toHaveLength(1)
    const walkIn = registration(portal, walkInIds[0]!)
    expect(walkIn.person.name).toBe(maskName(walkInName))
    expect(walkIn.status).toBe('registered')
    expect(walkIn.attendance?.status).toBe('present')
  })
})

test.describe('재취업 출석부', () => {
  test('the sign-in sheet prints to A4: the header on every page, one whole row per 확정 person', async ({ page, core }) => {
    await signIn(page, 'coordinator', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('정하은')
    await syncFromSyncPage(page)
    // A session whose 확정 list runs over more than one page.
    const session = (await educationSessions(core)).find((s) => s.counts.registered > 18)
    expect(session, 'an education session with more than one page of 확정').toBeDefined()
    const sessionId = session!.id
    const printouts = () =>
      (core.context.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'printout' AND record_id = ?`).get(sessionId) as { n: number }).n
    expect(printouts()).toBe(0)

    await openSession(page, sessionId, MONTH_LABEL)
    await page.getByTestId('open-sign-in-sheet').click()
    const sheetView = page.getByTestId('sign-in-sheet')
    await expect(sheetView.getByTestId('sign-in-sheet-page').first()).toBeVisible()
    // Opening the print view recorded one printout of personal data.
    expect(printouts()).toBe(1)
    // What main hands out is what the test expects to see printed.
    const sheet = await dispatch<SignInSheet>(core, 'reemployment:signInSheet', { sessionId })
    const rows = sheet.rows
    expect(rows).toHaveLength(session!.counts.registered)
    const pages = Math.ceil(rows.length / sheet.rowsPerPage)
    await expect(sheetView).toHaveAttribute('data-pages', String(pages))

    // 인쇄 goes through the system print dialog (window.print, counted here instead of opening it).
    await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1 }')
    await sheetView.getByTestId('print-sign-in-sheet').click()
    expect(await page.evaluate('window.__printed')).toBe(1)

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const texts = readPdfPages(pdf)
    expect(texts).toHaveLength(pages)
    texts.forEach((text, index) => {
      const lines = text.split('\n').map((l) => l.replace(/\s+/g, ''))
      const joined = lines.join('')
      expect(joined).toContain('출석부')
      expect(joined).toContain(`${index + 1}/${pages}쪽`)
      expect(joined).toContain(sessionId)
      expect(joined).toContain('연번성명출생연도전화뒤4자리서명')
      const expected = rows.slice(index * sheet.rowsPerPage, (index + 1) * sheet.rowsPerPage)
      // Every row of this page whole, and none of another page's (so none was split or pushed over a break).
      for (const row of rows) expect(hasRow(joined, row), `row ${row.no} on page ${index + 1}`).toBe(expected.includes(row))
    })
  })
})

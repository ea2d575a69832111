import type { Locator, Page } from '@playwright/test'
import { CONTACT_OFFLINE_MESSAGE } from '../../src/main/domains/contactLookup'
import { API_BASE } from '../../src/main/simulator'
import { CONTACT_REVEAL_TEXT } from '../../src/shared/domain/contactReasons'
import type { Roster, SessionList } from '../../src/shared/domains/reemployment/views'
import { expect, test, type TestPortal } from './fixtures'
import { dispatch, nav, openSession, openWorkspace, signIn, syncFromSyncPage } from './helpers'

/** The simulator seeds December 2026. */
const MONTH = '2026-12'
const MONTH_LABEL = '2026년 12월'

/**
 * The full contact as the portal holds it, asked straight from the simulator (its own logged look-up,
 * under a reason of its own): what the dialog must show.
 */
async function portalContact(portal: TestPortal, collection: string, id: string): Promise<{ name: string; phone: string }> {
  const base = `${portal.sim.url}${API_BASE}`
  const token = (await (
    await fetch(`${base}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', username: 'manager', password: 'demo' })
    })
  ).json()) as { access_token: string }
  const reply = await fetch(`${base}/${collection}/${encodeURIComponent(id)}/contact?reason=${encodeURIComponent('e2e 기대값 확인')}`, {
    headers: { authorization: `Bearer ${token.access_token}` }
  })
  expect(reply.status).toBe(200)
  return (await reply.json()) as { name: string; phone: string }
}

function contactDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: CONTACT_REVEAL_TEXT.title })
}

/** The portal's contact log entries of one record asked under `reason`. */
function loggedLookups(portal: TestPortal, recordId: string, reason: string) {
  return portal.sim.control.contactLog().filter((entry) => entry.record_id === recordId && entry.reason === reason)
}

test.describe('연락처 보기', () => {
  test('매력일자리: a reason, the full name for 60 seconds, then hidden; logged by the portal; offline says so', async ({ page, portal }) => {
    // The page's clock is Playwright's: the minute passes without waiting for it.
    await page.clock.install()
    await openWorkspace(page)
    const row = page.locator('tr[data-row-id]').first()
    const id = (await row.getAttribute('data-row-id')) ?? ''
    await row.locator('[data-testid="aj-title"]').click()
    const panel = page.getByTestId('aj-detail')
    await expect(panel).toHaveAttribute('data-record-id', id)
    const expected = await portalContact(portal, 'attractive-jobs', id)

    await panel.getByRole('button', { name: /^담당자 .+ 연락처 보기$/ }).click()
    const dialog = contactDialog(page)
    await expect(dialog).toBeVisible()
    // The reason is checked as it is typed.
    const reason = dialog.getByRole('textbox', { name: CONTACT_REVEAL_TEXT.reasonInput })
    await reason.fill('확인')
    await expect(dialog.getByText('사유를 5자 이상 적으세요. (지금 2자)')).toBeVisible()
    await dialog.getByRole('radio', { name: '본인 확인 전화' }).check()
    await expect(reason).toHaveValue('본인 확인 전화')
    await dialog.getByRole('button', { name: CONTACT_REVEAL_TEXT.submit }).click()

    await expect(dialog.getByTestId('contact-name')).toHaveText(expected.name)
    await expect(dialog.getByTestId('contact-phone')).toHaveText(expected.phone)
    // The page's time keeps flowing between the steps: the count is checked by bounds, its words by the label.
    const countdown = dialog.getByTestId('contact-countdown')
    const secondsLeft = async () => Number(await countdown.getAttribute('data-seconds-left'))
    expect(await secondsLeft()).toBeGreaterThan(30)
    await expect(countdown).toHaveText(CONTACT_REVEAL_TEXT.countdown(await secondsLeft()))
    expect(loggedLookups(portal, id, '본인 확인 전화')).toEqual([expect.objectContaining({ staff_id: 'S-0001', collection: 'attractive-jobs' })])
    await page.screenshot({ path: test.info().outputPath('contact-shown.png') })

    await page.clock.fastForward(30_000)
    await expect.poll(secondsLeft).toBeLessThanOrEqual(30)
    await expect(dialog.getByTestId('contact-name')).toHaveText(expected.name)
    await page.clock.fastForward(30_000)
    await expect(dialog.getByTestId('contact-expired')).toHaveText(CONTACT_REVEAL_TEXT.expired)
    await expect(dialog.getByTestId('contact-name')).toHaveCount(0)
    await expect(dialog).not.toContainText(expected.name)
    await expect(dialog).not.toContainText(expected.phone)

    // Offline: asked again once the portal is off the network, the dialog says why nothing is shown.
    await portal.stop()
    await dialog.getByRole('radio', { name: '민원 회신' }).check()
    await dialog.getByRole('button', { name: CONTACT_REVEAL_TEXT.submit }).click()
    await expect(dialog.getByTestId('contact-error')).toContainText(CONTACT_OFFLINE_MESSAGE)
    await expect(dialog.getByTestId('contact-name')).toHaveCount(0)
    expect(loggedLookups(portal, id, '민원 회신')).toEqual([])
    await page.screenshot({ path: test.info().outputPath('contact-offline.png') })

    // Esc closes the dialog only: the record stays open behind it.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(panel).toHaveAttribute('data-record-id', id)
  })

  test('강소기업 CEO on the company card and 재취업 person on the roster, keyboard only', async ({ page, portal, core }) => {
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    await syncFromSyncPage(page)

    // 강소기업: the company card's 대표자.
    await nav(page, '강소기업').click()
    const smeRow = page.locator('tr[data-row-id]').first()
    const smeId = (await smeRow.getAttribute('data-row-id')) ?? ''
    await smeRow.locator('[data-testid="sme-company"]').click()
    const card = page.getByTestId('sme-company-card')
    await expect(page.getByTestId('sme-detail')).toHaveAttribute('data-record-id', smeId)
    const ceo = await portalContact(portal, 'sme-applications', smeId)
    const smeButton = card.getByRole('button', { name: /^대표자 .+ 연락처 보기$/ })
    await smeButton.focus()
    await page.keyboard.press('Enter')
    const dialog = contactDialog(page)
    await expect(dialog).toBeVisible()
    const firstPreset = dialog.getByRole('radio', { name: '본인 확인 전화' })
    await firstPreset.focus()
    await page.keyboard.press('ArrowRight')
    await expect(dialog.getByRole('radio', { name: '서류 보완 안내' })).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(dialog.getByRole('textbox', { name: CONTACT_REVEAL_TEXT.reasonInput })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(dialog.getByTestId('contact-name')).toHaveText(ceo.name)
    await page.screenshot({ path: test.info().outputPath('contact-sme.png') })
    expect(loggedLookups(portal, smeId, '서류 보완 안내')).toEqual([expect.objectContaining({ staff_id: 'S-0001', collection: 'sme-applications' })])
    await dialog.getByRole('button', { name: CONTACT_REVEAL_TEXT.close }).first().click()
    await expect(dialog).toBeHidden()

    // 재취업: a person of a session's roster, the reason typed in full.
    const sessions = await dispatch<SessionList>(core, 'reemployment:sessions', { month: MONTH, kind: 'education' })
    const session = sessions.sessions[0]
    expect(session, 'a December education session').toBeDefined()
    const roster = await dispatch<Roster>(core, 'reemployment:roster', { sessionId: session!.id })
    const person = roster.rows.find((r) => !r.localOnly)
    expect(person, 'a person on the roster').toBeDefined()
    const expected = await portalContact(portal, 'reemployment-registrations', person!.id)
    await openSession(page, session!.id, MONTH_LABEL)
    await page.screenshot({ path: test.info().outputPath('contact-roster.png') })
    await page.locator(`tr[data-registration-id="${person!.id}"]`).getByRole('button', { name: /연락처 보기$/ }).click()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('radio', { name: '직접 입력' }).check()
    const reason = dialog.getByRole('textbox', { name: CONTACT_REVEAL_TEXT.reasonInput })
    await expect(reason).toBeFocused()
    await reason.pressSequentially('수료증 발급 안내 전화')
    await reason.press('Enter')
    await expect(dialog.getByTestId('contact-name')).toHaveText(expected.name)
    await expect(dialog.getByTestId('contact-phone')).toHaveText(expected.phone)
    expect(loggedLookups(portal, person!.id, '수료증 발급 안내 전화')).toEqual([
      expect.objectContaining({ staff_id: 'S-0001', collection: 'reemployment-registrations' })
    ])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})


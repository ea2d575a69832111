import type { Page } from '@playwright/test'
import type { Core } from '../../src/main/core'
import type { RecordLookupHit } from '../../src/shared/ipc/lookupViews'
import { expect, test } from './fixtures'
import { dispatch, list, nav, signIn, signOut, smeList, syncFromSyncPage } from './helpers'

/** What the palette asks per collection (features/palette/useRecordLookup.ts). */
const PALETTE_LIMIT = 5

function palette(page: Page) {
  return page.getByRole('dialog').filter({ has: search(page) })
}

function search(page: Page) {
  return page.getByRole('combobox', { name: '화면이나 자료 찾기' })
}

/**
 * The entry a screen reader is told is highlighted: the option the search box names as its active
 * descendant (the focus itself never leaves the box), checked to be the one Spotlight marks selected.
 */
async function expectAnnounced(page: Page, entry: string): Promise<void> {
  await expect(selectedEntry(page)).toHaveAttribute('data-palette-entry', entry)
  const named = async (attribute: string) => {
    const id = await search(page).getAttribute('aria-activedescendant')
    return id ? palette(page).locator(`[id="${id}"]`).getAttribute(attribute) : null
  }
  await expect.poll(() => named('data-palette-entry'), 'the search box names the highlighted option').toBe(entry)
  expect(await named('role')).toBe('option')
  await expect(palette(page).getByRole('option', { selected: true })).toHaveAttribute('data-palette-entry', entry)
  await expect(search(page)).toBeFocused()
}

/** The entries the palette shows, in order (`screen:/path` or `collection:id`). */
function entries(page: Page): Promise<string[]> {
  return palette(page)
    .locator('[data-palette-entry]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-palette-entry') ?? ''))
}

function selectedEntry(page: Page) {
  return palette(page).locator('[data-palette-entry][data-selected]')
}

async function openWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Control+k')
  await expect(search(page)).toBeFocused()
}

const lookup = (core: Core, text: string) => dispatch<RecordLookupHit[]>(core, 'records:lookup', { text, limit: PALETTE_LIMIT })

/**
 * A two-syllable word of a cached 매력일자리 title that the look-up finds, with more than one hit (so the
 * arrow keys have somewhere to go).
 */
async function twoSyllableWord(core: Core): Promise<string> {
  const { rows } = await list(core, { pageSize: 50 })
  for (const row of rows) {
    for (const word of row.title.split(/\s+/)) {
      if (!/^[가-힣]{2}$/.test(word)) continue
      const hits = await lookup(core, word)
      if (hits.length > 1 && hits[0]?.collection === 'attractive-jobs') return word
    }
  }
  throw new Error('no two-syllable word in the first titles')
}

test.describe('명령 팔레트 (Ctrl+K)', () => {
  test.use({ viewport: { width: 1366, height: 768 } })

  test('keyboard only: finds a screen, a record by a two-syllable word, by id and by date, and Enter opens each', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    await syncFromSyncPage(page)

    // A screen: its name, or its 초성; nothing typed lists every screen the roles open.
    await openWithKeyboard(page)
    expect(await entries(page)).toEqual([
      'screen:/',
      'screen:/attractive-jobs',
      'screen:/sme',
      'screen:/reemployment',
      'screen:/reports',
      'screen:/inbox',
      'screen:/sync',
      'screen:/audit',
      'screen:/settings',
      'screen:/sme/sheets',
      'screen:/sme/committee'
    ])
    await expect(palette(page).getByRole('listbox', { name: '찾은 화면과 자료' }).getByRole('option')).toHaveCount(11)
    // Opened, the first entry is highlighted: Enter right away opens 홈.
    await expectAnnounced(page, 'screen:/')
    await search(page).fill('ㅎㅇ ㅍㅇ')
    await expectAnnounced(page, 'screen:/inbox')
    await page.keyboard.press('Enter')
    await expect(palette(page)).toBeHidden()
    await expect(page).toHaveURL(/#\/inbox$/)

    // A record by a two-syllable word: the hits are the core's, grouped under the collection's name.
    const word = await twoSyllableWord(core)
    const expected = await lookup(core, word)
    await openWithKeyboard(page)
    await page.keyboard.type(word)
    const hitEntries = expected.map((hit) => `${hit.collection}:${hit.id}`)
    await expect.poll(() => entries(page)).toEqual(hitEntries)
    await expect(palette(page).getByRole('group', { name: '매력일자리', exact: true })).toBeVisible()
    const first = expected[0]!
    await expectAnnounced(page, hitEntries[0]!)
    // The second one, chosen with the arrow key, and back.
    await page.keyboard.press('ArrowDown')
    await expectAnnounced(page, hitEntries[1]!)
    await page.keyboard.press('ArrowUp')
    await expectAnnounced(page, hitEntries[0]!)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/attractive-jobs/)
    await expect(page.getByTestId('aj-detail')).toHaveAttribute('data-record-id', first.id)
    expect(first.collection).toBe('attractive-jobs')

    // A 강소기업 by its id, from anywhere (the detail panel is open behind).
    const { rows: smeRows } = await smeList(core, { pageSize: 5 })
    const sme = smeRows[2]!
    await openWithKeyboard(page)
    await page.keyboard.type(sme.id)
    await expect(selectedEntry(page)).toHaveAttribute('data-palette-entry', `sme-applications:${sme.id}`)
    await expect(palette(page).getByRole('group', { name: '서울형 강소기업', exact: true })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#\/sme/)
    await expect(page.getByTestId('sme-detail')).toHaveAttribute('data-record-id', sme.id)
    await page.keyboard.press('Escape')

    // A 재취업 회차 by the day it starts (the Seoul date typed with dots).
    const session = await core.context.db.prepare(`SELECT id, starts_at FROM reemployment_sessions ORDER BY starts_at DESC, id LIMIT 1`).get() as { id: string; starts_at: string }
    const seoulDay = new Date(Date.parse(session.starts_at) + 9 * 3_600_000).toISOString().slice(0, 10)
    const typed = seoulDay.replaceAll('-', '.')
    const dayHits = (await lookup(core, typed)).filter((hit) => hit.collection === 'reemployment-sessions')
    expect(dayHits.map((hit) => hit.id)).toContain(session.id)
    await openWithKeyboard(page)
    await page.keyboard.type(typed)
    await expect.poll(() => entries(page)).toContain(`reemployment-sessions:${dayHits[0]!.id}`)
    await expect(palette(page).getByRole('group', { name: '재취업 교육·상담 회차', exact: true })).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('session-workspace')).toHaveAttribute('data-session-id', dayHits[0]!.id)

    // One character looks no records up and says so; Esc closes, Ctrl+K toggles.
    await openWithKeyboard(page)
    await page.keyboard.type('홈')
    await expect(palette(page).getByText('두 글자 이상 입력하면 자료도 찾습니다.')).toBeVisible()
    await expect.poll(() => entries(page)).toEqual(['screen:/'])
    // Nothing at all: no options, so no listbox and nothing named highlighted.
    await search(page).fill('ㅋㅋㅋㅋ')
    await expect(palette(page).getByText('맞는 화면이나 자료가 없습니다', { exact: false })).toBeVisible()
    await expect(palette(page).getByRole('listbox')).toHaveCount(0)
    await expect(search(page)).not.toHaveAttribute('aria-activedescendant', /.+/)
    await expect(search(page)).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('Escape')
    await expect(palette(page)).toBeHidden()
    await openWithKeyboard(page)
    await page.keyboard.press('Control+k')
    await expect(palette(page)).toBeHidden()
  })

  test('opens from the header\'s 찾기 and from a search box; not over another dialog; listed in the shortcut help', async ({ page }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    await page.getByRole('banner').getByRole('button', { name: /찾기/ }).click()
    await expect(search(page)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(palette(page)).toBeHidden()

    await nav(page, '매력일자리').click()
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
    // The list's own keys stay its own: Ctrl+K is not K (previous row), and it works from the search box.
    await page.keyboard.press('/')
    await expect(page.getByRole('textbox', { name: '검색', exact: true })).toBeFocused()
    await openWithKeyboard(page)
    await page.keyboard.press('Escape')
    await expect(palette(page)).toBeHidden()

    // The shortcut help lists it; while the help (a dialog) is open, Ctrl+K leaves it alone.
    await page.locator('body').evaluate((body) => body.ownerDocument.querySelector<typeof body>(':focus')?.blur())
    await page.keyboard.press('Shift+Slash')
    const help = page.getByTestId('shortcut-help')
    await expect(help).toBeVisible()
    await expect(help.getByRole('row').filter({ hasText: '명령 팔레트' })).toContainText('Ctrl')
    await page.keyboard.press('Control+k')
    await expect(palette(page)).toHaveCount(0)
    await expect(help).toBeVisible()
  })

  test('a staff member without a role finds neither its screens nor its records', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await syncFromSyncPage(page)
    const { rows } = await smeList(core, { pageSize: 5 })
    const company = rows[0]!
    const managerHits = await lookup(core, company.id)
    expect(managerHits.map((hit) => hit.id)).toContain(company.id)
    await signOut(page)

    await signIn(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await openWithKeyboard(page)
    const screens = await entries(page)
    expect(screens).toContain('screen:/attractive-jobs')
    for (const hidden of ['screen:/sme', 'screen:/reemployment', 'screen:/sme/sheets', 'screen:/sme/committee']) expect(screens).not.toContain(hidden)
    for (const typed of [company.id, company.company_name.slice(0, 2)]) {
      await search(page).fill(typed)
      await expect(palette(page).getByRole('status')).not.toContainText('찾는 중')
      expect((await entries(page)).filter((entry) => !entry.startsWith('attractive-jobs:') && !entry.startsWith('screen:')), typed).toEqual([])
      await expect(palette(page).getByRole('group', { name: '서울형 강소기업', exact: true })).toHaveCount(0)
    }
  })
})

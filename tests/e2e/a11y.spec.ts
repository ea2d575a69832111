import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { SessionList } from '../../src/shared/domains/reemployment/views'
import { dispatch, nav, openSession, openWorkspace, signIn, signOut, syncFromSyncPage } from './helpers'

/**
 * KWCAG 2.2 follows WCAG 2.1 AA: axe's rules of those levels over every screen, none serious or
 * critical. Each screen is checked as it first opens and with its first record open where it has one.
 */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} [${node.failureSummary?.split('\n').slice(1, 2).join(' ') ?? ''}]`).join(' | ')}`)
  expect(serious, `${screen}: ${serious.join('\n')}`).toEqual([])
  // The check ran over a real page: the rules that passed are many.
  expect(results.passes.length, screen).toBeGreaterThan(10)
}

/**
 * The element the keyboard focus reached looks different from itself unfocused (WCAG 2.4.7): an outline,
 * a ring or a border colour of its own.
 */
async function expectFocusVisible(page: Page, screen: string): Promise<void> {
  // Without transitions the unfocused look is read at once, not mid-fade.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' })
  const focused = page.locator(':focus')
  await expect(focused, `${screen}: the keyboard reached a control`).toHaveCount(1)
  const shown = await focused.evaluate((element) => {
    const win = element.ownerDocument.defaultView
    if (!win) throw new Error('no window')
    const look = () => {
      const style = win.getComputedStyle(element)
      return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.borderColor].join(' ')
    }
    const whenFocused = look()
    element.blur()
    const unfocused = look()
    element.focus()
    return { tag: element.tagName, visible: whenFocused !== unfocused }
  })
  expect(shown, `${screen}: focused ${shown.tag} shows its focus`).toMatchObject({ visible: true })
}

test.describe('accessibility (WCAG 2.1 AA, axe)', () => {
  test('the sign-in screen', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expectNoSeriousViolations(page, '로그인')
    await page.keyboard.press('Tab')
    await expectFocusVisible(page, '로그인')
  })

  test('every screen of the manager, and a record of each work area', async ({ page, core }) => {
    test.setTimeout(180_000)
    await openWorkspace(page)
    for (const label of ['홈', '매력일자리', '강소기업', '재취업', '보고서', '확인 필요', '동기화', '감사 기록', '설정']) {
      await nav(page, label).click()
      await expect(page.getByRole('main')).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expectNoSeriousViolations(page, label)
      await page.keyboard.press('Tab')
      await expectFocusVisible(page, label)
    }
    await nav(page, '매력일자리').click()
    await page.locator('tr[data-row-id]').first().click()
    await expect(page.getByTestId('aj-detail')).toBeVisible()
    await expectNoSeriousViolations(page, '매력일자리 상세')

    await nav(page, '강소기업').click()
    await page.locator('tr[data-row-id]').first().click()
    await expectNoSeriousViolations(page, '강소기업 상세')

    const sessions = await dispatch<SessionList>(core, 'reemployment:sessions', { month: '2026-12', kind: 'education' })
    expect(sessions.sessions[0], 'a December education session').toBeDefined()
    await openSession(page, sessions.sessions[0]!.id, '2026년 12월')
    await expectNoSeriousViolations(page, '재취업 회차 명단')

    // The command palette open over the list with screens and records in it (a combobox and its listbox).
    await nav(page, '매력일자리').click()
    await page.keyboard.press('Control+k')
    const search = page.getByRole('combobox', { name: '화면이나 자료 찾기' })
    await expect(search).toBeFocused()
    await page.keyboard.type('일자리')
    await expect(page.getByRole('listbox', { name: '찾은 화면과 자료' }).getByRole('option').nth(1)).toBeVisible()
    await expect(page.getByText('자료를 찾는 중…')).toBeHidden()
    await expectNoSeriousViolations(page, '명령 팔레트')
    await page.keyboard.press('Escape')
  })

  test("an evaluator's 평가표 and a coordinator's roster", async ({ page }) => {
    test.setTimeout(120_000)
    await signIn(page, 'evaluator', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '강소기업').click()
    await expect(page.getByRole('main')).toBeVisible()
    await expectNoSeriousViolations(page, '강소기업 평가표')
    await signOut(page)
    await signIn(page, 'coordinator', 'demo')
    await syncFromSyncPage(page)
    await nav(page, '재취업').click()
    await expectNoSeriousViolations(page, '재취업 (coordinator)')
  })
})

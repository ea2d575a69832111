import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

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
  await expect(page.getByText('동기화 완료', { exact: true }).first()).toBeVisible()
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

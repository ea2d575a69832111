import type { Page } from '@playwright/test'
import type { AppEventName } from '../../src/shared/ipc/events'
import { APP_EVENT_EMIT } from './harness/binding'
import { expect, test } from './fixtures'
import { nav, signIn } from './helpers'

/** Delivers a menu event as the preload would; answers how many listeners got it. */
function emit(page: Page, name: AppEventName, payload: unknown): Promise<number> {
  return page.evaluate(([key, n, p]) => (globalThis as unknown as Record<string, (name: string, payload: unknown) => number>)[key]!(n, p), [APP_EVENT_EMIT, name, payload] as const)
}

test.describe('the application menu', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/')
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toBeVisible()
  })

  test('설정 and 보고서 내보내기 open their screens; a payload that does not fit is ignored', async ({ page }) => {
    expect(await emit(page, 'menu:navigate', { to: '/settings' })).toBeGreaterThan(0)
    await expect(page).toHaveURL(/#\/settings$/)
    await emit(page, 'menu:navigate', { to: '/reports' })
    await expect(page).toHaveURL(/#\/reports$/)
    await emit(page, 'menu:navigate', { to: 'https://evil.example/' })
    await emit(page, 'menu:navigate', { to: '/settings', extra: true })
    await expect(page).toHaveURL(/#\/reports$/)
  })

  test('정보 shows the app, its versions and the data folder; 단축키 opens the help', async ({ page }) => {
    await emit(page, 'menu:command', { command: 'about' })
    const about = page.getByTestId('about')
    await expect(about).toContainText('서울시 일자리포털 업무도구')
    await expect(about).toContainText('버전')
    await expect(about).toContainText('Node.js')
    await expect(about).toContainText('데이터 폴더')
    await page.getByRole('button', { name: '닫기', exact: true }).click()
    await expect(about).toBeHidden()

    // The keys of the screen in view: the home screen has none of its own, only those of every screen.
    await emit(page, 'menu:command', { command: 'shortcuts' })
    const help = page.getByTestId('shortcut-help')
    await expect(help).toBeVisible()
    await expect(page.getByText('이 화면에는 따로 단축키가 없습니다.', { exact: false })).toBeVisible()
    await expect(help.getByRole('row')).toHaveText([/명령 팔레트/, /화면 잠금/, /이 도움말 열기/])
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()
    await nav(page, '매력일자리').click()
    await expect(page).toHaveURL(/#\/attractive-jobs$/)
    await emit(page, 'menu:command', { command: 'shortcuts' })
    await expect(help.getByRole('row').filter({ hasText: '보완요청' })).toHaveCount(1)
    await expect(help.getByRole('row').filter({ hasText: '화면 잠금' })).toHaveCount(1)
    await expect(page.getByText('이 화면에는 따로 단축키가 없습니다.', { exact: false })).toHaveCount(0)
  })

  test('잠금 locks the screens', async ({ page }) => {
    await emit(page, 'menu:command', { command: 'lock' })
    await expect(page.getByTestId('staff-info')).toBeHidden()
    await expect(page.getByRole('textbox', { name: '비밀번호' })).toBeVisible()
  })
})

import type { Page } from '@playwright/test'
import type { Session } from '../../src/shared/ipc/views'
import type { PendingWrite } from '../../src/shared/ipc/outboxViews'
import { expect, test } from './fixtures'
import { continueOffline, dispatch, list, nav, openWorkspace, signIn, signOut, syncFromSyncPage } from './helpers'

/** Waits for the first sync, which starts by itself after the first sign-in on a fresh data folder. */
async function firstSyncDone(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화', { timeout: 60_000 })
}

async function unlockWith(page: Page, password: string): Promise<void> {
  const lock = page.getByTestId('lock-screen')
  await lock.getByRole('textbox', { name: '비밀번호' }).fill(password)
  await lock.getByRole('button', { name: '잠금 해제' }).click()
}

test.describe('roles', () => {
  test('a coordinator signing in after a manager synced sees only 재취업; 매력일자리 says 권한이 없습니다 without asking main', async ({ page, coreCalls }) => {
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    await syncFromSyncPage(page)
    await nav(page, '매력일자리').click()
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
    await signOut(page)

    await signIn(page, 'coordinator', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('정하은')
    const menu = page.getByRole('navigation', { name: '주 메뉴' })
    await expect(nav(page, '재취업')).toBeVisible()
    await expect(nav(page, '매력일자리')).toHaveCount(0)
    await expect(nav(page, '강소기업')).toHaveCount(0)
    await expect(menu.getByRole('link')).toHaveText(['홈', '재취업', '보고서', '확인 필요', '동기화', '설정'])
    // Home: only the coordinator's own counts and tile.
    await expect(page.getByTestId('home-count-reemployment-sessions')).toBeVisible()
    await expect(page.getByTestId('home-count-attractive-jobs')).toHaveCount(0)
    await expect(page.getByTestId('home-count-sme-applications')).toHaveCount(0)
    await expect(page.getByTestId('aj-dashboard')).toHaveCount(0)

    const callsBefore = coreCalls.length
    await page.evaluate(`window.location.hash = '#/attractive-jobs'`)
    const refusal = page.getByTestId('no-access')
    await expect(refusal).toContainText('권한이 없습니다')
    await expect(refusal).toContainText('매력일자리 검토 권한')
    await expect(page.locator('tr[data-row-id]')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('coordinator-no-access.png') })
    await page.evaluate(`window.location.hash = '#/sme/committee'`)
    await expect(refusal).toContainText('관리자 권한')
    expect(coreCalls.slice(callsBefore).filter((channel) => channel.startsWith('attractiveJobs:') || channel.startsWith('sme:'))).toEqual([])

    await nav(page, '재취업').click()
    await expect(refusal).toHaveCount(0)
  })
})

test.describe('오프라인으로 계속', () => {
  test('needs the password of the last online sign-in: a wrong one is refused with the tries left, the right one opens the cache', async ({ page, portal, core }) => {
    await signIn(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await syncFromSyncPage(page)
    await signOut(page)
    await portal.stop()

    await continueOffline(page, 'reviewer', 'not-the-password')
    const error = page.getByTestId('offline-error')
    await expect(error).toHaveAttribute('data-code', 'offline_unlock_failed')
    await expect(error).toContainText('비밀번호가 맞지 않습니다')
    await expect(error).toContainText('4번 더 틀리면')
    await expect(page.getByTestId('staff-info')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('offline-wrong-password.png') })
    // The password field is emptied for the next try; the account stays.
    await expect(page.getByTestId('offline-form').getByRole('textbox', { name: '비밀번호' })).toHaveValue('')

    await continueOffline(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await expect(page.getByText('오프라인 작업')).toBeVisible()
    const session = await dispatch<Session>(core, 'auth:session', {})
    expect(session).toMatchObject({ online: false, locked: false, staff: { name: '이서연' } })
    await nav(page, '매력일자리').click()
    await expect(page.locator('tr[data-row-id]').first()).toBeVisible()
  })

  test('five wrong passwords lock offline unlocking: the right one is refused too, and an account never signed in here is told so', async ({ page, portal }) => {
    await signIn(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await signOut(page)
    await portal.stop()

    await continueOffline(page, 'coordinator', 'demo')
    await expect(page.getByTestId('offline-error')).toHaveAttribute('data-code', 'not_signed_in')

    const error = page.getByTestId('offline-error')
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await continueOffline(page, 'reviewer', `wrong-${attempt}`)
      await expect(error).toHaveAttribute('data-code', 'offline_unlock_failed')
      await expect(error).toContainText(`${5 - attempt}번 더 틀리면`)
    }
    await continueOffline(page, 'reviewer', 'wrong-5')
    await expect(error).toHaveAttribute('data-code', 'locked_out')
    await continueOffline(page, 'reviewer', 'demo')
    await expect(error).toHaveAttribute('data-code', 'locked_out')
    await expect(error).toContainText('포털에 로그인하면')
    await expect(page.getByTestId('staff-info')).toHaveCount(0)
  })
})

test.describe('lock', () => {
  test('after the idle minutes the app locks by itself and hides every record; the password opens it again', async ({ page, core, clock }) => {
    await openWorkspace(page)
    const firstId = await page.locator('tr[data-row-id]').first().getAttribute('data-row-id')
    if (!firstId) throw new Error('no row shown')
    const { idleLockMinutes } = await dispatch<Session>(core, 'auth:session', {})
    expect(idleLockMinutes).toBe(15)

    // Nobody touches the PC for longer than the setting: the screen follows main's lock by itself.
    clock.advance((idleLockMinutes + 1) * 60_000)
    const lock = page.getByTestId('lock-screen')
    await expect(lock).toBeVisible({ timeout: 30_000 })
    await expect(lock.getByTestId('lock-staff')).toContainText('김민준')
    await expect(page.locator('tr[data-row-id]')).toHaveCount(0)
    await expect(page.getByRole('navigation', { name: '주 메뉴' })).toHaveCount(0)
    await expect(page.getByTestId('aj-total')).toHaveCount(0)
    expect(await page.locator('body').innerText()).not.toContain(firstId)
    await page.screenshot({ path: test.info().outputPath('idle-locked.png') })
    // Main refuses data while locked, whoever asks.
    const refused = await core.dispatch('attractiveJobs:list', { pageSize: 1 })
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } })

    await unlockWith(page, 'not-the-password')
    await expect(lock.getByTestId('unlock-error')).toHaveAttribute('data-code', 'unlock_failed')
    await expect(page.locator('tr[data-row-id]')).toHaveCount(0)

    await unlockWith(page, 'demo')
    await expect(lock).toHaveCount(0)
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    await expect(page.locator(`tr[data-row-id="${firstId}"]`)).toBeVisible()
  })

  test('잠금 and Ctrl+L lock at once; 다른 계정으로 로그인 signs out', async ({ page }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)
    await page.getByRole('banner').getByRole('button', { name: '잠금' }).click()
    const lock = page.getByTestId('lock-screen')
    await expect(lock).toBeVisible()
    await unlockWith(page, 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')

    // From inside a text field too: leaving the desk should not need a click first.
    await nav(page, '매력일자리').click()
    await page.getByRole('textbox').first().click()
    await page.keyboard.press('Control+KeyL')
    await expect(lock).toBeVisible()
    await lock.getByRole('button', { name: '다른 계정으로 로그인' }).click()
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
    await expect(page.getByTestId('lock-screen')).toHaveCount(0)
  })

  test('five wrong passwords on the lock screen sign the staff member out', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)
    await page.keyboard.press('Control+KeyL')
    const lock = page.getByTestId('lock-screen')
    await expect(lock).toBeVisible()
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await unlockWith(page, `wrong-${attempt}`)
      await expect(lock.getByTestId('unlock-error')).toContainText(`${5 - attempt}번 더 틀리면`)
    }
    await unlockWith(page, 'wrong-5')
    // Main has signed the staff member out; the lock screen says why before the sign-in screen.
    await expect(lock.getByTestId('unlock-error')).toHaveAttribute('data-code', 'locked_out')
    await expect(lock.getByRole('textbox', { name: '비밀번호' })).toHaveCount(0)
    await lock.getByRole('button', { name: '로그인 화면으로' }).click()
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
    const session = await dispatch<Session>(core, 'auth:session', {})
    expect(session.staff).toBeNull()
  })
})

test.describe('writes wait for their author', () => {
  test('a write queued by another staff member is shown as 작성자(이름) 로그인 시 전송 and is not sent', async ({ page, core, portal }) => {
    await signIn(page, 'reviewer', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('이서연')
    await syncFromSyncPage(page)
    const { rows } = await list(core, { pageSize: 1 })
    const record = rows[0]
    if (!record) throw new Error('no 매력일자리 in the cache')
    await portal.stop()
    await dispatch(core, 'attractiveJobs:comment', { id: record.id, body: '현장 확인 후 다시 검토합니다.' })
    await signOut(page)
    await portal.start()

    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    await syncFromSyncPage(page)
    const row = page.locator(`[data-testid="pending-row"][data-record-id="${record.id}"]`)
    await expect(row).toHaveAttribute('data-waiting-for-author', 'true')
    await expect(row.getByTestId('pending-waiting-for-author')).toHaveText('작성자(이서연) 로그인 시 전송')
    await expect(row.getByRole('link')).toHaveCount(0)
    await expect(row.getByRole('button')).toHaveCount(0)
    const pending = await dispatch<PendingWrite[]>(core, 'outbox:pending', {})
    expect(pending.find((w) => w.recordId === record.id)).toMatchObject({ waitingForAuthor: true, attempts: 0 })
    const onPortal = portal.sim.control.record('attractive-jobs', record.id) as { comments: { body: string }[] }
    expect(onPortal.comments.map((c) => c.body)).not.toContain('현장 확인 후 다시 검토합니다.')
  })
})

test.describe('demo mode (an installed app with no portal)', () => {
  test.use({ demoPortal: true })

  test('is a visible choice, never a sign-in by itself: the demo accounts are listed and the user picks one', async ({ page, core }) => {
    await page.goto('/')
    const start = page.getByRole('button', { name: '데모 모드로 둘러보기' })
    await expect(start).toBeVisible()
    expect((await dispatch<Session>(core, 'auth:session', {})).staff).toBeNull()
    await start.click()

    const accounts = page.getByTestId('demo-accounts')
    await expect(accounts).toContainText('비밀번호는 모두 demo')
    for (const name of ['김민준', '이서연', '박지훈', '최수빈', '정하은']) await expect(accounts).toContainText(name)
    await page.screenshot({ path: test.info().outputPath('demo-accounts.png') })
    // Still nobody signed in: the list only offers.
    expect((await dispatch<Session>(core, 'auth:session', {})).staff).toBeNull()
    await expect(page.getByTestId('staff-info')).toHaveCount(0)

    await accounts.getByRole('button', { name: '정하은 계정으로 로그인' }).click()
    await expect(page.getByTestId('staff-info')).toContainText('정하은')
    await expect(nav(page, '재취업')).toBeVisible()
    await expect(nav(page, '매력일자리')).toHaveCount(0)
  })
})

test.describe('설정', () => {
  test('자동 잠금 and 보유기간 are checked as typed and saved; the retention status shows; a manager can 지금 파기', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await firstSyncDone(page)
    await nav(page, '설정').click()
    const retention = page.getByTestId('retention-status')
    await expect(retention.getByTestId('retention-source')).toHaveText('기본값')
    await expect(retention.getByTestId('retention-days')).toHaveText('365일')

    const form = page.getByTestId('security-settings')
    const idle = form.getByRole('textbox', { name: '자동 잠금 (분)' })
    const days = form.getByRole('textbox', { name: '재취업 명단 보유기간 (일)' })
    await expect(idle).toHaveValue('15')
    await idle.fill('0')
    await days.fill('10')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(form).toContainText('자동 잠금 시간은 1분에서 240분 사이의 정수로 입력하세요.')
    await expect(form).toContainText('보유기간은 30일에서 3650일 사이의 정수로 입력하세요.')
    expect((await dispatch<Session>(core, 'auth:session', {})).idleLockMinutes).toBe(15)

    await idle.fill('5')
    await days.fill('400')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(page.locator('[data-testid="notice"]').filter({ hasText: '자동 잠금 5분, 보유기간 400일' })).toBeVisible()
    expect((await dispatch<Session>(core, 'auth:session', {})).idleLockMinutes).toBe(5)
    await expect(retention.getByTestId('retention-source')).toHaveText('설정됨')
    await expect(retention.getByTestId('retention-days')).toHaveText('400일')

    await retention.getByRole('button', { name: '지금 파기' }).click()
    await page.getByRole('dialog', { name: '지금 파기할까요?' }).getByRole('button', { name: '파기', exact: true }).click()
    await expect(retention.getByTestId('retention-last-purge')).toContainText('건')
    await expect(retention.getByTestId('retention-last-purge')).not.toContainText('아직 없음')
  })

  test('지금 파기 is a manager’s: a coordinator sees the status without the button', async ({ page }) => {
    await signIn(page, 'coordinator', 'demo')
    await firstSyncDone(page)
    await nav(page, '설정').click()
    await expect(page.getByTestId('retention-status').getByTestId('retention-source')).toBeVisible()
    await expect(page.getByRole('button', { name: '지금 파기' })).toHaveCount(0)
  })
})

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Settings, SyncStatus } from '../../src/shared/ipc/views'
import { readDataLocation, writeDataLocation } from '../../src/main/core/dataDir'
import { removeTestDir } from '../helpers/tempDir'
import { expect, test } from './fixtures'
import { dispatch, nav, signIn } from './helpers'

async function openSettings(page: Page): Promise<void> {
  await signIn(page, 'manager', 'demo')
  await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화', { timeout: 60_000 })
  await nav(page, '설정').click()
}

test.describe('설정', () => {
  test('프록시: a bad server shows the Korean message under the field and nothing is saved; a good one is saved, survives a reload and is in 감사 기록', async ({ page, core }) => {
    await openSettings(page)
    const form = page.getByTestId('network-settings')
    await form.getByRole('radio', { name: '직접 지정' }).check()
    const server = form.getByRole('textbox', { name: '프록시 서버' })
    await server.fill('http://kim:pw@proxy.seoul.go.kr:8080')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(form).toContainText('프록시 서버 주소에 아이디나 비밀번호를 넣을 수 없습니다.')
    await server.fill('proxy.seoul.go.kr')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(form).toContainText('프록시 서버 주소는 호스트:포트 형식으로 입력하세요')
    expect((await dispatch<Settings>(core, 'settings:get', {})).proxy).toEqual({ mode: 'system' })

    await server.fill('proxy.seoul.go.kr:8080')
    await form.getByRole('textbox', { name: '프록시를 거치지 않을 주소' }).fill('*.seoul.go.kr;localhost')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(page.locator('[data-testid="notice"]').filter({ hasText: 'proxy.seoul.go.kr:8080' })).toBeVisible()
    expect((await dispatch<Settings>(core, 'settings:get', {})).proxy).toEqual({ mode: 'manual', server: 'proxy.seoul.go.kr:8080', bypass: '*.seoul.go.kr;localhost' })

    await page.reload()
    await nav(page, '설정').click()
    await expect(page.getByTestId('network-settings').getByRole('textbox', { name: '프록시 서버' })).toHaveValue('proxy.seoul.go.kr:8080')

    await nav(page, '감사 기록').click()
    const change = page.getByTestId('audit-log').locator('tr[data-testid="audit-row"][data-kind="settings_change"]').first()
    await expect(change).toContainText('설정 변경')
    await expect(change).toContainText('proxy.seoul.go.kr:8080')
  })

  test('동기화 간격: out of range is refused in Korean; a new interval is saved, restarts the running automatic sync and is in the status', async ({ page, core }) => {
    core.context.sync.startAutoSync(5 * 60_000)
    await openSettings(page)
    const form = page.getByTestId('security-settings')
    const interval = form.getByRole('textbox', { name: '동기화 간격 (분)' })
    await expect(interval).toHaveValue('5')
    await interval.fill('0')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(form).toContainText('동기화 간격은 1분에서 240분 사이의 정수로 입력하세요.')
    expect((await dispatch<Settings>(core, 'settings:get', {})).syncIntervalMinutes).toBe(5)

    await interval.fill('12')
    await form.getByRole('button', { name: '저장' }).click()
    await expect(page.locator('[data-testid="notice"]').filter({ hasText: '동기화 간격 12분' })).toBeVisible()
    expect((await dispatch<SyncStatus>(core, 'sync:status', {})).autoSyncMinutes).toBe(12)
    expect(core.context.sync.autoSyncIntervalMs()).toBe(12 * 60_000)
    await page.reload()
    await nav(page, '설정').click()
    await expect(page.getByTestId('security-settings').getByRole('textbox', { name: '동기화 간격 (분)' })).toHaveValue('12')
    core.context.sync.stopAutoSync()
  })

  test('데이터 폴더: 변경… asks main for a folder, then shows it as moved at the next start; 옮기기 취소 withdraws it', async ({ page, core, dialogs }) => {
    const target = mkdtempSync(join(tmpdir(), 'seoul-jobs-e2e-target-'))
    try {
      await openSettings(page)
      const card = page.getByTestId('data-folder')
      await expect(card.getByTestId('data-folder-current')).toHaveText(core.context.dataDir)
      dialogs.answerFolder(target)
      await card.getByRole('button', { name: '변경…' }).click()
      await expect(card).toHaveAttribute('data-pending', 'yes')
      await expect(card.getByTestId('data-folder-pending')).toHaveText(target)
      await expect(card).toContainText('다음 시작 때 옮깁니다')
      expect(dialogs.opened.at(-1)).toEqual({ kind: 'folder' })
      expect(readDataLocation(core.context.dataDir).pending?.dir).toBe(target)

      await page.reload()
      await nav(page, '설정').click()
      await expect(page.getByTestId('data-folder').getByTestId('data-folder-pending')).toHaveText(target)
      await page.getByTestId('data-folder').getByRole('button', { name: '옮기기 취소' }).click()
      await expect(page.getByTestId('data-folder')).toHaveAttribute('data-pending', 'no')
      expect(readDataLocation(core.context.dataDir).pending).toBeNull()
    } finally {
      removeTestDir(target)
    }
  })

  test('데이터 폴더: a move that failed at this start is told in Korean on the first screen and on 설정', async ({ page, core }) => {
    const problem = '데이터 폴더를 E:\\자료(으)로 옮기지 못해 원래 폴더를 그대로 씁니다 (ENOSPC). 폴더에 쓸 수 있는지, 디스크 공간이 있는지 확인하고 설정에서 다시 고르세요.'
    writeDataLocation(core.context.dataDir, {
      dir: null,
      pending: null,
      lastMove: { at: new Date().toISOString(), from: core.context.dataDir, to: 'E:\\자료', ok: false, problem, requestedBy: null, audited: true }
    })
    await signIn(page, 'manager', 'demo')
    const alert = page.getByTestId('data-folder-problem-alert')
    await expect(alert).toContainText(problem)
    await nav(page, '설정').click()
    await expect(page.getByTestId('data-folder-problem')).toContainText('원래 폴더를 그대로 씁니다')
    await alert.getByRole('button', { name: '닫기' }).click()
    await expect(alert).toHaveCount(0)
  })
})

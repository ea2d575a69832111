import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { CacheStatus } from '../../src/shared/ipc/views'
import { removeTestDir } from '../helpers/tempDir'
import { expect, test } from './fixtures'
import { dispatch, nav, signIn } from './helpers'

test.describe('설정 → 진단 정보', () => {
  test('shows the counts per collection and the outbox, and 진단 정보 저장 writes a zip where the dialog says', async ({ page, core, dialogs }) => {
    const out = mkdtempSync(join(tmpdir(), 'seoul-jobs-e2e-diag-'))
    try {
      await signIn(page, 'manager', 'demo')
      await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화', { timeout: 60_000 })
      await nav(page, '설정').click()
      const card = page.getByTestId('diagnostics')
      const status = await dispatch<CacheStatus>(core, 'cache:status', {})
      const [collection, { count }] = Object.entries(status.collections).find(([, c]) => c.count > 0)!
      await expect(card.locator(`tr[data-collection="${collection}"]`).getByTestId('diagnostics-count')).toHaveText(count.toLocaleString('ko-KR'))
      await expect(card.getByTestId('diagnostics-outbox')).toContainText('대기 0건')
      await expect(card).toContainText('0.0.0-e2e')

      const target = join(out, 'diag.zip')
      dialogs.answerSave(target)
      await card.getByRole('button', { name: '진단 정보 저장' }).click()
      await expect(page.locator('[data-testid="notice"]').filter({ hasText: 'diag.zip' })).toBeVisible()
      expect(dialogs.opened.at(-1)?.kind).toBe('save')
      const zip = await JSZip.loadAsync(readFileSync(target))
      expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['diagnostics.json', 'settings.json']))
      const facts = JSON.parse(await zip.file('diagnostics.json')!.async('string')) as { collections: { collection: string; count: number }[] }
      expect(facts.collections.find((c) => c.collection === collection)?.count).toBe(count)

      // A closed dialog writes nothing and says nothing went wrong.
      await card.getByRole('button', { name: '진단 정보 저장' }).click()
      await expect(card.getByRole('alert')).toHaveCount(0)
    } finally {
      removeTestDir(out)
    }
  })
})

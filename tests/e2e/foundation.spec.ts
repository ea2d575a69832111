import { createServer, type AddressInfo } from 'node:net'
import type { AttractiveJobDetail } from '../../src/shared/domains/attractive-jobs/views'
import { expect, test } from './fixtures'
import { listTotal, nav, parseCount, signIn, syncFromSyncPage, waitForTotalChange } from './helpers'

test.describe('foundation', () => {
  test('a wrong password says the username or password is wrong, never that a login expired', async ({ page }) => {
    await signIn(page, 'manager', 'not-the-password')
    const alert = page.getByRole('alert').filter({ hasText: '로그인하지 못했습니다' })
    await expect(alert.getByText('아이디 또는 비밀번호가 맞지 않습니다', { exact: false })).toBeVisible()
    await expect(alert.getByText(/만료/)).toBeHidden()
    // The portal's own answer is kept, folded under 자세히.
    const detail = alert.getByTestId('error-detail-text')
    await expect(detail).toBeHidden()
    await alert.getByRole('button', { name: /자세히/ }).click()
    await expect(detail).toContainText('HTTP 401 unauthorized')
    await expect(page.getByRole('button', { name: '로그인', exact: true })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('sign-in-error.png'), fullPage: true })
  })

  test('a portal address that is not one is said on its field, with an example', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('textbox', { name: '아이디' }).fill('manager')
    await page.getByRole('textbox', { name: '비밀번호' }).fill('demo')
    await page.getByRole('button', { name: /고급/ }).click()
    const portal = page.getByRole('textbox', { name: '포털 주소' })
    await portal.fill('job.seoul.go.kr')
    await page.getByRole('button', { name: '로그인', exact: true }).click()
    await expect(portal).toHaveAccessibleDescription(/포털 주소 형식이 올바르지 않습니다 \(예: https:\/\/job\.seoul\.go\.kr\)/)
    await expect(page.getByText('잘못된 URL')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('sign-in-bad-url.png') })
  })

  test('an unreachable portal is told in plain words, the socket error under 자세히', async ({ page }) => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer()
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo
        server.close(() => resolve(port))
      })
    })
    await page.goto('/')
    await page.getByRole('textbox', { name: '아이디' }).fill('manager')
    await page.getByRole('textbox', { name: '비밀번호' }).fill('demo')
    await page.getByRole('button', { name: /고급/ }).click()
    await page.getByRole('textbox', { name: '포털 주소' }).fill(`http://127.0.0.1:${closedPort}`)
    await page.getByRole('button', { name: '로그인', exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: '로그인하지 못했습니다' })
    await expect(alert.getByText('포털에 연결할 수 없습니다. 포털이 응답하지 않거나 연결이 중간에 끊겼습니다')).toBeVisible()
    await expect(alert.getByText(/ECONNREFUSED/)).toBeHidden()
    await alert.getByRole('button', { name: /자세히/ }).click()
    await expect(alert.getByTestId('error-detail-text')).toContainText(`ECONNREFUSED`)
    await expect(alert.getByTestId('error-detail-text')).toContainText(`127.0.0.1:${closedPort}`)
  })

  test('sign in, sync, browse, filter, search and open 매력일자리', async ({ page, core }) => {
    await signIn(page, 'manager', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('김민준')
    await expect(page.getByTestId('staff-info')).toContainText('일자리정책과')

    // The first sync starts by itself on this fresh PC; a second one from the 동기화 screen follows.
    await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화', { timeout: 60_000 })
    await syncFromSyncPage(page)
    const cached = parseCount(await page.getByTestId('cache-count-attractive-jobs').textContent())
    expect(cached).toBeGreaterThan(0)
    await expect(page.getByTestId('sync-indicator')).toContainText('마지막 동기화')
    await page.screenshot({ path: test.info().outputPath('sync-page.png'), fullPage: true })

    // Home: the 매력일자리 tile counts the same records by status, 기관구분 and rule checks.
    await nav(page, '홈').click()
    const tile = page.getByTestId('aj-dashboard')
    await expect(tile.getByTestId('aj-dashboard-total')).toHaveText(`총 ${cached.toLocaleString('ko-KR')}건`)
    const byStatus = (await tile.getByTestId('aj-dashboard-status').locator('[data-status]').allTextContents()).map(parseCount)
    expect(byStatus.reduce((a, b) => a + b, 0)).toBe(cached)
    await expect(tile.getByTestId('aj-dashboard-org')).toContainText('자치구')
    await expect(tile.getByTestId('aj-dashboard-with-failures')).toContainText(/위반 있음 [\d,]+건/)
    await expect(tile.getByTestId('aj-dashboard-rules')).toContainText('시급 ≥ 생활임금')
    await page.screenshot({ path: test.info().outputPath('home.png'), fullPage: true })

    // The list shows rows and the total count of the cache.
    await nav(page, '매력일자리').click()
    const rows = page.locator('tr[data-row-id]')
    await expect(rows.first()).toBeVisible()
    const total = await listTotal(page)
    expect(total).toBe(cached)
    await expect(page.getByTestId('aj-total')).toHaveText(`총 ${total.toLocaleString('ko-KR')}건`)
    await page.screenshot({ path: test.info().outputPath('attractive-jobs-list.png') })

    // Status filter: 검토중 narrows the count to the number on its segment.
    const filter = page.getByTestId('aj-status-filter')
    const inReviewLabel = filter.locator('label').filter({ hasText: /^검토중/ })
    const inReviewCount = parseCount(await inReviewLabel.textContent())
    expect(inReviewCount).toBeGreaterThan(0)
    expect(inReviewCount).toBeLessThan(total)
    await inReviewLabel.click()
    expect(await waitForTotalChange(page, total)).toBe(inReviewCount)
    const statusCells = page.locator('tr[data-row-id] td:first-child')
    await expect(statusCells.first()).toHaveText('검토중')
    for (const text of await statusCells.allTextContents()) expect(text).toBe('검토중')
    await filter.locator('label').filter({ hasText: /^전체/ }).click()
    await expect(page.getByTestId('aj-total')).toHaveAttribute('data-total', String(total))

    // Korean search: a 3+ character term (FTS path) and a 2-character term (short-term path).
    const search = page.getByRole('textbox', { name: '검색' })
    let previous = total
    for (const term of ['디지털', '돌봄']) {
      await search.fill(term)
      const narrowed = await waitForTotalChange(page, previous)
      expect(narrowed, `search ${term}`).toBeGreaterThan(0)
      expect(narrowed, `search ${term}`).toBeLessThan(total)
      await expect(rows.first()).toBeVisible()
      // Search covers title, organisation, department and duties (src/main/db/repositories/attractiveJobs.ts);
      // the list shows only the first two, so every visible row is checked against its full record.
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-id') ?? ''))
      const titles = await rows.locator('[data-testid="aj-title"]').allTextContents()
      expect(ids.length).toBeGreaterThan(0)
      expect(titles.some((t) => t.includes(term)), `some title contains ${term}`).toBe(true)
      for (const id of ids) {
        const result = await core.dispatch('attractiveJobs:get', { id })
        if (!result.ok) throw new Error(`attractiveJobs:get ${id}: ${result.error.message}`)
        const { record } = result.value as AttractiveJobDetail
        const haystack = [record.title, record.org.name, record.org.department, record.duties].join(' ')
        expect(haystack, `${id} for ${term}`).toContain(term)
      }
      previous = narrowed
    }
    await page.screenshot({ path: test.info().outputPath('attractive-jobs-search.png') })

    // Row click opens the detail drawer with the grouped fields.
    const firstTitle = (await rows.first().locator('[data-testid="aj-title"]').textContent()) ?? ''
    await rows.first().click()
    const detail = page.getByTestId('aj-detail')
    await expect(detail).toBeVisible()
    await expect(detail.getByRole('heading', { level: 3 })).toHaveText(firstTitle)
    for (const section of ['기관', '유형', '모집', '근무', '처우', '교육', '예산', '일정']) {
      await expect(detail.getByRole('region', { name: section, exact: true })).toBeVisible()
    }
    await expect(detail.getByRole('region', { name: '처우' })).toContainText(/\d{1,3}(,\d{3})*원/)
    await page.screenshot({ path: test.info().outputPath('attractive-job-detail.png') })
  })
})

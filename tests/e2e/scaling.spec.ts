import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { signIn, syncFromSyncPage } from './helpers'

/**
 * Windows' display scaling on the city's usual 1366×768 panel: 100 %, 125 % and 150 % leave the page
 * 1366×768, 1093×614 and 911×512 CSS pixels. Every list screen must still show its table inside the
 * window (no sideways scrolling of the page) with its column headers readable, in the bundled font.
 */
const SCALES = [
  { width: 1366, height: 768, deviceScaleFactor: 1, name: '100%' },
  { width: 1093, height: 614, deviceScaleFactor: 1.25, name: '125%' },
  { width: 911, height: 512, deviceScaleFactor: 1.5, name: '150%' }
] as const

/** The manager's list screens (each shows a table of records or entries once synced). */
const LIST_SCREENS = [
  { hash: '#/attractive-jobs', name: '매력일자리' },
  { hash: '#/sme', name: '강소기업' },
  { hash: '#/sme/committee', name: '강소기업 위원회' },
  { hash: '#/reemployment', name: '재취업' },
  { hash: '#/sync', name: '동기화' },
  { hash: '#/audit', name: '감사 기록' }
] as const

/** A header shown cut to less than this share of its text, or with a word broken over lines (대/상/자/료), is no longer readable. */
const READABLE_SHARE = 0.75

interface Measured {
  pageOverflow: number
  /** What sticks out past the window's right edge (outermost first), to name in a failure. */
  sticksOut: string[]
  bannerOverflow: number
  tables: number
  /** Per header text: the share of it shown (1 = whole), and how many more lines it takes than it has words (> 0: a word broken). */
  headers: { text: string; shown: number; brokenWords: number }[]
}

function measure(page: Page): Promise<Measured> {
  return page.locator('body').evaluate((body) => {
    const doc = body.ownerDocument
    const win = doc.defaultView
    if (!win) throw new Error('no window')
    const scroller = doc.scrollingElement ?? doc.documentElement
    const banner = doc.querySelector('header')
    const tables = [...doc.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().width > 0)
    const headers: { text: string; shown: number; brokenWords: number }[] = []
    for (const th of tables.flatMap((t) => [...t.querySelectorAll('thead th')])) {
      const text = th.textContent?.trim() ?? ''
      if (!text) continue
      // The widest inner box that hides overflow decides what is seen of the text (an ellipsis cell, or the th).
      let shown = 1
      for (const el of [th, ...th.querySelectorAll('*')]) {
        if (!(el instanceof win.HTMLElement) || el.clientWidth === 0) continue
        const style = win.getComputedStyle(el)
        if (style.overflowX === 'visible' && style.textOverflow !== 'ellipsis') continue
        if (el.scrollWidth > el.clientWidth + 1) shown = Math.min(shown, el.clientWidth / el.scrollWidth)
      }
      // Line boxes of the text: tops closer than half a line are one line.
      const tops: number[] = []
      const walker = doc.createTreeWalker(th, 4)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue
        const range = doc.createRange()
        range.selectNodeContents(node)
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) tops.push(r.top)
      }
      tops.sort((a, b) => a - b)
      const lineHeight = parseFloat(win.getComputedStyle(th).lineHeight) || 20
      const lines = tops.filter((top, i) => i === 0 || top - (tops[i - 1] ?? top) > lineHeight / 2).length
      headers.push({ text, shown, brokenWords: Math.max(0, lines - text.split(/\s+/).length) })
    }
    const right = scroller.clientWidth
    const sticksOut: string[] = []
    for (const el of doc.querySelectorAll('main *')) {
      if (sticksOut.length >= 3 || !(el instanceof win.HTMLElement)) continue
      if (el.getBoundingClientRect().right <= right + 1 || el.parentElement?.closest('table')) continue
      sticksOut.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return {
      pageOverflow: scroller.scrollWidth - scroller.clientWidth,
      sticksOut,
      bannerOverflow: banner ? banner.scrollWidth - banner.clientWidth : 0,
      tables: tables.length,
      headers
    }
  })
}

for (const scale of SCALES) {
  test.describe(`Windows scaling ${scale.name} (${scale.width}×${scale.height} @${scale.deviceScaleFactor})`, () => {
    test.use({ viewport: { width: scale.width, height: scale.height }, deviceScaleFactor: scale.deviceScaleFactor })

    test('every list screen shows its table without sideways page scrolling, headers readable, in Pretendard', async ({ page }) => {
      // A sync and six screens (the committee's ranking among them): more than one test's usual minute on a busy machine.
      test.setTimeout(180_000)
      await signIn(page, 'manager', 'demo')
      await expect(page.getByTestId('staff-info')).toContainText('김민준')
      await syncFromSyncPage(page)

      const font = await page.locator('body').evaluate(async (body) => {
        const doc = body.ownerDocument
        await doc.fonts.ready
        // check() alone is true for a family no @font-face names: the face itself must be there and loaded.
        const faces = [...doc.fonts].filter((face) => face.family.replaceAll('"', '') === 'Pretendard Variable')
        return {
          family: doc.defaultView?.getComputedStyle(body).fontFamily ?? '',
          check: doc.fonts.check('16px "Pretendard Variable"', '가나다 ABC 123'),
          loaded: faces.map((face) => face.status)
        }
      })
      expect(font.family).toMatch(/^"?Pretendard Variable"?,/)
      expect(font.check).toBe(true)
      expect(font.loaded).toContain('loaded')

      for (const screen of LIST_SCREENS) {
        await page.locator('body').evaluate((body, hash) => {
          if (body.ownerDocument.defaultView) body.ownerDocument.defaultView.location.hash = hash
        }, screen.hash)
        await expect(page.locator('main table thead th:visible').first(), screen.name).toBeVisible({ timeout: 30_000 })
        await expect(page.locator('main table tbody tr:visible').first(), screen.name).toBeVisible({ timeout: 30_000 })
        const measured = await measure(page)
        await page.screenshot({ path: test.info().outputPath(`${screen.name}-${scale.width}.png`) })
        // Soft: one run names every screen that does not fit, not only the first.
        expect.soft(measured.tables, screen.name).toBeGreaterThan(0)
        expect.soft(measured.pageOverflow, `${screen.name}: the page scrolls sideways (${measured.sticksOut.join(', ')})`).toBeLessThanOrEqual(0)
        expect.soft(measured.bannerOverflow, `${screen.name}: the header bar overflows`).toBeLessThanOrEqual(0)
        const unreadable = measured.headers.filter((header) => header.shown < READABLE_SHARE || header.brokenWords > 0)
        expect.soft(unreadable, `${screen.name}: headers cut`).toEqual([])
      }
    })
  })
}

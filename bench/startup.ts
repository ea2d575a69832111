import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import { createCore, type Core } from '../src/main/core'
import { CACHE_FILE_NAME } from '../src/main/db/connection'
import { sourceCheckpointWorker } from '../src/main/db/walCheckpointer'
import { sourceDecodeWorker } from '../src/main/sync/pageDecoder'
import { CORE_INVOKE_BINDING } from '../tests/e2e/harness/binding'
import type { OutboxCounts } from '../src/shared/ipc/views'
import type { RemoteSim } from './remoteSim'
import { BENCH_CACHE_KEY, median, middleBy, record } from './util'

const HARNESS_PORT = Number(process.env.BENCH_HARNESS_PORT ?? 4311)
const FIRST_ROW = 'tr[data-row-id]'

/**
 * The e2e renderer (the app's own index.html and bundle, its api transport bound to a core in this
 * process), built and served by the same script Playwright's webServer runs.
 */
async function serveRenderer(): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('tests/e2e/harness/serve.ts'), String(HARNESS_PORT)], {
    env: { ...process.env, E2E_PORT: String(HARNESS_PORT) },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const url = `http://127.0.0.1:${HARNESS_PORT}`
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, stop: () => void child.kill() }
    if (child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill()
  throw new Error('the e2e renderer did not start (tests/e2e/harness/serve.ts)')
}

function openCore(dataDir: string, portalUrl: string): Promise<Core> {
  return createCore({
    cacheKey: BENCH_CACHE_KEY,
    dataDir,
    portalUrl,
    log: () => undefined,
    decodeWorker: sourceDecodeWorker(),
    checkpointWorker: sourceCheckpointWorker()
  })
}

/** The raw floor of opening the cache: the encrypted file opened and keyed, one page of one table read. */
function rawOpenMs(dataDir: string): number {
  const started = performance.now()
  const db = new Database(resolve(dataDir, CACHE_FILE_NAME))
  db.pragma(`key = '${BENCH_CACHE_KEY}'`)
  db.prepare('SELECT name FROM sqlite_master LIMIT 50').all()
  db.close()
  return performance.now() - started
}

interface CallTiming {
  channel: string
  startMs: number
  endMs: number
}

/** Records when each channel was first called and answered, relative to the page's navigation start. */
async function bindCore(page: Page, core: Core, calls: CallTiming[], navigationStartedAt: () => number): Promise<void> {
  await page.exposeBinding(CORE_INVOKE_BINDING, async (_source, channel: string, input: unknown) => {
    const startMs = performance.now() - navigationStartedAt()
    const answer = await core.dispatch(channel, input)
    calls.push({ channel, startMs, endMs: performance.now() - navigationStartedAt() })
    return answer
  })
  // The moment the first list row is in the DOM, on the page's own clock (0 = navigation start).
  // (A string: this file is compiled without the DOM's types.)
  await page.addInitScript({
    content: `new MutationObserver((records, observer) => {
      if (document.querySelector(${JSON.stringify(FIRST_ROW)})) { window.__firstRowAt = performance.now(); observer.disconnect() }
    }).observe(document, { childList: true, subtree: true })`
  })
}

interface StartupRun {
  coreOpenMs: number
  firstAnswerMs: number
  listAnsweredMs: number
  firstRowMs: number
  totalMs: number
  calls: CallTiming[]
}

/** One cold start: a fresh browser, the cache opened as the app opens it, navigation to the first list row. */
async function startOnce(sim: RemoteSim, dataDir: string, rendererUrl: string): Promise<StartupRun & { browser: Browser; page: Page; core: Core }> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
  const openStarted = performance.now()
  const core = await openCore(dataDir, sim.url)
  const coreOpenMs = performance.now() - openStarted
  // Signing in is the user typing a password; it is not part of the start-up being measured.
  await core.context.session.signIn('manager', 'demo')
  const context = await browser.newContext({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1366, height: 768 } })
  const page = await context.newPage()
  const calls: CallTiming[] = []
  let navigationStartedAt = 0
  await bindCore(page, core, calls, () => navigationStartedAt)
  navigationStartedAt = performance.now()
  await page.goto(`${rendererUrl}/#/attractive-jobs`)
  await page.locator(FIRST_ROW).first().waitFor()
  const firstRowMs = Number(await page.evaluate('window.__firstRowAt ?? NaN'))
  const firstAnswerMs = calls.reduce((min, call) => Math.min(min, call.endMs), Number.POSITIVE_INFINITY)
  const listCall = calls.find((call) => call.channel === 'attractiveJobs:list')
  return {
    browser,
    page,
    core,
    coreOpenMs,
    firstAnswerMs,
    listAnsweredMs: listCall ? listCall.endMs - listCall.startMs : Number.NaN,
    firstRowMs,
    totalMs: coreOpenMs + firstRowMs,
    calls
  }
}

/** The raw floor of painting: a static 50-row table set into a fresh page of the same browser. */
async function staticTablePaintMs(page: Page): Promise<number> {
  const baselinePage = await page.context().newPage()
  const paintStarted = performance.now()
  await baselinePage.setContent(`<table>${Array.from({ length: 50 }, (_, i) => `<tr data-row-id="${i}"><td>${i}</td><td>행 ${i}</td></tr>`).join('')}</table>`)
  await baselinePage.locator(FIRST_ROW).first().waitFor()
  const paintMs = performance.now() - paintStarted
  await baselinePage.close()
  return paintMs
}

/**
 * Paging in the warm page: a page number clicked (alternately 2 and 1) → the new page's rows in the DOM
 * and the next frame, on the page's clock. It is the rendering of 50 rows that start-up ends with,
 * without the cold start's noise, and what every page, sort and search change costs while working.
 */
async function pageChangeMs(page: Page, times: number): Promise<number> {
  const samples: number[] = []
  for (let index = 0; index < times; index += 1) {
    const target = index % 2 === 0 ? '2' : '1'
    // (A string: this file is compiled without the DOM's types.)
    const ms = await page.evaluate(`(async () => {
      const firstId = () => document.querySelector(${JSON.stringify(FIRST_ROW)})?.getAttribute('data-row-id')
      const before = firstId()
      const button = [...document.querySelectorAll('.mantine-datatable-pagination button')].find((b) => b.textContent === ${JSON.stringify(target)})
      const started = performance.now()
      button.click()
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (firstId() !== before) { observer.disconnect(); resolve() }
        })
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-row-id'] })
      })
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      return performance.now() - started
    })()`)
    samples.push(Number(ms))
  }
  return median(samples)
}

/**
 * Start-up (issue 18): a cache of `scale` records per collection, closed; then the core's open, the
 * page's first IPC answers and the first list page painted in Chromium, each reported apart, beside the
 * raw floors of the same run (the keyed file opened bare; Chromium painting a static 50-row table).
 * A single cold start on this machine swings by a second or more, so it is repeated (BENCH_STARTUP_RUNS, each
 * in a fresh browser) and the median reported with the range. Paging in the warm page and the
 * renderer session follow in the last run's page (BENCH_SESSION_STEPS=0 leaves the session out).
 */
export async function benchStartup(sim: RemoteSim, dataDir: string, scale: number): Promise<void> {
  const renderer = await serveRenderer()
  const runCount = Math.max(1, Number(process.env.BENCH_STARTUP_RUNS ?? 5))
  const sessionSteps = Number(process.env.BENCH_SESSION_STEPS ?? 240)
  try {
    const rawOpen = median(Array.from({ length: runCount }, () => rawOpenMs(dataDir)))
    const runs: StartupRun[] = []
    for (let index = 0; index < runCount; index += 1) {
      const run = await startOnce(sim, dataDir, renderer.url)
      runs.push(run)
      try {
        if (index < runCount - 1) continue
        const rawPaintMs = await staticTablePaintMs(run.page)
        reportStartup(runs, scale, rawOpen, rawPaintMs)
        record({ name: 'list page change → its 50 rows rendered (warm page, median of 10)', value: await pageChangeMs(run.page, 10), unit: 'ms', baseline: { label: 'static 50-row table', value: rawPaintMs } })
        if (sessionSteps > 0) await benchSessionMemory(run.page, run.core, sessionSteps)
      } finally {
        run.core.close()
        await run.browser.close()
      }
    }
  } finally {
    renderer.stop()
  }
}

function reportStartup(runs: readonly StartupRun[], scale: number, rawOpenMsMedian: number, rawPaintMs: number): void {
  const of = (pick: (run: StartupRun) => number) => median(runs.map(pick))
  const totals = runs.map((run) => run.totalMs / 1000)
  const spread = `median of ${runs.length} cold starts; ${Math.min(...totals).toFixed(2)}–${Math.max(...totals).toFixed(2)} s`
  record({ name: `start-up: core open (${scale.toLocaleString('en-US')}/collection: migrations check, repairs, retention)`, value: of((r) => r.coreOpenMs), unit: 'ms', baseline: { label: 'keyed file opened bare', value: rawOpenMsMedian } })
  record({ name: 'start-up: first IPC answer after navigation', value: of((r) => r.firstAnswerMs), unit: 'ms' })
  record({ name: 'start-up: 매력일자리 list first page answered (attractiveJobs:list)', value: of((r) => r.listAnsweredMs), unit: 'ms' })
  record({ name: 'start-up: navigation → first list row in the DOM (Chromium)', value: of((r) => r.firstRowMs), unit: 'ms', baseline: { label: 'static 50-row table', value: rawPaintMs } })
  const total = of((r) => r.totalMs)
  record({ name: `start-up: core open + first list page rendered (${spread})`, value: total / 1000, unit: 's', target: '< 1.5 s', ok: total < 1500 })
  const typical = middleBy(runs, (run) => run.totalMs)
  if (typical) {
    const calls = typical.calls.slice(0, 10).map((c) => `${c.channel} ${Math.round(c.startMs)}→${Math.round(c.endMs)}`)
    process.stdout.write(`  (the median run's first calls, ms after navigation: ${calls.join(', ')}; first row ${Math.round(typical.firstRowMs)})\n`)
  }
}

/** JS heap in use after a full garbage collection, and the DOM's node and listener counts. */
async function heapAfterGc(cdp: CDPSession): Promise<{ heapMb: number; nodes: number; listeners: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const dom = await cdp.send('Memory.getDOMCounters')
  return { heapMb: heap.usedSize / 1024 / 1024, nodes: dom.nodes, listeners: dom.jsEventListeners }
}

const SEARCH_WORDS = ['청년', '일자리', '서울', '지원', '상담', '교육', '돌봄', '환경']

/**
 * One step of a reviewer's hour: the list, a search, a record's detail, a decision dialog opened,
 * a reason typed and the dialog closed (every tenth time a comment is left: a queued write).
 */
async function sessionStep(page: Page, step: number): Promise<void> {
  const search = page.getByRole('textbox', { name: '검색' })
  await search.fill(SEARCH_WORDS[step % SEARCH_WORDS.length] ?? '')
  await page.locator(`${FIRST_ROW} [data-testid="aj-title"]`).first().click()
  const detail = page.getByTestId('aj-detail')
  await detail.waitFor()
  if (step % 10 === 9) {
    await detail.getByRole('textbox', { name: '의견 입력' }).fill(`메모 ${step}`)
    await detail.getByRole('button', { name: '의견 등록' }).click()
  } else {
    // 부적정 or 보완요청, whichever this record's state allows (a decided record allows neither: only the detail then).
    const decide = page.getByTestId('aj-decision-bar').locator('button:not([aria-disabled])').filter({ hasText: /부적정|보완요청/ }).first()
    if ((await decide.count()) === 0) return closeDetail(page)
    await decide.click()
    const dialog = page.getByTestId('decision-dialog')
    await dialog.getByRole('textbox', { name: '사유' }).fill('세부 예산 내역을 보완해 주세요.')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  }
  await closeDetail(page)
}

async function closeDetail(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.getByTestId('aj-detail').waitFor({ state: 'hidden' })
}

/** Least-squares slope of heap (MB) over step number, in MB per 100 steps. */
function slopePer100Steps(samples: { step: number; heapMb: number }[]): number {
  const n = samples.length
  const meanStep = samples.reduce((sum, s) => sum + s.step, 0) / n
  const meanHeap = samples.reduce((sum, s) => sum + s.heapMb, 0) / n
  const covariance = samples.reduce((sum, s) => sum + (s.step - meanStep) * (s.heapMb - meanHeap), 0)
  const variance = samples.reduce((sum, s) => sum + (s.step - meanStep) ** 2, 0)
  return variance === 0 ? 0 : (covariance / variance) * 100
}

/**
 * Renderer memory over a scripted session of an hour's work (BENCH_SESSION_STEPS, default 240, with
 * BENCH_SESSION_IDLE_S, default 15, between steps). The idle time passes on the page's clock
 * (Playwright's clock, fast-forwarded), so the renderer's timers fire as they would in the hour —
 * polls, TanStack Query's cache lifetime — without the bench waiting for it; without that the
 * steps, a second apart, all fall inside one cache lifetime and a cache still filling cannot be told
 * from a leak. The heap is sampled after a full GC a dozen times; reported are the warm heap, the
 * end, and the trend over the second half (a leak keeps a positive slope there, a cache that fills and
 * then stays flat does not).
 */
async function benchSessionMemory(page: Page, core: Core, requestedSteps: number): Promise<void> {
  const steps = Math.max(36, requestedSteps)
  const idleMs = Math.max(0, Number(process.env.BENCH_SESSION_IDLE_S ?? 15)) * 1000
  const sampleEvery = Math.max(3, Math.floor(steps / 12))
  const cdp = await page.context().newCDPSession(page)
  await page.clock.install()
  const pause = async () => {
    if (idleMs > 0) await page.clock.fastForward(idleMs)
  }
  for (let step = 0; step < 10; step += 1) {
    await sessionStep(page, step)
    await pause()
  }
  const warm = await heapAfterGc(cdp)
  const samples: { step: number; heapMb: number; listeners: number }[] = [{ step: 0, heapMb: warm.heapMb, listeners: warm.listeners }]
  const started = performance.now()
  for (let step = 1; step <= steps; step += 1) {
    await sessionStep(page, step + 10)
    await pause()
    if (step % sampleEvery === 0) samples.push({ step, ...(await heapAfterGc(cdp)) })
  }
  const end = await heapAfterGc(cdp)
  const outbox = (await core.dispatch('outbox:counts', {})) as { ok: true; value: OutboxCounts }
  const secondHalf = samples.filter((sample) => sample.step >= steps / 2)
  const slope = slopePer100Steps(secondHalf)
  const pageMinutes = Math.round((steps * idleMs) / 60_000)
  record({ name: `renderer session: ${steps} steps (list, search, detail, decision dialog; ${outbox.value.pending} comments queued; ${pageMinutes} min on the page's clock) in`, value: (performance.now() - started) / 1000, unit: 's' })
  record({ name: 'renderer session: JS heap after GC, warm', value: warm.heapMb, unit: 'MB' })
  record({ name: 'renderer session: JS heap after GC, end', value: end.heapMb, unit: 'MB' })
  record({ name: 'renderer session: highest sample', value: Math.max(...samples.map((sample) => sample.heapMb)), unit: 'MB' })
  record({ name: 'renderer session: heap trend over the second half', value: slope, unit: 'MB per 100 steps', target: 'no unbounded growth (< 1 MB per 100 steps)', ok: slope < 1 })
  record({ name: 'renderer session: DOM nodes warm → end', value: end.nodes - warm.nodes, unit: 'nodes' })
  record({ name: 'renderer session: JS event listeners warm → end', value: end.listeners - warm.listeners, unit: 'listeners' })
  process.stdout.write(`  (heap after GC by step, MB: ${samples.map((sample) => `${sample.step}: ${sample.heapMb.toFixed(1)}`).join(', ')}; end ${end.heapMb.toFixed(1)})\n`)
  process.stdout.write(`  (JS event listeners by step: ${samples.map((sample) => `${sample.step}: ${sample.listeners}`).join(', ')}; end ${end.listeners})\n`)
}

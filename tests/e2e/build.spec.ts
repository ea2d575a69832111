import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { expect, test } from './fixtures'
import { CORE_INVOKE_BINDING } from './harness/binding'

/**
 * The Electron binary cannot run here, but what it would load can: the main bundle hands the
 * decode worker's built file to the core, and that file must run on its own in Node.
 */
test('the built main bundle ships the page decoder worker, and it decodes a feed page', async () => {
  const chunks = resolve('out', 'main', 'chunks')
  const file = readdirSync(chunks).find((name) => /^decodeWorker-.*\.js$/.test(name))
  expect(file, 'electron-vite build emits the decode worker').toBeDefined()
  expect(readFileSync(join('out', 'main', 'index.js'), 'utf8')).toContain(`./chunks/${file}`)

  const worker = new Worker(join(chunks, file!))
  try {
    const body = new TextEncoder().encode(JSON.stringify({ items: [{ id: 'AJ-1', version: 1, title: '깨진 항목' }], next_cursor: 'c-1', has_more: false }))
    const messages: unknown[] = []
    await new Promise<void>((resolve, reject) => {
      worker.on('error', reject)
      worker.on('message', (message) => {
        messages.push(message)
        if (messages.length === 2) resolve()
      })
      worker.postMessage({ id: 1, collection: 'attractive-jobs', body, snapshot: { attractiveJobsRules: [] } })
    })
    expect(messages[0]).toEqual({ id: 1, head: { ok: true, nextCursor: 'c-1', hasMore: false } })
    expect(messages[1]).toMatchObject({ id: 1, items: [{ kind: 'invalid', itemId: 'AJ-1', error: expect.stringMatching(/[가-힣]/) }] })
  } finally {
    await worker.terminate()
  }
})

/**
 * The other specs run the renderer built with the e2e transport; this one runs what the app ships. The
 * built preload (out/preload, CJS) runs in the page with a stand-in for the `electron` module whose
 * ipcRenderer.invoke goes to the core through the fixtures' binding, and the built renderer
 * (out/renderer, under its CSP) is served from disk: signing in then goes renderer → window.api →
 * preload → core, as in Electron.
 */
test('the built renderer and preload work together: sign in through window.api', async ({ page }) => {
  const renderer = resolve('out', 'renderer')
  const assets = readdirSync(join(renderer, 'assets')).filter((name) => name.endsWith('.js'))
  expect(assets.length, 'electron-vite build emits the renderer').toBeGreaterThan(0)
  for (const name of assets) {
    expect(readFileSync(join(renderer, 'assets', name), 'utf8'), `${name} ships no e2e transport`).not.toContain(CORE_INVOKE_BINDING)
  }

  const preload = readFileSync(join('out', 'preload', 'index.js'), 'utf8')
  await page.addInitScript({
    // The preload runs in a CommonJS wrapper of its own, as in Electron (its top-level names stay its own).
    content: `(() => {
      const electronStandIn = {
        contextBridge: { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value: Object.freeze(value) }) },
        // Main's events (the menu's commands) never come here: listeners are taken and dropped, as by a window no menu drives.
        ipcRenderer: {
          invoke: (channel, input) => window[${JSON.stringify(CORE_INVOKE_BINDING)}](channel, input),
          on: () => undefined,
          removeListener: () => undefined
        }
      };
      const requireInPreload = (name) => {
        if (name === 'electron') return electronStandIn;
        throw new Error('the preload must not require ' + name);
      };
      const module = { exports: {} };
      (function (exports, require, module) {
        ${preload}
      })(module.exports, requireInPreload, module);
    })();`
  })
  // Any origin will do: every request is answered from out/renderer, nothing goes to the network.
  const origin = 'http://desk.invalid'
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    return route.fulfill({ path: join(renderer, path === '/' ? 'index.html' : path) })
  })

  await page.goto(`${origin}/`)
  await page.getByRole('textbox', { name: '아이디' }).fill('manager')
  await page.getByRole('textbox', { name: '비밀번호' }).fill('demo')
  await page.getByRole('button', { name: '로그인', exact: true }).click()
  await expect(page.getByTestId('staff-info')).toContainText('김민준')
})

import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { expect, test } from '@playwright/test'

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

import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { verifyAuditChain } from '../../../src/main/db/repositories/auditLog'
import { sourceWorker } from '../../../src/main/workerSpec'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { makeTempDir } from '../../helpers/tempDir'

const PER_WORKER = 300

interface Appender {
  ready: Promise<void>
  done: Promise<number>
}

function startAppender(file: string, staffId: string, index: number, gate: SharedArrayBuffer): Appender {
  const spec = sourceWorker(join(__dirname, 'appendWorker.ts'))
  const worker = new Worker(spec.file, { execArgv: spec.execArgv ?? [], workerData: { file, key: TEST_CACHE_KEY, staffId, count: PER_WORKER, index, gate } })
  const ready = Promise.withResolvers<void>()
  const done = new Promise<number>((resolve, reject) => {
    worker.on('message', (message: { ready?: boolean; appended?: number }) => {
      if (message.ready) ready.resolve()
      else resolve(message.appended ?? 0)
    })
    worker.once('error', (error) => {
      ready.reject(error)
      reject(error)
    })
    worker.once('exit', (code) => code !== 0 && reject(new Error(`appender ${staffId} exited with ${code}`)))
  })
  return { ready: ready.promise, done }
}

describe('audit trail: two connections appending at once', () => {
  let dir: ReturnType<typeof makeTempDir> | null = null
  let core: Core | null = null
  afterEach(() => {
    core?.close()
    dir?.remove()
  })

  it('keeps one unbroken chain: each append chains onto the last entry inside its own write transaction', async () => {
    dir = makeTempDir()
    core = await createCore({ dataDir: dir.path, cacheKey: TEST_CACHE_KEY, log: () => undefined })
    const file = join(dir.path, CACHE_FILE_NAME)
    const gate = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT)
    const appenders = [startAppender(file, 'S-0001', 0, gate), startAppender(file, 'S-0041', 1, gate)]
    // Both have their connection open and wait at the gate; released together they race for every entry.
    await Promise.all(appenders.map((a) => a.ready))
    Atomics.store(new Int32Array(gate), 0, 1)
    Atomics.notify(new Int32Array(gate), 0)
    expect(await Promise.all(appenders.map((a) => a.done))).toEqual([PER_WORKER, PER_WORKER])

    const { db } = core.context
    expect(verifyAuditChain(db)).toEqual({ checked: 2 * PER_WORKER, broken: null })
    const byStaff = db.prepare(`SELECT staff_id, count(*) AS n FROM audit_events GROUP BY staff_id ORDER BY staff_id`).all()
    expect(byStaff).toEqual([
      { staff_id: 'S-0001', n: PER_WORKER },
      { staff_id: 'S-0041', n: PER_WORKER }
    ])
    // Stepping together, the two connections' entries are interleaved all along the chain.
    const order = (db.prepare(`SELECT staff_id FROM audit_events ORDER BY seq`).all() as { staff_id: string }[]).map((row) => row.staff_id)
    expect(order.filter((staff, i) => i > 0 && staff !== order[i - 1]).length).toBeGreaterThanOrEqual(PER_WORKER)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { makeTempDir } from '../../helpers/tempDir'

describe('quarantined copies kept whole by a version before the masking', () => {
  const dir = makeTempDir()
  let core: Core | null = null
  afterEach(() => {
    core?.close()
    dir.remove()
  })

  it('are masked at the first start after the update, and the pass is not repeated at later starts', async () => {
    const open = () => createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, portalUrl: null, log: () => undefined })
    core = await open()
    const { db } = core.context
    const raw = JSON.stringify({ id: 'RR-2026-000001', person: { name: '홍길동', phone: '010-1234-5678' } })
    // As an older version left it: raw JSON kept whole, and no record that the masking pass ran.
    db.prepare(`INSERT INTO quarantine (collection, item_id, item_version, raw, error, received_at) VALUES ('reemployment-registrations', 'RR-2026-000001', 1, ?, 'x', '2026-11-30T00:00:00.000Z')`).run(raw)
    db.prepare(`DELETE FROM settings WHERE key = 'quarantine_masked'`).run()
    core.close()

    core = await open()
    const masked = (core.context.db.prepare(`SELECT raw FROM quarantine`).get() as { raw: string }).raw
    expect(masked).not.toContain('홍길동')
    expect(masked).not.toContain('1234-5678')
    expect(masked).toContain('010-****-5678')
    // A later start leaves rows alone: the quarantine writer masks every copy it keeps now.
    core.context.db.prepare(`UPDATE quarantine SET raw = ?`).run(raw)
    core.close()
    core = await open()
    expect((core.context.db.prepare(`SELECT raw FROM quarantine`).get() as { raw: string }).raw).toBe(raw)
  })
})

import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { AppError } from '../../../src/main/core/errors'
import { CONTACT_FORBIDDEN_MESSAGE, CONTACT_OFFLINE_MESSAGE, lookUpContact, type ContactCollection } from '../../../src/main/domains/contactLookup'
import { listAuditForRecord, type AuditRow } from '../../../src/main/db/repositories/auditLog'
import type { Db } from '../../../src/main/db/types'
import type { ContactView } from '../../../src/shared/ipc/privacyViews'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { attractiveJobsTable } from '../../../src/main/domains/attractive-jobs/repository'

const CHANNELS: Record<ContactCollection, string> = {
  'attractive-jobs': 'attractiveJobs:contact',
  'sme-applications': 'sme:contact',
  'reemployment-registrations': 'reemployment:contact'
}
const COLLECTIONS = Object.keys(CHANNELS) as ContactCollection[]

interface FullContact {
  name: string
  phone: string
  email?: string
}

/** Every table's text in the cache, read through the core's own (keyed) connection. */
function cacheText(db: Db): string {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).all())).join('\n')
}

function contactAudits(db: Db, collection: string, id: string): AuditRow[] {
  return listAuditForRecord(db, collection, id).filter((row) => row.action === 'contact_lookup')
}

describe('contact look-up (core, against the live simulator)', () => {
  let h: SimHarness
  let simDir: ReturnType<typeof makeTempDir>
  let simStore: Database.Database
  const logged: string[] = []

  beforeEach(async () => {
    simDir = makeTempDir('contact-sim-')
    logged.length = 0
    h = await startHarness(
      { scale: 200, dbPath: join(simDir.path, 'portal.sqlite') },
      { cacheKey: TEST_CACHE_KEY, log: (level, message, meta) => logged.push(`${level} ${message} ${meta === undefined ? '' : JSON.stringify(meta)}`) }
    )
    // The portal's own store: what only the portal knows (the unmasked contacts) is read from there.
    simStore = new Database(join(simDir.path, 'portal.sqlite'), { readonly: true, fileMustExist: true })
    await h.signIn('manager')
    await h.sync()
  })
  afterEach(async () => {
    simStore.close()
    await h.close()
    simDir.remove()
  })

  /**
   * A cached record of `collection` with its full contact as the portal holds it, whose full name and
   * phone are nowhere in the cache yet (a seeded name may also be a staff member's, in the directory).
   */
  function recordWithContact(collection: ContactCollection): { id: string; full: FullContact } {
    const before = cacheText(h.core.context.db)
    const rows = simStore
      .prepare(`SELECT id, private FROM records WHERE collection = ? AND deleted = 0 AND private IS NOT NULL ORDER BY id LIMIT 200`)
      .all(collection) as { id: string; private: string }[]
    const found = rows
      .map((row) => ({ id: row.id, full: (JSON.parse(row.private) as { contact?: FullContact }).contact }))
      .find((row): row is { id: string; full: FullContact } => row.full !== undefined && !before.includes(row.full.name) && !before.includes(row.full.phone))
    expect(found, `a ${collection} record with a contact`).toBeDefined()
    return found!
  }

  async function lookUp(collection: ContactCollection, id: string, reason: string) {
    return h.core.dispatch(CHANNELS[collection], { id, reason })
  }

  it.each(COLLECTIONS)('%s: shows the portal\'s full contact, logged by the portal with the reason, audited without the values, never stored', async (collection) => {
    const { id, full } = recordWithContact(collection)
    const reason = '서류 보완 안내 전화'
    const result = await lookUp(collection, id, reason)
    expect(result).toEqual({ ok: true, value: { name: full.name, phone: full.phone, email: full.email ?? null } satisfies ContactView })

    expect(h.sim.control.contactLog()).toEqual([expect.objectContaining({ staff_id: 'S-0001', collection, record_id: id, reason })])
    const [entry, ...more] = contactAudits(h.core.context.db, collection, id)
    expect(more).toEqual([])
    expect(entry).toMatchObject({ actor_id: 'S-0001', reason, collection, record_id: id })
    expect(JSON.parse(entry!.detail!)).toMatchObject({ outcome: 'shown' })

    const text = cacheText(h.core.context.db)
    for (const value of [full.name, full.phone, ...(full.email ? [full.email] : [])]) {
      expect(text.includes(value), `the cache holds ${collection}'s ${value}`).toBe(false)
      expect(logged.filter((line) => line.includes(value))).toEqual([])
    }
  })

  it('is online only: offline or when the network fails, a clear Korean refusal, audited, nothing asked of the portal', async () => {
    const { id } = recordWithContact('attractive-jobs')
    h.core.context.session.markOnline(false)
    expect(await lookUp('attractive-jobs', id, '본인 확인 전화')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'offline', message: CONTACT_OFFLINE_MESSAGE })
    })

    h.core.context.session.markOnline(true)
    h.sim.faults.set({ dropRate: 1 })
    expect(await lookUp('attractive-jobs', id, '일정 변경 안내')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'offline', message: CONTACT_OFFLINE_MESSAGE })
    })

    expect(h.sim.control.contactLog()).toEqual([])
    const audits = contactAudits(h.core.context.db, 'attractive-jobs', id)
    expect(audits.map((row) => [row.reason, JSON.parse(row.detail!).outcome])).toEqual([
      ['본인 확인 전화', 'offline'],
      ['일정 변경 안내', 'offline']
    ])
  })

  it('refuses a record that is not in the cache, and a reason under five characters', async () => {
    expect(await lookUp('sme-applications', 'SME-NOPE-0001', '민원 회신 전화')).toEqual({ ok: false, error: expect.objectContaining({ code: 'not_found' }) })
    expect(await lookUp('sme-applications', 'SME-NOPE-0001', '확인')).toEqual({ ok: false, error: expect.objectContaining({ code: 'validation_failed' }) })
    expect(h.sim.control.contactLog()).toEqual([])
    expect(JSON.parse(contactAudits(h.core.context.db, 'sme-applications', 'SME-NOPE-0001')[0]!.detail!)).toEqual({ outcome: 'not_cached' })
  })

  describe('a role the portal refuses', () => {
    let coordinator: Core
    let coordinatorDir: ReturnType<typeof makeTempDir>
    beforeEach(async () => {
      coordinatorDir = makeTempDir()
      coordinator = await createCore({ dataDir: coordinatorDir.path, portalUrl: h.sim.url, cacheKey: TEST_CACHE_KEY, log: () => undefined })
      await coordinator.context.session.signIn('coordinator', 'demo')
    })
    afterEach(() => {
      coordinator.close()
      coordinatorDir.remove()
    })

    it('says in Korean that the portal refused (403), and audits the refusal', async () => {
      const { id } = recordWithContact('attractive-jobs')
      // The manager's cache, asked under the coordinator's portal session: the portal decides, not the app's roles.
      const ctx = { ...coordinator.context, db: h.core.context.db }
      const refusal = await lookUpContact(ctx, { collection: 'attractive-jobs', table: attractiveJobsTable }, { id, reason: '본인 확인 전화' }).catch((error: unknown) => error)
      expect(refusal).toBeInstanceOf(AppError)
      expect(refusal).toMatchObject({ code: 'forbidden', message: CONTACT_FORBIDDEN_MESSAGE })
      expect(h.sim.control.contactLog()).toEqual([])
      const [entry] = contactAudits(h.core.context.db, 'attractive-jobs', id)
      expect(entry).toMatchObject({ actor_id: 'S-0041', reason: '본인 확인 전화' })
      expect(JSON.parse(entry!.detail!)).toEqual({ outcome: 'refused', status: 403, code: 'forbidden' })
    })
  })
})

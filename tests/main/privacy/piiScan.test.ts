import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import type { Logger } from '../../../src/main/core/log'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { startPortalSimulator, type PortalSimulator, type StartOptions } from '../../../src/main/simulator'
import { STAFF_DIRECTORY } from '../../../src/main/simulator/data/staff'
import { SimStore, type PrivateData } from '../../../src/main/simulator/store'
import type { InboxItem, QuarantinedItem } from '../../../src/shared/ipc/outboxViews'
import type { SessionList } from '../../../src/shared/domains/reemployment/views'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { makeTempDir } from '../../helpers/tempDir'

/**
 * The acceptance test of "personal data at rest": a core syncs from the real simulator over HTTP as
 * the demo manager and coordinator, quarantines feed items whose contact came unmasked, registers
 * walk-ins that the portal confirms, that it refuses, and that the user then discards, looks one
 * contact up in full (연락처 보기) — and
 * afterwards no full name, phone number or e-mail address the simulator holds (nor a walk-in's as
 * typed) is anywhere in the cache file, its WAL and -shm, or the log. The file is encrypted, so the
 * raw bytes prove little on their own: the decrypted content is scanned too — every page of the
 * database, free pages included, read through a keyed connection (`serialize`, which copies each
 * page 1..page_count through the pager: this build has no sqlite_dbpage), and every column of
 * every row.
 */

const CLOCK = new Date('2026-12-08T13:05:00+09:00')
const WALK_INS = {
  confirmed: { name: '한결심', phone: '010-2741-9035' },
  rejected: { name: '도윤슬', phone: '01063829147' },
  discarded: { name: '나래온', phone: '010-5518-2046' }
} as const

interface Contacts {
  names: Set<string>
  phones: Set<string>
  emails: Set<string>
}

/** What a scan found: each full value, where. */
function findIn(text: string, contacts: Contacts): string[] {
  const found = new Set<string>()
  for (const [run] of text.matchAll(/[가-힣]{2,}/g)) {
    // A two-character name counts as a whole word only (it is a syllable pair of many words).
    if (contacts.names.has(run)) found.add(run)
    for (let length = 3; length <= Math.min(5, run.length); length += 1) {
      for (let i = 0; i + length <= run.length; i += 1) {
        const part = run.slice(i, i + length)
        if (contacts.names.has(part)) found.add(part)
      }
    }
  }
  // Digits with and without hyphens: 010-2741-9035 and 01027419035 read as the same run.
  for (const [run] of text.matchAll(/\d[\d-]{8,}\d/g)) {
    const digits = run.replaceAll('-', '')
    for (const length of [10, 11]) {
      for (let i = 0; i + length <= digits.length; i += 1) {
        const part = digits.slice(i, i + length)
        if (contacts.phones.has(part)) found.add(part)
      }
    }
  }
  for (const [token] of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+/g)) if (contacts.emails.has(token)) found.add(token)
  return [...found]
}

function scanBytes(label: string, bytes: Buffer, contacts: Contacts): string[] {
  return findIn(bytes.toString('utf8'), contacts).map((value) => `${label}: ${value}`)
}

function scanFiles(files: string[], contacts: Contacts): string[] {
  return files.filter((file) => existsSync(file)).flatMap((file) => scanBytes(file.split(/[\\/]/).pop()!, readFileSync(file), contacts))
}

/** The decrypted content: every page (free ones included) and every column of every row. */
function scanDecrypted(file: string, contacts: Contacts): { findings: string[]; pages: number; rows: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    applyCacheKey(db, TEST_CACHE_KEY)
    const image = db.serialize()
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const findings = scanBytes('decrypted pages', image, contacts)
    let rows = 0
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`).all() as { name: string }[]
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).iterate() as Iterable<Record<string, unknown>>) {
        rows += 1
        const text = Object.values(row)
          .map((value) => (Buffer.isBuffer(value) ? value.toString('utf8') : String(value)))
          .join('\u0000')
        findings.push(...findIn(text, contacts).map((value) => `${name} row: ${value}`))
      }
    }
    return { findings, pages: image.length / pageSize, rows }
  } finally {
    db.close()
  }
}

/** Every full contact the simulator keeps privately (the `private` column of its store's file; read-only while it runs). */
function simulatorContacts(simFile: string): Contacts {
  const store = new Database(simFile, { readonly: true, fileMustExist: true })
  try {
    const contacts: Contacts = { names: new Set(), phones: new Set(), emails: new Set() }
    const rows = store.prepare(`SELECT private FROM records WHERE private IS NOT NULL`).all() as { private: string }[]
    for (const row of rows) {
      const contact = (JSON.parse(row.private) as PrivateData).contact
      if (!contact) continue
      contacts.names.add(contact.name)
      contacts.phones.add(contact.phone.replace(/\D/g, ''))
      if (contact.email) contacts.emails.add(contact.email)
    }
    return contacts
  } finally {
    store.close()
  }
}

describe('privacy: no full name or phone number in the cache, its WAL or the log', () => {
  const simDir = makeTempDir('jobs-desk-sim-')
  const dataDir = makeTempDir()
  const simFile = join(simDir.path, 'portal.sqlite')
  const cacheFile = join(dataDir.path, CACHE_FILE_NAME)
  const logFile = join(dataDir.path, 'app.log')
  let sim: PortalSimulator
  let core: Core
  let contacts: Contacts
  let excludedAsStaff: string[]
  const simOptions: StartOptions = { port: 0, seed: 7, scale: 200, dbPath: simFile, now: () => CLOCK.getTime() }
  /** One line per entry, with its meta (an error's stack), as the app's log file has them. */
  const fileLog: Logger = (level, message, meta) => {
    appendFileSync(logFile, `${new Date().toISOString()} [${level}] ${message}${meta === undefined ? '' : ` ${meta instanceof Error ? meta.stack : JSON.stringify(meta)}`}\n`)
  }
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.value as T
  }
  const sync = async () => {
    const summary = await core.context.sync.start().done
    expect(summary.error).toBeNull()
    return summary
  }
  let unmaskedIds: { registration: string; job: string }

  beforeAll(async () => {
    // The portal sends two records with the contact in full (a defect on its side), found in its store.
    const seeded = await startPortalSimulator(simOptions)
    await seeded.close()
    const store = new SimStore(simFile)
    const pick = (collection: 'reemployment-registrations' | 'attractive-jobs') =>
      (store.db.prepare(`SELECT id FROM records WHERE collection = ? AND private IS NOT NULL AND deleted = 0 ORDER BY seq LIMIT 1`).get(collection) as { id: string }).id
    unmaskedIds = { registration: pick('reemployment-registrations'), job: pick('attractive-jobs') }
    const registration = store.load('reemployment-registrations', unmaskedIds.registration)!
    const person = registration.record.person as Record<string, unknown>
    Object.assign(person, { name: registration.priv.contact!.name, phone: registration.priv.contact!.phone })
    store.commit('reemployment-registrations', registration)
    const job = store.load('attractive-jobs', unmaskedIds.job)!
    job.record.contact = { ...job.priv.contact }
    store.commit('attractive-jobs', job)
    store.close()

    sim = await startPortalSimulator(simOptions)
    core = await createCore({
      dataDir: dataDir.path,
      cacheKey: TEST_CACHE_KEY,
      portalUrl: sim.url,
      log: fileLog,
      now: () => CLOCK,
      push: { maxWaitMs: 60_000, backoff: { baseMs: 20, maxMs: 400 } }
    })
  })
  afterAll(async () => {
    core?.close()
    await sim?.close()
    simDir.remove()
    dataDir.remove()
  })

  it('syncs, quarantines the unmasked items (shown masked), sends, refuses and discards walk-ins, and leaves no full value behind', async () => {
    await core.context.session.signIn('manager', 'demo')
    const first = await sync()
    expect(first.quarantined).toBeGreaterThanOrEqual(2)
    const quarantined = await call<QuarantinedItem[]>('sync:quarantine', {})
    const shown = quarantined.filter((item) => item.itemId === unmaskedIds.registration || item.itemId === unmaskedIds.job)
    expect(shown.map((item) => item.itemId).sort()).toEqual([unmaskedIds.job, unmaskedIds.registration].sort())
    for (const item of shown) expect(item.raw).toMatch(/"name":"[^"]\*+[^"]?"/)
    expect(findIn(JSON.stringify(quarantined), simulatorContacts(simFile))).toEqual([])

    core.context.session.signOut()
    await core.context.session.signIn('coordinator', 'demo')
    await sync()
    const list = await call<SessionList>('reemployment:sessions', { month: '2026-12', kind: 'education' })
    const open = list.sessions.filter((s) => s.status === 'open' && s.counts.registered < s.capacity)
    expect(open.length).toBeGreaterThanOrEqual(2)
    const [seats, doomed] = [open[0]!, open[1]!]
    const walkIn = (sessionId: string, person: { name: string; phone: string }) =>
      call<{ seq: number }>('reemployment:checkInWalkIn', { sessionId, name: person.name, birthYear: 1965, phone: person.phone })
    await walkIn(seats.id, WALK_INS.confirmed)
    await walkIn(doomed.id, WALK_INS.rejected)
    const toDiscard = await walkIn(doomed.id, WALK_INS.discarded)
    // The portal cancels the session meanwhile: it refuses both walk-ins made for it.
    expect(sim.control.deleteRecord('reemployment-sessions', doomed.id)).toBe(true)
    const second = await sync()
    expect(second).toMatchObject({ pushed: 1, rejected: 2 })
    const inbox = await call<InboxItem[]>('inbox:list', {})
    expect(inbox.map((item) => item.state)).toEqual(['rejected', 'rejected'])
    expect(await call('inbox:discard', { seq: toDiscard.seq })).toEqual({ discarded: 1 })
    await sync()
    // 연락처 보기 shows one person in full, and keeps it nowhere.
    const cached = core.context.db.prepare(`SELECT id FROM reemployment_registrations WHERE version > 0 AND client_ref IS NULL LIMIT 1`).get() as { id: string }
    const shownContact = await call<{ name: string; phone: string }>('reemployment:contact', { id: cached.id, reason: '출석 확인 전화' })
    expect(shownContact.name).not.toContain('*')

    const walkInNames = Object.values(WALK_INS).map((person) => person.name)
    contacts = simulatorContacts(simFile)
    // The confirmed walk-in is now among what the simulator holds; the refused ones were typed here only.
    expect(contacts.names.has(WALK_INS.confirmed.name)).toBe(true)
    expect(contacts.names.has(shownContact.name)).toBe(true)
    for (const person of Object.values(WALK_INS)) {
      contacts.names.add(person.name)
      contacts.phones.add(person.phone.replace(/\D/g, ''))
    }
    // Staff names are in the cache by right (the directory); a citizen who shares one is not searched.
    const staffNames = new Set(STAFF_DIRECTORY.map((entry) => entry.name))
    excludedAsStaff = [...contacts.names].filter((name) => staffNames.has(name))
    for (const name of excludedAsStaff) contacts.names.delete(name)
    expect(contacts.names.size).toBeGreaterThan(300)
    expect(walkInNames.every((name) => contacts.names.has(name))).toBe(true)

    // While the app runs: the files as they are on disk, and what a keyed reader sees.
    const files = [cacheFile, `${cacheFile}-wal`, `${cacheFile}-shm`, logFile]
    expect(scanFiles(files, contacts)).toEqual([])
    const running = scanDecrypted(cacheFile, contacts)
    expect(running.findings).toEqual([])
    expect(running.rows).toBeGreaterThan(500)

    core.close()
    expect(scanFiles(files, contacts)).toEqual([])
    const closed = scanDecrypted(cacheFile, contacts)
    expect(closed.findings).toEqual([])
    expect(closed.pages).toBeGreaterThan(50)
  })

  it('finds a full value when one is there (the scan itself works on this file)', () => {
    contacts ??= { ...simulatorContacts(simFile), names: new Set([WALK_INS.rejected.name]) }
    contacts.phones.add(WALK_INS.rejected.phone)
    const db = new Database(cacheFile)
    try {
      applyCacheKey(db, TEST_CACHE_KEY)
      db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', ?)`).run(JSON.stringify(`${WALK_INS.rejected.name} 010-6382-9147`))
    } finally {
      db.close()
    }
    expect(scanDecrypted(cacheFile, contacts).findings.sort()).toEqual(
      ['decrypted pages: 도윤슬', 'decrypted pages: 01063829147', 'settings row: 도윤슬', 'settings row: 01063829147'].sort()
    )
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Roster, SessionList } from '../../../src/shared/domains/reemployment/views'
import type { Diagnostics, DiagnosticsSaved } from '../../../src/shared/ipc/diagnosticsViews'
import type { AuditPage } from '../../../src/shared/ipc/privacyViews'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { answeredDialogs, type AnsweredDialogs } from '../reports/fixtures'

const WALK_IN = { name: '홍길순', phone: '010-2468-1357', birthYear: 1966 }
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYW5hZ2VyIn0.c2lnbmF0dXJlLXNlY3JldA'

describe('진단 정보: the facts, the zip, the log folder', () => {
  let h: SimHarness
  let dialogs: AnsweredDialogs
  let out: ReturnType<typeof makeTempDir>
  let logDir: string
  const opened: string[] = []

  beforeEach(async () => {
    dialogs = answeredDialogs()
    out = makeTempDir('diagnostics-out-')
    const logs = makeTempDir('diagnostics-logs-')
    logDir = logs.path
    opened.length = 0
    h = await startHarness(
      { scale: 400 },
      {
        dialogs,
        logDir,
        openPath: (path) => {
          opened.push(path)
          return Promise.resolve('')
        }
      }
    )
    await h.signIn('manager')
    await h.sync()
  })
  afterEach(async () => {
    await h.close()
    out.remove()
  })

  /** A walk-in queued (not sent): the outbox holds the typed name and phone until the next sync. */
  async function queueWalkIn(): Promise<Roster> {
    const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12', kind: 'education' })
    const session = list.sessions.find((s) => s.status === 'open' && s.counts.registered >= 3 && s.counts.registered < s.capacity)
    if (!session) throw new Error('the seed has no open education session with free seats')
    await h.call('reemployment:walkIn', { sessionId: session.id, ...WALK_IN })
    return h.call<Roster>('reemployment:roster', { sessionId: session.id })
  }

  it('counts per collection, last syncs, the outbox and the cache size, with nothing personal', async () => {
    const roster = await queueWalkIn()
    const facts = await h.call<Diagnostics>('diagnostics:get', {})
    const registrations = facts.collections.find((c) => c.collection === 'reemployment-registrations')
    expect(registrations?.count).toBeGreaterThan(0)
    expect(registrations?.lastPulledAt).not.toBeNull()
    expect(facts.outbox.pending).toBeGreaterThanOrEqual(1)
    expect(facts.cacheBytes).toBeGreaterThan(0)
    expect(facts.runtime.node).toBe(process.versions.node)
    expect(facts.logDir).toBe(logDir)
    const text = JSON.stringify(facts)
    for (const row of roster.rows) expect(text).not.toContain(row.person.name)
    expect(text).not.toContain(WALK_IN.name)
  })

  it('writes a zip of diagnostics.json, settings.json and the logs masked again, read back with a second reader', async () => {
    const roster = await queueWalkIn()
    // A log written before the mask (or by something else): a person, a phone, a token.
    writeFileSync(
      join(logDir, 'main.log'),
      `[info] walk-in { person: { name: '${WALK_IN.name}', phone: '${WALK_IN.phone}' } }\n[warn] portal said Authorization: Bearer ${TOKEN}\n`
    )
    writeFileSync(join(logDir, 'main.1.log'), `[info] older ${WALK_IN.phone.replaceAll('-', '')}\n`)
    writeFileSync(join(logDir, 'notes.txt'), `not a log ${WALK_IN.name}`)
    const target = join(out.path, '진단.zip')
    dialogs.answer.save = target

    const saved = await h.call<DiagnosticsSaved>('diagnostics:save', {})
    expect(saved).toEqual({ saved: true, fileName: '진단.zip', entries: ['diagnostics.json', 'settings.json', 'logs/main.1.log', 'logs/main.log'] })
    expect(dialogs.asked.at(-1)?.defaultName).toMatch(/^진단정보_\d{8}_\d{4}\.zip$/)
    expect(readdirSync(out.path)).toEqual(['진단.zip'])

    const zip = await JSZip.loadAsync(readFileSync(target))
    expect(Object.keys(zip.files).sort()).toEqual(['diagnostics.json', 'logs/main.1.log', 'logs/main.log', 'settings.json'])
    const entries = await Promise.all(Object.values(zip.files).map(async (file) => ({ name: file.name, text: await file.async('string') })))
    const personal = [WALK_IN.name, WALK_IN.phone, WALK_IN.phone.replaceAll('-', ''), TOKEN]
    // The screens' masked names may equal a masked log line's (the walk-in shows as 홍*순); the facts name no one at all.
    const shownNames = roster.rows.map((row) => row.person.name)
    for (const entry of entries) {
      for (const value of [...personal, ...(entry.name.startsWith('logs/') ? [] : shownNames)]) expect(entry.text, `${entry.name} holds ${value}`).not.toContain(value)
      // No SQLite page and no cache key in any entry.
      expect(entry.text).not.toContain('SQLite format')
    }
    const facts = JSON.parse(entries.find((entry) => entry.name === 'diagnostics.json')!.text) as Diagnostics
    expect(facts.outbox.pending).toBeGreaterThanOrEqual(1)
    expect(facts.collections.length).toBeGreaterThan(0)
    expect(entries.find((entry) => entry.name === 'logs/main.log')!.text).toContain("name: '홍*순'")

    const audit = await h.call<AuditPage>('audit:list', { kind: 'diagnostics_export' })
    expect(audit.rows).toHaveLength(1)
    expect(audit.rows[0]?.detail).toContain('진단.zip')
  })

  it('a closed save dialog writes nothing', async () => {
    dialogs.answer.save = null
    expect(await h.call<DiagnosticsSaved>('diagnostics:save', {})).toEqual({ saved: false })
    expect(readdirSync(out.path)).toEqual([])
  })

  it('로그 폴더 열기 asks the desktop to open the log folder (made if missing), and refuses in Korean without one', async () => {
    const missing = join(logDir, 'sub')
    await h.restart({ logDir: missing })
    await h.signIn('manager')
    expect(await h.call('diagnostics:openLogFolder', {})).toEqual({ ok: true })
    expect(opened).toEqual([missing])
    expect(existsSync(missing)).toBe(true)

    await h.restart({ openPath: undefined })
    await h.signIn('manager')
    const refused = await h.core.dispatch('diagnostics:openLogFolder', {})
    expect(refused).toMatchObject({ ok: false, error: { message: '이 실행 환경에서는 로그 폴더를 열 수 없습니다.' } })
  })
})

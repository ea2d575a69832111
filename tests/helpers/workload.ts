import type Database from 'better-sqlite3'
import { enqueueWrite } from '../../src/main/outbox/queue'
import { commentOp, reviewOp } from '../../src/main/domains/attractive-jobs/ops'
import { attendanceOp, registrationStatusOp, walkInOp } from '../../src/main/domains/reemployment/ops'
import type { PortalSimulator } from '../../src/main/simulator'
import type { AttractiveJob, ReemploymentRegistration } from '../../src/shared/portal'
import { idsWhere } from './outbox'

/** A small deterministic PRNG so a workload is the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface Workload {
  comments: Map<string, number>
  walkIns: string[]
  total: number
}

/**
 * Queues a mixed day of work on a synced cache: review decisions, comments, attendance marks,
 * walk-ins and registration changes — the writes that must reach the portal exactly once.
 */
export function queueWorkload(db: Database.Database, options: { seed: number; scale: number; actorId: string }): Workload {
  const random = rng(options.seed)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!
  const now = () => new Date()
  const actorId = options.actorId
  const workload: Workload = { comments: new Map(), walkIns: [], total: 0 }
  const queue = (fn: () => unknown) => {
    try {
      fn()
      workload.total += 1
    } catch {
      // An action the local state no longer allows (e.g. a second decision): refused locally, not queued.
    }
  }

  const submitted = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'submitted' ORDER BY id`)
  const inReview = idsWhere(db, `SELECT id FROM attractive_jobs WHERE status = 'in_review' ORDER BY id`)
  for (const id of submitted.slice(0, Math.ceil(options.scale / 4))) {
    queue(() => enqueueWrite(db, reviewOp, {recordId: id, body: { action: 'start_review' }, actorId, now: now() }))
    if (random() < 0.5) {
      const action = pick(['approve', 'reject', 'request_revision'] as const)
      queue(() =>
        enqueueWrite(db, reviewOp, {recordId: id,
          body: action === 'approve' ? { action } : { action, reason: '기준 미충족 항목이 있습니다' },
          actorId,
          now: now()
        })
      )
    }
  }
  for (const id of inReview.slice(0, Math.ceil(options.scale / 4))) {
    const action = pick(['approve', 'reject', 'request_revision'] as const)
    queue(() =>
      enqueueWrite(db, reviewOp, {recordId: id,
        body: action === 'approve' ? { action } : { action, reason: '사전교육 시간을 보완해 주십시오' },
        actorId,
        now: now()
      })
    )
  }
  const allJobs = idsWhere(db, `SELECT id FROM attractive_jobs ORDER BY id`)
  for (let i = 0; i < options.scale; i += 1) {
    const id = pick(allJobs)
    queue(() => enqueueWrite(db, commentOp, {recordId: id, body: { body: `검토 의견 ${i}` }, actorId, now: now() }))
    workload.comments.set(id, (workload.comments.get(id) ?? 0) + 1)
  }
  const registered = idsWhere(db, `SELECT id FROM reemployment_registrations WHERE status = 'registered' ORDER BY id`)
  for (const id of registered.slice(0, Math.ceil(options.scale / 3))) {
    const status = pick(['present', 'present', 'late', 'left_early', 'absent'] as const)
    queue(() => enqueueWrite(db, attendanceOp, {recordId: id, body: { status, checked_at: '2026-12-09T14:10:00+09:00' }, actorId, now: now() }))
  }
  const sessions = idsWhere(db, `SELECT id FROM reemployment_sessions WHERE status = 'open' ORDER BY id`)
  for (let i = 0; i < Math.ceil(options.scale / 10) && sessions.length > 0; i += 1) {
    const clientRef = crypto.randomUUID()
    queue(() =>
      enqueueWrite(db, walkInOp, {body: {
          session_id: pick(sessions),
          person: { name: `현장${i}`, birth_year: 1960 + (i % 15), phone: `010-9${String(i).padStart(3, '0')}-${String(1000 + i).slice(-4)}` },
          client_ref: clientRef
        },
        actorId,
        now: now()
      })
    )
    workload.walkIns.push(clientRef)
  }
  for (const id of registered.slice(-Math.ceil(options.scale / 20))) {
    queue(() => enqueueWrite(db, registrationStatusOp, {recordId: id, body: { status: 'cancelled' }, actorId, now: now() }))
  }
  return workload
}

interface DoneEntry {
  op: string
  record_id: string
  body: string
}

/** Asserts the portal holds every confirmed write exactly once, and nothing is lost or left pending. */
export function verifyExactlyOnce(db: Database.Database, sim: PortalSimulator, workload: Workload, expect: (v: unknown) => { toBe(x: unknown): void; toEqual(x: unknown): void; toBeLessThanOrEqual(x: number): void; toHaveLength(n: number): void }) {
  // Pending is allowed only behind a write of the same record that waits for a person (strict order per record).
  const strayPending = db
    .prepare(
      `SELECT count(*) AS n FROM outbox p WHERE p.state = 'pending' AND NOT EXISTS (
         SELECT 1 FROM outbox h WHERE h.collection = p.collection AND h.record_id = p.record_id
           AND h.seq < p.seq AND h.state IN ('conflict', 'rejected'))`
    )
    .get() as { n: number }
  expect(strayPending.n).toBe(0)
  const waiting = (db.prepare(`SELECT count(*) AS n FROM outbox WHERE state = 'pending'`).get() as { n: number }).n
  const stats = sim.control.stats()

  const done = db.prepare(`SELECT op, record_id, body FROM outbox WHERE state = 'done' ORDER BY seq`).all() as DoneEntry[]
  // Each confirmed comment is on the portal exactly once; the others still wait behind a parked write of their record.
  const confirmedComments = new Map<string, number>()
  for (const entry of done) if (entry.op === 'attractive_job.comment') confirmedComments.set(entry.record_id, (confirmedComments.get(entry.record_id) ?? 0) + 1)
  for (const [jobId] of workload.comments) expect(stats.commentsAdded[jobId] ?? 0).toBe(confirmedComments.get(jobId) ?? 0)
  const commentsQueued = [...workload.comments.values()].reduce((a, b) => a + b, 0)
  const commentsWaiting = (db.prepare(`SELECT count(*) AS n FROM outbox WHERE op = 'attractive_job.comment' AND state = 'pending'`).get() as { n: number }).n
  expect([...confirmedComments.values()].reduce((a, b) => a + b, 0) + commentsWaiting).toBe(commentsQueued)
  // Walk-ins: one registration per client_ref, none missing, none doubled.
  for (const ref of workload.walkIns) expect(stats.walkIns[ref] ?? []).toHaveLength(1)

  const lastReview = new Map<string, string>()
  const lastAttendance = new Map<string, string>()
  for (const entry of done) {
    const body = JSON.parse(entry.body) as { action?: string; status?: string }
    if (entry.op === 'attractive_job.review') lastReview.set(entry.record_id, body.action!)
    if (entry.op === 'registration.attendance') lastAttendance.set(entry.record_id, body.status!)
  }
  const target: Record<string, string> = { start_review: 'in_review', approve: 'approved', reject: 'rejected', request_revision: 'revision_requested' }
  for (const [id, action] of lastReview) expect((sim.control.record('attractive-jobs', id) as AttractiveJob).status).toBe(target[action])
  for (const [id, status] of lastAttendance) {
    expect((sim.control.record('reemployment-registrations', id) as ReemploymentRegistration).attendance?.status).toBe(status)
  }
  // Every write the portal refused is in the inbox, with the portal's reason — nowhere else.
  const parked = db.prepare(`SELECT state, last_error, base_version, server_record FROM outbox WHERE state IN ('conflict','rejected')`).all() as {
    state: string
    last_error: string
    base_version: number
    server_record: string | null
  }[]
  for (const row of parked) {
    const error = JSON.parse(row.last_error) as { code: string }
    if (row.state === 'conflict') {
      expect(error.code).toBe('version_conflict')
      expect((JSON.parse(row.server_record!) as { version: number }).version > row.base_version).toBe(true)
    }
  }
  expect(parked.filter((p) => p.state === 'conflict').length).toBeLessThanOrEqual(stats.faultsInjected.otherStaffEdit)
  return { done: done.length, parked: parked.length, waiting }
}

import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { columnsOf, indexesOf, memoryCache } from '../../../helpers/schema'

const session = (id: string, extra: Record<string, unknown>) => ({
  id,
  version: 1,
  updated_at: '2026-11-20T09:00:00+09:00',
  kind: 'education',
  service_type: 'career_design',
  title: '퇴직 예정자 재취업 설계 과정 1기 1일차',
  starts_at: '2026-12-01T13:00:00+09:00',
  ends_at: '2026-12-01T17:00:00+09:00',
  hours: 4,
  venue: '서울일자리센터 교육장',
  instructor: '김*수 (노사발전재단)',
  capacity: 30,
  status: 'open',
  ...extra
})

describe('db/migrations/0080 reemployment-roster', () => {
  it('adds the session and registration columns, filled from the cached JSON (the local view first)', () => {
    const db = memoryCache(70)
    const insertSession = db.prepare(
      `INSERT INTO reemployment_sessions (id, version, updated_at, status, kind, service_type, title, starts_at, capacity, pulled_at) VALUES (?, 1, ?, 'open', 'education', 'career_design', ?, ?, 30, ?)`
    )
    const insertSessionJson = db.prepare(`INSERT INTO reemployment_sessions_json (rowid, raw, local_raw) VALUES (?, ?, ?)`)
    const withCourse = session('RS-2026-12-01', { course: { id: 'RC-2026-12-01', title: '과정 1기', day: 1, days: 2 } })
    const oneOff = session('RS-2026-12-02', { course: null, hours: 3 })
    // Cached before the portal sent `course`.
    const before = session('RS-2026-12-03', {})
    for (const s of [withCourse, oneOff, before]) {
      const { lastInsertRowid } = insertSession.run(s.id, s.updated_at, s.title, s.starts_at, '2026-11-30T09:00:00.000Z')
      insertSessionJson.run(lastInsertRowid, JSON.stringify(s), null)
    }

    const insertReg = db.prepare(
      `INSERT INTO reemployment_registrations (id, version, updated_at, session_id, status, waitlist_rank, attendance_status, person_name, phone_last4, birth_year, client_ref, pulled_at)
       VALUES (?, 1, '2026-11-20T09:00:00+09:00', 'RS-2026-12-01', 'registered', NULL, ?, '박*영', '4821', 1968, NULL, '2026-11-30T09:00:00.000Z')`
    )
    const insertRegJson = db.prepare(`INSERT INTO reemployment_registrations_json (rowid, raw, local_raw) VALUES (?, ?, ?)`)
    const person = { id: 'P-0001873', name: '박*영', birth_year: 1968, phone: '010-****-4821', phone_last4: '4821' }
    const served = { id: 'RR-1', person, attendance: null }
    const checkedLocally = { id: 'RR-2', person, attendance: { status: 'present', checked_at: '2026-12-01T12:58:00+09:00', checked_by: 'S-0041' } }
    const old = { id: 'RR-3', person: { name: '김*', birth_year: 1964, phone: '010-****-1111', phone_last4: '1111' }, attendance: null }
    const r1 = insertReg.run('RR-1', null)
    insertRegJson.run(r1.lastInsertRowid, JSON.stringify(served), null)
    const r2 = insertReg.run('RR-2', 'present')
    insertRegJson.run(r2.lastInsertRowid, JSON.stringify({ ...checkedLocally, attendance: null }), JSON.stringify(checkedLocally))
    const r3 = insertReg.run('RR-3', null)
    insertRegJson.run(r3.lastInsertRowid, JSON.stringify(old), null)

    migrate(db, 80)

    expect(schemaVersion(db)).toBe(80)
    expect(columnsOf(db, 'reemployment_sessions')).toEqual(expect.arrayContaining(['ends_at', 'hours', 'course_id', 'course_day']))
    expect(columnsOf(db, 'reemployment_registrations')).toEqual(expect.arrayContaining(['person_id', 'checked_at']))
    expect(db.prepare(`SELECT id, ends_at, hours, course_id, course_day FROM reemployment_sessions ORDER BY id`).all()).toEqual([
      { id: 'RS-2026-12-01', ends_at: '2026-12-01T17:00:00+09:00', hours: 4, course_id: 'RC-2026-12-01', course_day: 1 },
      { id: 'RS-2026-12-02', ends_at: '2026-12-01T17:00:00+09:00', hours: 3, course_id: null, course_day: null },
      { id: 'RS-2026-12-03', ends_at: '2026-12-01T17:00:00+09:00', hours: 4, course_id: null, course_day: null }
    ])
    expect(db.prepare(`SELECT id, person_id, checked_at FROM reemployment_registrations ORDER BY id`).all()).toEqual([
      { id: 'RR-1', person_id: 'P-0001873', checked_at: null },
      { id: 'RR-2', person_id: 'P-0001873', checked_at: '2026-12-01T12:58:00+09:00' },
      { id: 'RR-3', person_id: null, checked_at: null }
    ])
    expect(indexesOf(db, 'reemployment_registrations').join('\n')).toContain('reemployment_registrations_by_person')
    expect(indexesOf(db, 'reemployment_sessions').join('\n')).toContain('reemployment_sessions_by_course')
  })
})

import type { Migration } from './index'

/**
 * 재취업 rosters and check-in. Sessions gain the columns the month list, the week calendar and 수료
 * read (`ends_at`, `hours`, the course and its day); registrations gain the member id the per-person
 * counts group by (`person_id`) and the attendance's PC time (`checked_at`, for today's check-ins).
 *
 * The values are filled from the cached JSON (the local view while writes are pending). A record
 * cached before the portal sent `person.id` and `course` keeps NULL there until it next changes on the
 * portal: such a registration is left out of the per-person counts, such a session is a one-off.
 */
export const migration0080: Migration = {
  version: 80,
  name: 'reemployment-roster',
  up(db) {
    db.exec(`
      ALTER TABLE reemployment_sessions ADD COLUMN ends_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE reemployment_sessions ADD COLUMN hours REAL NOT NULL DEFAULT 0;
      ALTER TABLE reemployment_sessions ADD COLUMN course_id TEXT;
      ALTER TABLE reemployment_sessions ADD COLUMN course_day INTEGER;
      UPDATE reemployment_sessions SET
        ends_at = coalesce((SELECT json_extract(coalesce(j.local_raw, j.raw), '$.ends_at') FROM reemployment_sessions_json j WHERE j.rowid = reemployment_sessions.rowid), ''),
        hours = coalesce((SELECT json_extract(coalesce(j.local_raw, j.raw), '$.hours') FROM reemployment_sessions_json j WHERE j.rowid = reemployment_sessions.rowid), 0),
        course_id = (SELECT json_extract(coalesce(j.local_raw, j.raw), '$.course.id') FROM reemployment_sessions_json j WHERE j.rowid = reemployment_sessions.rowid),
        course_day = (SELECT json_extract(coalesce(j.local_raw, j.raw), '$.course.day') FROM reemployment_sessions_json j WHERE j.rowid = reemployment_sessions.rowid);
      CREATE INDEX reemployment_sessions_by_course ON reemployment_sessions (course_id, course_day) WHERE course_id IS NOT NULL;

      ALTER TABLE reemployment_registrations ADD COLUMN person_id TEXT;
      ALTER TABLE reemployment_registrations ADD COLUMN checked_at TEXT;
      UPDATE reemployment_registrations SET
        person_id = (SELECT json_extract(coalesce(j.local_raw, j.raw), '$.person.id') FROM reemployment_registrations_json j WHERE j.rowid = reemployment_registrations.rowid),
        checked_at = (SELECT json_extract(coalesce(j.local_raw, j.raw), '$.attendance.checked_at') FROM reemployment_registrations_json j WHERE j.rowid = reemployment_registrations.rowid);
      CREATE INDEX reemployment_registrations_by_person ON reemployment_registrations (person_id) WHERE person_id IS NOT NULL;
      CREATE INDEX reemployment_registrations_by_checked ON reemployment_registrations (checked_at) WHERE checked_at IS NOT NULL;
    `)
  }
}

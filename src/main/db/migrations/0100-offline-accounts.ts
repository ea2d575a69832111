import type { Migration } from './index'

/**
 * Offline unlock. At each online sign-in the app keeps, per account, a scrypt verifier of the password
 * and the staff member as the portal answered (roles included), so that going on without the portal —
 * and unlocking after the idle lock — needs the same password, and offline work runs with the roles
 * verified at the last online sign-in. Wrong tries are counted here so a restart does not reset them
 * (안전성 확보조치 기준 §5⑥). No row exists until the first online sign-in after this update: until
 * then nobody can go on offline, which is the safe side.
 */
export const migration0100: Migration = {
  version: 100,
  name: 'offline-accounts',
  up(db) {
    db.exec(`
      CREATE TABLE offline_accounts (
        username TEXT PRIMARY KEY,
        staff_id TEXT NOT NULL,
        staff TEXT NOT NULL,
        salt BLOB NOT NULL,
        verifier BLOB NOT NULL,
        params TEXT NOT NULL,
        verified_at TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
      );
      CREATE INDEX offline_accounts_by_staff ON offline_accounts (staff_id);
    `)
  }
}

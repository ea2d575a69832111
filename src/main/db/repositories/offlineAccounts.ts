import type { Db } from '../types'
import { Staff } from '../../../shared/portal'
import { prepared } from '../statements'

/** The scrypt parameters a verifier was made with (kept per row, so they can be raised later). */
export interface VerifierParams {
  N: number
  r: number
  p: number
  keylen: number
}

export interface OfflineAccount {
  username: string
  staff: Staff
  salt: Buffer
  verifier: Buffer
  params: VerifierParams
  verifiedAt: string
  failedAttempts: number
  lockedUntil: string | null
}

interface Row {
  username: string
  staff_id: string
  staff: string
  salt: Buffer
  verifier: Buffer
  params: string
  verified_at: string
  failed_attempts: number
  locked_until: string | null
}

function fromRow(row: Row): OfflineAccount {
  return {
    username: row.username,
    staff: Staff.parse(JSON.parse(row.staff)),
    salt: row.salt,
    verifier: row.verifier,
    params: JSON.parse(row.params) as VerifierParams,
    verifiedAt: row.verified_at,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until
  }
}

/** Account names are kept as typed at sign-in, compared without case (the portal's ids are case-insensitive). */
export function accountKey(username: string): string {
  return username.trim().toLowerCase()
}

export function getOfflineAccount(db: Db, username: string): OfflineAccount | null {
  const row = prepared(db, `SELECT * FROM offline_accounts WHERE username = ?`).get(accountKey(username)) as Row | undefined
  return row ? fromRow(row) : null
}

export function getOfflineAccountByStaff(db: Db, staffId: string): OfflineAccount | null {
  const row = prepared(db, `SELECT * FROM offline_accounts WHERE staff_id = ? ORDER BY verified_at DESC LIMIT 1`).get(staffId) as Row | undefined
  return row ? fromRow(row) : null
}

export function listOfflineAccounts(db: Db): OfflineAccount[] {
  return (prepared(db, `SELECT * FROM offline_accounts ORDER BY verified_at DESC`).all() as Row[]).map(fromRow)
}

/** A successful online sign-in: the new verifier and roles, the wrong-try count cleared. */
export function saveOfflineAccount(
  db: Db,
  account: { username: string; staff: Staff; salt: Buffer; verifier: Buffer; params: VerifierParams; verifiedAt: string }
): void {
  prepared(
    db,
    `INSERT INTO offline_accounts (username, staff_id, staff, salt, verifier, params, verified_at, failed_attempts, locked_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL)
     ON CONFLICT (username) DO UPDATE SET staff_id = excluded.staff_id, staff = excluded.staff, salt = excluded.salt,
       verifier = excluded.verifier, params = excluded.params, verified_at = excluded.verified_at, failed_attempts = 0, locked_until = NULL`
  ).run(
    accountKey(account.username),
    account.staff.id,
    JSON.stringify(account.staff),
    account.salt,
    account.verifier,
    JSON.stringify(account.params),
    account.verifiedAt
  )
}

/** Counts a wrong password; returns the new count. `lockedUntil` is set when this try reached the limit. */
export function recordFailedAttempt(db: Db, username: string, lockedUntil: string | null): number {
  prepared(db, `UPDATE offline_accounts SET failed_attempts = failed_attempts + 1, locked_until = coalesce(?, locked_until) WHERE username = ?`).run(
    lockedUntil,
    accountKey(username)
  )
  const row = prepared(db, `SELECT failed_attempts FROM offline_accounts WHERE username = ?`).get(accountKey(username)) as { failed_attempts: number } | undefined
  return row?.failed_attempts ?? 0
}

export function clearFailedAttempts(db: Db, username: string): void {
  prepared(db, `UPDATE offline_accounts SET failed_attempts = 0, locked_until = NULL WHERE username = ?`).run(accountKey(username))
}

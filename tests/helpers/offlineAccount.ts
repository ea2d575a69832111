import { saveOfflineAccount } from '../../src/main/db/repositories/offlineAccounts'
import type { Db } from '../../src/main/db/types'
import { makeVerifier } from '../../src/main/core/passwordVerifier'
import type { Staff } from '../../src/shared/portal'

/**
 * What an online sign-in leaves on the PC (a password verifier and the roles of then), for caches a
 * test or benchmark builds without a portal: offline unlock then works as after a real sign-in.
 */
export async function rememberAccount(db: Db, username: string, staff: Staff, password = 'demo'): Promise<void> {
  saveOfflineAccount(db, { username, staff, ...(await makeVerifier(password)), verifiedAt: new Date().toISOString() })
}

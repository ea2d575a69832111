import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../src/main/db/migrations/runner'
import { getOfflineAccount, recordFailedAttempt, saveOfflineAccount } from '../../../../src/main/db/repositories/offlineAccounts'
import { columnsOf, memoryCache } from '../../../helpers/schema'

const MANAGER = { id: 'S-0001', name: '김민준', department: '일자리정책과', roles: ['manager' as const] }

describe('db/migrations/0100 offline-accounts', () => {
  it('adds the verifier table and keeps the settings of a cache from before, with nobody able to go on offline yet', () => {
    const db = memoryCache(90)
    db.prepare(`INSERT INTO settings (key, value) VALUES ('last_staff', ?), ('portal_url', '"https://job.seoul.go.kr"')`).run(JSON.stringify(MANAGER))
    migrate(db)
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(100)
    expect(columnsOf(db, 'offline_accounts')).toEqual(['username', 'staff_id', 'staff', 'salt', 'verifier', 'params', 'verified_at', 'failed_attempts', 'locked_until'])
    expect(db.prepare(`SELECT count(*) AS n FROM offline_accounts`).get()).toEqual({ n: 0 })
    expect(db.prepare(`SELECT key, value FROM settings ORDER BY key`).all()).toEqual([
      { key: 'last_staff', value: JSON.stringify(MANAGER) },
      { key: 'portal_url', value: '"https://job.seoul.go.kr"' }
    ])
  })

  it('keeps one verifier per account name (case-insensitive); a new online sign-in replaces it and clears wrong tries', () => {
    const db = memoryCache()
    const params = { N: 1024, r: 8, p: 1, keylen: 32 }
    saveOfflineAccount(db, { username: 'Manager', staff: MANAGER, salt: Buffer.from('salt-1'), verifier: Buffer.from('v-1'), params, verifiedAt: '2026-12-01T00:00:00.000Z' })
    expect(recordFailedAttempt(db, 'manager', null)).toBe(1)
    expect(recordFailedAttempt(db, 'MANAGER', '2026-12-01T00:30:00.000Z')).toBe(2)
    expect(getOfflineAccount(db, 'manager')).toMatchObject({ failedAttempts: 2, lockedUntil: '2026-12-01T00:30:00.000Z' })
    saveOfflineAccount(db, { username: 'manager', staff: { ...MANAGER, roles: ['manager'] }, salt: Buffer.from('salt-2'), verifier: Buffer.from('v-2'), params, verifiedAt: '2026-12-02T00:00:00.000Z' })
    const account = getOfflineAccount(db, 'manager')!
    expect(account).toMatchObject({ username: 'manager', failedAttempts: 0, lockedUntil: null, verifiedAt: '2026-12-02T00:00:00.000Z', params })
    expect(account.verifier.toString()).toBe('v-2')
    expect(db.prepare(`SELECT count(*) AS n FROM offline_accounts`).get()).toEqual({ n: 1 })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../../src/shared/ipc/contract'
import type { Role } from '../../../src/shared/portal'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { startHarness, type SimHarness } from '../../helpers/sim'

/**
 * Who may call what, written out by hand from the issue and portal-admin-api.md §2/§9 — not derived
 * from the contract, so a wrong `access` in the contract fails here.
 */
const PUBLIC = new Set<Channel>(['app:info', 'app:startDemo', 'auth:session', 'auth:signIn', 'auth:continueOffline', 'auth:unlock', 'auth:lock', 'auth:signOut'])
const MANAGER_ONLY = new Set<Channel>([
  'sme:committee',
  'sme:ranking',
  'sme:advancePreview',
  'sme:advance',
  'sme:selectPreview',
  'sme:select',
  'audit:list',
  'audit:monthly',
  'audit:markReviewed',
  'audit:verify',
  'privacy:purgeNow'
])
const SME_SCREENER_ONLY = new Set<Channel>(['sme:screen'])
const SME_EVALUATOR_ONLY = new Set<Channel>(['sme:pledgeStatus', 'sme:confirmPledge', 'sme:mySheets', 'sme:sheet', 'sme:score', 'sme:abstain'])

function allowedRoles(channel: Channel): readonly Role[] | 'everyone signed in' {
  if (MANAGER_ONLY.has(channel)) return ['manager']
  if (SME_SCREENER_ONLY.has(channel)) return ['manager', 'sme_screener']
  if (SME_EVALUATOR_ONLY.has(channel)) return ['manager', 'sme_evaluator']
  if (channel.startsWith('attractiveJobs:')) return ['manager', 'attractive_jobs_reviewer']
  if (channel.startsWith('sme:')) return ['manager', 'sme_screener', 'sme_evaluator']
  if (channel.startsWith('reemployment:')) return ['manager', 'reemployment_coordinator']
  return 'everyone signed in'
}

const ACCOUNTS: { username: string; role: Role }[] = [
  { username: 'manager', role: 'manager' },
  { username: 'reviewer', role: 'attractive_jobs_reviewer' },
  { username: 'screener', role: 'sme_screener' },
  { username: 'evaluator', role: 'sme_evaluator' },
  { username: 'coordinator', role: 'reemployment_coordinator' }
]

/** An input most channels refuse, so an allowed call mostly stops at validation; what it reaches does not matter here. */
const UNPARSEABLE = { __not_a_field__: 'x'.repeat(3), id: 42, page: 'one' }

describe('the role matrix: every channel × every role × signed out', () => {
  let h: SimHarness
  beforeAll(async () => {
    h = await startHarness({ scale: 20 }, { cacheKey: TEST_CACHE_KEY })
  })
  afterAll(async () => h?.close())

  it('refuses every non-public channel with not_signed_in before anyone signs in', async () => {
    for (const channel of CHANNELS) {
      if (PUBLIC.has(channel)) continue
      const result = await h.core.dispatch(channel, UNPARSEABLE)
      expect(result.ok ? 'ok' : result.error.code, channel).toBe('not_signed_in')
    }
  })

  for (const { username, role } of ACCOUNTS) {
    it(`as ${role}: the channels of the role reach their input check, the others are forbidden`, async () => {
      await h.call('auth:signIn', { username, password: 'demo' })
      const seen: Record<string, string> = {}
      for (const channel of CHANNELS) {
        if (PUBLIC.has(channel)) continue
        const result = await h.core.dispatch(channel, UNPARSEABLE)
        const code = result.ok ? 'ok' : result.error.code
        seen[channel] = code === 'forbidden' || code === 'not_signed_in' || code === 'locked' ? code : 'reached'
      }
      const expected = Object.fromEntries(
        Object.keys(seen).map((channel) => {
          const allowed = allowedRoles(channel as Channel)
          const may = allowed === 'everyone signed in' || allowed.includes(role)
          return [channel, may ? 'reached' : 'forbidden']
        })
      )
      expect(seen).toEqual(expected)
      await h.call('auth:signOut', {})
    })
  }
})

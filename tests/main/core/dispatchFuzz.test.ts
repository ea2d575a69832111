import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHANNELS, contract, type Channel } from '../../../src/shared/ipc/contract'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { startHarness, type SimHarness } from '../../helpers/sim'

const TOTAL_PAYLOADS = 10_000
const PHASES = ['signed out', 'manager', 'reviewer', 'screener', 'evaluator', 'coordinator'] as const

/** The field names a channel's input knows, so generated payloads also get past the top level. */
function fieldsOf(channel: Channel): string[] {
  const input = contract[channel].input as z.ZodType
  return input instanceof z.ZodObject ? Object.keys(input.shape) : []
}

const leaf = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', '__proto__', 'constructor', 'AJ-2026-000001', 'SME-2026-1-0001', '2026-12', '2026-12-03', 'S-0001', "'; DROP TABLE outbox; --", 'x'.repeat(25_000))
)
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), tie('node'), { maxKeys: 4 }))
})).node

function payloadFor(channel: Channel): fc.Arbitrary<unknown> {
  const fields = fieldsOf(channel)
  const shaped = fields.length > 0 ? fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }) : fc.constant({})
  return fc.oneof(shaped, fc.anything(), value)
}

const call = fc.constantFrom(...CHANNELS).chain((channel) => payloadFor(channel).map((payload) => ({ channel, payload })))

/**
 * Calls the signed-in phases leave alone: they would end or change the session the phase is about
 * (a new portal address signs out). The signed-out phase sends them too.
 */
const SESSION_CHANGING = new Set<string>(['auth:signIn', 'auth:signOut', 'auth:continueOffline', 'auth:lock', 'auth:unlock', 'app:startDemo', 'settings:update'])

describe('dispatch under 10,000 generated payloads on every channel, as each role and signed out', () => {
  let h: SimHarness
  const unhandled: unknown[] = []
  const onUnhandled = (reason: unknown) => unhandled.push(reason)
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled)
    // A clock that stands still: the idle lock never interrupts a phase.
    h = await startHarness({ scale: 20 }, { cacheKey: TEST_CACHE_KEY, now: () => new Date('2026-12-03T10:00:00+09:00') })
    await h.signIn('manager')
    await h.core.context.sync.start().done
    await h.call('auth:signOut', {})
  })
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled)
    await h?.close()
  })

  for (const phase of PHASES) {
    it(`${phase}: every answer is an IpcResult, refusals are clean, answers match the output schema`, async () => {
      if (phase !== 'signed out') await h.call('auth:signIn', { username: phase, password: 'demo' })
      const codes = new Map<string, number>()
      await fc.assert(
        fc.asyncProperty(call, async ({ channel, payload }) => {
          if (phase !== 'signed out' && SESSION_CHANGING.has(channel)) return
          const result = await h.core.dispatch(channel, payload)
          if (result.ok) {
            expect(contract[channel].output.safeParse(result.value).success, channel).toBe(true)
            codes.set('ok', (codes.get('ok') ?? 0) + 1)
          } else {
            expect(result.error.code, channel).toMatch(/^[a-z_]+$/)
            expect(result.error.message, channel).toMatch(/[가-힣]/)
            expect(result.error.message, channel).not.toMatch(/\n\s+at |TypeError|undefined/)
            codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
          }
        }),
        { numRuns: Math.ceil(TOTAL_PAYLOADS / PHASES.length), seed: 16 + PHASES.indexOf(phase) }
      )
      expect(codes.get('internal') ?? 0, JSON.stringify(Object.fromEntries(codes))).toBe(0)
      if (phase === 'signed out') expect(codes.get('not_signed_in') ?? 0).toBeGreaterThan(0)
      else expect(codes.get('validation_failed') ?? 0).toBeGreaterThan(0)
      expect(unhandled).toEqual([])
      if (phase !== 'signed out') await h.call('auth:signOut', {})
    })
  }
})

/** Fault injection: rate limits, outages, dropped connections, latency, concurrent edits, broken feed items. */
import type { CollectionName } from '../../shared/portal/common'
import { createRng, type Rng } from './util'

export interface FaultSettings {
  rate429: number
  rate503: number
  dropRate: number
  latencyMs: number
  retryAfterSeconds: number
  otherStaffEditRate: number
  malformedRate: number
}

export const DEFAULT_FAULTS: FaultSettings = {
  rate429: 0,
  rate503: 0,
  dropRate: 0,
  latencyMs: 0,
  retryAfterSeconds: 1,
  otherStaffEditRate: 0,
  malformedRate: 0
}

const RATE_KEYS = ['rate429', 'rate503', 'dropRate', 'otherStaffEditRate', 'malformedRate'] as const

export interface FaultCounters {
  rate429: number
  rate503: number
  drop: number
  otherStaffEdit: number
  malformed: number
}

/** Validates a partial update; returns an error message or null. */
export function checkFaults(p: Record<string, unknown>): string | null {
  for (const [k, v] of Object.entries(p)) {
    if (!(k in DEFAULT_FAULTS)) return `unknown fault setting: ${k}`
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `${k} must be a non-negative number`
    if ((RATE_KEYS as readonly string[]).includes(k) && v > 1) return `${k} must be between 0 and 1`
  }
  return null
}

export class FaultState {
  private settings: FaultSettings
  readonly counters: FaultCounters = { rate429: 0, rate503: 0, drop: 0, otherStaffEdit: 0, malformed: 0 }
  private readonly rng: Rng

  constructor(initial: Partial<FaultSettings> | undefined, seed: number) {
    this.settings = { ...DEFAULT_FAULTS }
    this.rng = createRng(seed ^ 0x5eed)
    if (initial) this.set(initial)
  }

  get(): FaultSettings {
    return { ...this.settings }
  }

  set(p: Partial<FaultSettings>): void {
    const error = checkFaults(p)
    if (error) throw new RangeError(error)
    this.settings = { ...this.settings, ...p }
  }

  roll(kind: 'rate429' | 'rate503' | 'dropRate' | 'otherStaffEditRate' | 'malformedRate'): boolean {
    const p = this.settings[kind]
    return p > 0 && this.rng.next() < p
  }

  coin(): boolean {
    return this.rng.next() < 0.5
  }
}

/** A copy of a record that breaks its collection's schema in a typical way. */
export function breakRecord(collection: CollectionName, json: string, variant: number): string {
  const rec = JSON.parse(json) as Record<string, unknown>
  if (rec.deleted === true) return JSON.stringify({ ...rec, version: 'v1' })
  switch (collection) {
    case 'attractive-jobs':
      if (variant % 3 === 0) delete rec.title
      else if (variant % 3 === 1) rec.status = 'bogus'
      else rec.hourly_wage = typeof rec.hourly_wage === 'number' ? rec.hourly_wage.toLocaleString('en-US') : '12,000'
      break
    case 'sme-applications':
      if (variant % 2 === 0) rec.status = 'bogus'
      else rec.company = { ...(rec.company as Record<string, unknown>), business_no: '120-81-47521' }
      break
    case 'reemployment-sessions':
      if (variant % 2 === 0) rec.capacity = '사십'
      else rec.starts_at = '2026/12/09 14:00'
      break
    case 'reemployment-registrations':
      if (variant % 2 === 0) rec.status = 'bogus'
      else rec.waitlist_rank = 0
      break
  }
  return JSON.stringify(rec)
}

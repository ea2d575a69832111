/** Small deterministic helpers shared by the simulator modules (seeded RNG, Seoul-time formatting). */

export interface Rng {
  next(): number
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(items: readonly (readonly [T, number])[]): T
}

/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same stream. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0)
      let r = next() * total
      for (const [item, w] of items) {
        r -= w
        if (r < 0) return item
      }
      const last = items[items.length - 1]
      if (!last) throw new Error('weighted pick from an empty list')
      return last[0]
    }
  }
  return rng
}

const KST_OFFSET_MS = 9 * 3600 * 1000

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Civil date from days since 1970-01-01 (H. Hinnant's algorithm); much cheaper than Date#toISOString. */
function civil(days: number): string {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${y}-${two(m)}-${two(d)}`
}

/** RFC 3339 instant in Asia/Seoul, second precision: 2026-12-03T14:00:00+09:00 */
export function kstInstant(ms: number): string {
  const secs = Math.floor((ms + KST_OFFSET_MS) / 1000)
  const days = Math.floor(secs / 86400)
  const rest = secs - days * 86400
  return `${civil(days)}T${two(Math.floor(rest / 3600))}:${two(Math.floor(rest / 60) % 60)}:${two(rest % 60)}+09:00`
}

/** YYYY-MM-DD of an instant in Asia/Seoul. */
export function kstDate(ms: number): string {
  return new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 10)
}

/** Milliseconds of a Seoul wall-clock time. */
export function kstMs(date: string, time = '00:00'): number {
  return Date.parse(`${date}T${time}:00+09:00`)
}

export function addDays(date: string, days: number): string {
  return kstDate(kstMs(date) + days * 86_400_000)
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Milliseconds since the epoch; the simulator reads the time only through one of these (tests inject their own). */
export type Clock = () => number

export function nowInstant(now: Clock): string {
  return kstInstant(now())
}

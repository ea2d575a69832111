import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Figure {
  name: string
  value: number
  unit: string
  baseline?: { label: string; value: number }
  target?: string
  ok?: boolean
}

/** The passphrase every benchmark cache is encrypted with, as the app's caches are. */
export const BENCH_CACHE_KEY = 'bench-cache-key-0123456789abcdef0123456789abcdef'

export const figures: Figure[] = []

export function record(figure: Figure): void {
  figures.push(figure)
  const base = figure.baseline ? ` | ${figure.baseline.label}: ${fmt(figure.baseline.value)} ${figure.unit}` : ''
  const target = figure.target ? ` | 목표 ${figure.target}${figure.ok === undefined ? '' : figure.ok ? ' ✓' : ' ✗'}` : ''
  process.stdout.write(`  ${figure.name}: ${fmt(figure.value)} ${figure.unit}${base}${target}\n`)
}

export function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2)
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

/** Median of `runs` timings (ms) of `fn`, after one warm-up call. */
export async function medianMs(fn: () => unknown, runs = 15): Promise<{ median: number; first: number }> {
  const t0 = performance.now()
  await fn()
  const first = performance.now() - t0
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return { median: median(times), first }
}

/** The middle item by `value` (the upper one of an even count); undefined for none. */
export function middleBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => value(a) - value(b))
  return sorted[Math.floor(sorted.length / 2)]
}

/** The middle value (the upper one of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  return middleBy(values, (v) => v) ?? Number.NaN
}

export function section(title: string): void {
  process.stdout.write(`\n## ${title}\n`)
}

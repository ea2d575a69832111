/**
 * Field-level comparison of two versions of a record, for the conflict inbox. Nested objects are
 * flattened to dotted paths (`budget.funding.city`); arrays are compared as a whole value.
 * Bookkeeping fields that change on every write are left out.
 */
const IGNORED = new Set(['version', 'updated_at'])

export function flattenRecord(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key
      if (!prefix && IGNORED.has(key)) continue
      flattenRecord(child, path, out)
    }
    return out
  }
  out[prefix] = value === undefined ? '' : JSON.stringify(value)
  return out
}

/** Paths whose values differ between `a` and `b` (either side may be missing). */
export function changedPaths(a: unknown, b: unknown): string[] {
  const left = flattenRecord(a ?? {})
  const right = flattenRecord(b ?? {})
  const paths = new Set([...Object.keys(left), ...Object.keys(right)])
  return [...paths].filter((p) => left[p] !== right[p]).sort()
}

export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

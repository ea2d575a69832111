import type { z } from 'zod'

/**
 * What every list screen (매력일자리, 강소기업) does with its view: columns kept in display order with
 * the required ones, filters cleaned so equal filters compare (and save) equal, the filters the 필터
 * control counts, a chip's × and the filter a link brings. Pure, so tests/renderer checks it.
 */

/** The filter-like objects lists keep: each key a value, an array of values, a flag or a search text. */
export type FilterObject = object

/** Visible columns in display order, always including the required ones. */
export function normalizeColumns<C extends string>(order: readonly C[], required: readonly C[], columns: readonly string[]): C[] {
  const wanted = new Set<string>([...columns, ...required])
  return order.filter((c) => wanted.has(c))
}

/** Drops empty arrays, false flags and blank search so equal filters compare (and save) equal; trims text. */
export function cleanFilter<F extends FilterObject>(filter: F): F {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === false) continue
    if (Array.isArray(value) && value.length === 0) continue
    if (typeof value === 'string' && value.trim() === '') continue
    out[key] = typeof value === 'string' ? value.trim() : value
  }
  return out as F
}

/** The keys of `keys` that hold a value in `filter` (a non-empty array, a set flag or choice). */
export function activeFilterKeys<F extends FilterObject, K extends keyof F>(filter: F, keys: readonly K[]): K[] {
  return keys.filter((key) => {
    const value = filter[key]
    return value !== undefined && value !== null && value !== false && (!Array.isArray(value) || value.length > 0)
  })
}

/** The values one filter key holds, as a list (a single choice or flag is one value). */
export function filterValuesOf<F extends FilterObject>(filter: F, key: keyof F): (string | number | boolean)[] {
  const raw = filter[key] as unknown
  if (Array.isArray(raw)) return raw as (string | number)[]
  if (raw === undefined || raw === null || raw === false) return []
  return [raw as string | number | boolean]
}

/** The filter without one chosen value (a chip's ×); a filter left with no value is dropped. */
export function withoutFilterValue<F extends FilterObject>(filter: F, key: keyof F, value: string | number | boolean): F {
  const current = filter[key] as unknown
  if (!Array.isArray(current)) return cleanFilter({ ...filter, [key]: undefined })
  return cleanFilter({ ...filter, [key]: (current as (string | number)[]).filter((v) => v !== value) })
}

/**
 * The filter a link brought (`#/…?filter=…`, the home screen's counts), or null when there is none or it
 * is not one the list accepts (checked with the list's own schema, as main would).
 */
export function filterFromRoute<S extends z.ZodType<FilterObject>>(schema: S, value: string | undefined): z.infer<S> | null {
  if (!value) return null
  try {
    const parsed = schema.safeParse(JSON.parse(value))
    return parsed.success ? cleanFilter(parsed.data) : null
  } catch {
    return null
  }
}

/** The link's form of a filter (see filterFromRoute). */
export function filterToRoute(filter: FilterObject): string {
  return JSON.stringify(cleanFilter(filter))
}

export interface ListViewShape<F extends FilterObject, C extends string> {
  filter: F
  sort: unknown
  columns: C[]
  pageSize: number
}

/** A view with its filter cleaned and its columns normalized. */
export function normalizeListView<F extends FilterObject, C extends string, V extends ListViewShape<F, C>>(
  view: V,
  order: readonly C[],
  required: readonly C[]
): V {
  return { ...view, filter: cleanFilter(view.filter), columns: normalizeColumns(order, required, view.columns) }
}

/** Two views that would show the same list (key order and blank values aside). */
export function sameListView<F extends FilterObject, C extends string, V extends ListViewShape<F, C>>(
  a: V,
  b: V,
  order: readonly C[],
  required: readonly C[]
): boolean {
  const key = (v: V) => {
    const n = normalizeListView<F, C, V>(v, order, required)
    return JSON.stringify([sortedObject(n.filter), n.sort, n.columns, n.pageSize])
  }
  return key(a) === key(b)
}

function sortedObject(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
}

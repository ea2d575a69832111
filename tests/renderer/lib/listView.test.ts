import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  activeFilterKeys,
  cleanFilter,
  filterFromRoute,
  filterToRoute,
  filterValuesOf,
  normalizeColumns,
  normalizeListView,
  sameListView,
  withoutFilterValue
} from '../../../src/renderer/src/lib/listView'

const Filter = z.object({
  statuses: z.array(z.enum(['a', 'b'])).optional(),
  years: z.array(z.number()).optional(),
  check: z.enum(['pass', 'fail']).optional(),
  onlyBad: z.boolean().optional(),
  search: z.string().max(5).optional()
})
type Filter = z.infer<typeof Filter>

const ORDER = ['status', 'title', 'org', 'date'] as const
const REQUIRED = ['status', 'title'] as const

describe('renderer/lib/listView', () => {
  it('keeps columns in display order with the required ones, whatever was asked', () => {
    expect(normalizeColumns(ORDER, REQUIRED, ['date', 'org'])).toEqual(['status', 'title', 'org', 'date'])
    expect(normalizeColumns(ORDER, REQUIRED, [])).toEqual(['status', 'title'])
    expect(normalizeColumns(ORDER, REQUIRED, ['nope', 'date'])).toEqual(['status', 'title', 'date'])
  })

  it('drops empty arrays, unset flags and blank search, and trims the search', () => {
    const filter: Filter = { statuses: [], years: [2026], onlyBad: false, search: '  한강  ' }
    expect(cleanFilter(filter)).toEqual({ years: [2026], search: '한강' })
    expect(cleanFilter<Filter>({ search: '   ', onlyBad: true })).toEqual({ onlyBad: true })
  })

  it('counts the filters in use and lists their values', () => {
    const filter: Filter = { statuses: ['a', 'b'], check: 'fail', onlyBad: true, years: [] }
    expect(activeFilterKeys(filter, ['statuses', 'years', 'check', 'onlyBad'] as const)).toEqual(['statuses', 'check', 'onlyBad'])
    expect(filterValuesOf(filter, 'statuses')).toEqual(['a', 'b'])
    expect(filterValuesOf(filter, 'check')).toEqual(['fail'])
    expect(filterValuesOf(filter, 'onlyBad')).toEqual([true])
    expect(filterValuesOf(filter, 'years')).toEqual([])
  })

  it("removes one chip's value, and the whole filter with its last value or a single choice", () => {
    const filter: Filter = { statuses: ['a', 'b'], check: 'fail', onlyBad: true }
    expect(withoutFilterValue(filter, 'statuses', 'a')).toEqual({ statuses: ['b'], check: 'fail', onlyBad: true })
    expect(withoutFilterValue({ statuses: ['a'] } satisfies Filter, 'statuses', 'a')).toEqual({})
    expect(withoutFilterValue(filter, 'check', 'fail')).toEqual({ statuses: ['a', 'b'], onlyBad: true })
    expect(withoutFilterValue(filter, 'onlyBad', true)).toEqual({ statuses: ['a', 'b'], check: 'fail' })
  })

  it('round-trips a filter through a link, and ignores a link the list would refuse', () => {
    const filter: Filter = { statuses: ['a'], onlyBad: true, years: [] }
    const link = filterToRoute(filter)
    expect(JSON.parse(link)).toEqual({ statuses: ['a'], onlyBad: true })
    expect(filterFromRoute(Filter, link)).toEqual({ statuses: ['a'], onlyBad: true })
    expect(filterFromRoute(Filter, undefined)).toBeNull()
    expect(filterFromRoute(Filter, 'not json')).toBeNull()
    expect(filterFromRoute(Filter, JSON.stringify({ statuses: ['zzz'] }))).toBeNull()
    expect(filterFromRoute(Filter, JSON.stringify({ search: 'much too long' }))).toBeNull()
  })

  it('compares views by what they show, not by key order or blank values', () => {
    type View = { filter: Filter; sort: { column: string; direction: 'asc' | 'desc' }; columns: (typeof ORDER)[number][]; pageSize: number }
    const a: View = { filter: { check: 'pass', statuses: ['a'] }, sort: { column: 'date', direction: 'desc' }, columns: ['org'], pageSize: 50 }
    const b: View = { filter: { statuses: ['a'], check: 'pass', years: [] }, sort: { column: 'date', direction: 'desc' }, columns: ['title', 'org', 'status'], pageSize: 50 }
    expect(sameListView(a, b, ORDER, REQUIRED)).toBe(true)
    expect(sameListView(a, { ...b, pageSize: 25 }, ORDER, REQUIRED)).toBe(false)
    expect(sameListView(a, { ...b, filter: { statuses: ['b'], check: 'pass' } }, ORDER, REQUIRED)).toBe(false)
    expect(normalizeListView(a, ORDER, REQUIRED).columns).toEqual(['status', 'title', 'org'])
  })
})

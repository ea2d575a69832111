import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { fieldLabel, inputFieldLabel } from '../../../src/shared/domain/labels'
import { COLLECTIONS, COLLECTION_SCHEMAS } from '../../../src/shared/portal'

/** Every field path of a record schema, nested objects and array items included (array positions left out). */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType } } })._zod.def
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
      return fieldPaths(def.innerType!, prefix)
    case 'array':
      return fieldPaths(def.element!, prefix)
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => {
        const path = prefix ? `${prefix}.${key}` : key
        return [path, ...fieldPaths(child, path)]
      })
    default:
      return []
  }
}

const HANGUL = /[가-힣]/

describe('fieldLabel: every field a record has, by its Korean name', () => {
  it('labels every path of every collection’s record schema in Korean (quarantine reasons, 확인 필요)', () => {
    for (const collection of COLLECTIONS) {
      const paths = fieldPaths(COLLECTION_SCHEMAS[collection])
      expect(paths.length, collection).toBeGreaterThan(8)
      const unlabelled = paths.filter((path) => !HANGUL.test(fieldLabel(collection, path)))
      expect(unlabelled, collection).toEqual([])
    }
  })

  it('says array positions after the name and names an unknown child by its labelled parent', () => {
    expect(fieldLabel('attractive-jobs', 'hourly_wage')).toBe('시급')
    expect(fieldLabel('attractive-jobs', 'comments.0.body')).toBe('의견 — 내용 (1번째)')
    expect(fieldLabel('attractive-jobs', 'work_days.2')).toBe('근무 요일 (3번째)')
    expect(fieldLabel('attractive-jobs', 'org.grade')).toBe('기관 · grade')
    expect(fieldLabel('sme-applications', 'company.business_no')).toBe('사업자등록번호')
    expect(fieldLabel('reemployment-registrations', 'attendance.checked_by')).toBe('출석 — 기록한 직원')
    expect(fieldLabel('attractive-jobs', 'status')).toBe('상태')
    expect(fieldLabel('attractive-jobs', '')).toBe('자료 전체')
    expect(fieldLabel('attractive-jobs', 'mystery')).toBe('mystery')
  })

  it('names the inputs of the app’s forms', () => {
    expect(inputFieldLabel('portalUrl')).toBe('포털 주소')
    expect(inputFieldLabel('filter.search')).toBe('검색어')
    expect(inputFieldLabel('person.phone')).toBe('전화번호')
    expect(inputFieldLabel('ids.3')).toBe('고른 자료')
    expect(inputFieldLabel('unknownThing')).toBeNull()
  })
})

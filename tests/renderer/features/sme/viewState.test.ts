import { describe, expect, it } from 'vitest'
import {
  SME_DEFAULT_VIEW,
  chosenSmeFilterValues,
  fromSmeSortStatus,
  normalizeSmeColumns,
  sameSmeView,
  smeFilterFromRoute,
  smeFilterToRoute,
  toSmeSortStatus
} from '../../../../src/renderer/src/features/sme/viewState'

const names = {
  districts: new Map([['11440', '마포구']]),
  industries: new Map<string, string | null>([
    ['J58221', '응용 소프트웨어 개발 및 공급업'],
    ['C99999', null]
  ])
}

describe('강소기업 list view', () => {
  it('labels each chosen filter value as its chip, a flag by its own name', () => {
    const chips = chosenSmeFilterValues(
      {
        statuses: ['evaluating'],
        rounds: ['2026-1'],
        stages: ['document'],
        districtCodes: ['11440'],
        industryCodes: ['J58221', 'C99999'],
        eligibility: 'manual',
        businessNoInvalid: true,
        documentsMissing: true,
        search: '한강'
      },
      names
    )
    expect(chips.map((c) => c.label)).toEqual([
      '차수: 2026-1',
      '심사 단계: 서면심사',
      '자치구: 마포구',
      '업종: J58221 응용 소프트웨어 개발 및 공급업',
      '업종: C99999',
      '자격요건: 직접 확인',
      '사업자등록번호 오류만',
      '서류 미비만'
    ])
  })

  it('round-trips a home-tile filter through the link, and refuses one the list would refuse', () => {
    const link = smeFilterToRoute({ statuses: ['evaluating'], stages: ['document'], businessNoInvalid: false })
    expect(smeFilterFromRoute(link)).toEqual({ statuses: ['evaluating'], stages: ['document'] })
    expect(smeFilterFromRoute(JSON.stringify({ stages: ['lunch'] }))).toBeNull()
    expect(smeFilterFromRoute(JSON.stringify({ districtCodes: ['26000'] }))).toBeNull()
    expect(smeFilterFromRoute('{')).toBeNull()
  })

  it('maps list columns to sort columns both ways (업종 by its code, 자격요건 by the failures)', () => {
    expect(fromSmeSortStatus({ columnAccessor: 'industry', direction: 'asc' })).toEqual({ column: 'industry_code', direction: 'asc' })
    expect(fromSmeSortStatus({ columnAccessor: 'eligibility', direction: 'desc' })).toEqual({ column: 'eligibility_failure_count', direction: 'desc' })
    expect(toSmeSortStatus({ column: 'eligibility_failure_count', direction: 'desc' }).columnAccessor).toBe('eligibility')
    expect(toSmeSortStatus({ column: 'industry_code', direction: 'asc' }).columnAccessor).toBe('industry')
    // 사업자등록번호 is not sortable: the default sort.
    expect(fromSmeSortStatus({ columnAccessor: 'business_no', direction: 'asc' })).toEqual({ column: 'updated_at', direction: 'asc' })
  })

  it('always shows 상태 and 기업명, in display order', () => {
    expect(normalizeSmeColumns(['founded_on', 'business_no'])).toEqual(['status', 'company_name', 'business_no', 'founded_on'])
    expect(sameSmeView(SME_DEFAULT_VIEW, { ...SME_DEFAULT_VIEW, columns: [...SME_DEFAULT_VIEW.columns].reverse() })).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { isValidBusinessNo } from '../../../../src/shared/portal/smeApplications'
import {
  businessNoSearchDigits,
  certificationsOn,
  formatBusinessNo,
  formatCompanyValue,
  formatDecimal
} from '../../../../src/shared/domains/sme/company'

/**
 * 국세청 rule, worked by hand for each valid row: weights 1,3,7,1,3,7,1,3,5 on digits 1–9, plus the tens
 * digit of (9th digit × 5); the check digit is (10 − sum mod 10) mod 10.
 */
const VALID: readonly [string, string][] = [
  // 1+6+0+8+3+28+7+15+10 = 78, carry ⌊2·5/10⌋ = 1 → 79 → 1 (the contract's example)
  ['1208147521', 'contract example, 9th digit 2 carries 1'],
  // 1+6+28+8+3+0+0+27+45 = 118, carry ⌊45/10⌋ = 4 → 122 → 8
  ['1248100998', 'real-format corporate number, 9th digit 9 carries 4'],
  // 1+6+21+4+15+42+7+24+45 = 165, carry 4 → 169 → 1
  ['1234567891', '9th digit 9: only right with the carry (without it the check digit would be 5)'],
  // 9·31 = 279, carry 4 → 283 → 7
  ['9999999997', 'all nines: carry 4'],
  // 1+0+7+8+3+0+0+0+0 = 19, no carry → 1
  ['1018100001', '9th digit 0, no carry'],
  // 1+3+7+1+3+7+1+3+5 = 31, carry ⌊5/10⌋ = 0 → 9
  ['1111111119', '9th digit 1: 5 does not carry'],
  // 2+6+0+8+3+42+2+15+5 = 83, carry ⌊5/10⌋ = 0 → 7
  ['2208162517', 'real-format corporate number, 9th digit 1'],
  // 0: the rule alone accepts all zeros (the check digit is all this function checks)
  ['0000000000', 'all zeros pass the check digit']
]

const INVALID: readonly [string, string][] = [
  ['1208147520', 'check digit off by one'],
  ['1248100990', 'real-format number, wrong check digit'],
  ['2208162516', 'real-format number, check digit off by one'],
  ['1234567895', 'what an implementation without the 9th-digit carry would accept'],
  ['9999999991', 'all nines without the carry'],
  ['0000000001', 'all zeros but the check digit'],
  ['120814752', '9 digits'],
  ['12081475211', '11 digits'],
  ['', 'empty'],
  ['120-81-47521', 'with hyphens (stored without)'],
  ['12O8147521', 'a letter O'],
  ['１２０８１４７５２１', 'full-width digits'],
  [' 1208147521', 'leading space']
]

describe('사업자등록번호 check digit', () => {
  it.each(VALID)('accepts %s (%s)', (number) => {
    expect(isValidBusinessNo(number)).toBe(true)
  })

  it.each(INVALID)('rejects %j (%s)', (number) => {
    expect(isValidBusinessNo(number)).toBe(false)
  })
})

describe('formatBusinessNo', () => {
  it('writes 10 digits as 000-00-00000', () => {
    expect(formatBusinessNo('1208147521')).toBe('120-81-47521')
    expect(formatBusinessNo('0000000000')).toBe('000-00-00000')
  })

  it('returns anything else as it is', () => {
    for (const other of ['120814752', '12081475211', '120-81-47521', 'abcdefghij', '']) expect(formatBusinessNo(other)).toBe(other)
  })
})

describe('businessNoSearchDigits', () => {
  it('reads a number typed with or without hyphens and spaces', () => {
    expect(businessNoSearchDigits('1208147521')).toBe('1208147521')
    expect(businessNoSearchDigits('120-81-47521')).toBe('1208147521')
    expect(businessNoSearchDigits(' 120 81 47521 ')).toBe('1208147521')
    expect(businessNoSearchDigits('120-81')).toBe('12081')
    expect(businessNoSearchDigits('120')).toBe('120')
  })

  it('is null for fewer than three digits or anything but digits, hyphens and spaces', () => {
    expect(businessNoSearchDigits('12')).toBeNull()
    expect(businessNoSearchDigits('1-2')).toBeNull()
    expect(businessNoSearchDigits('---')).toBeNull()
    expect(businessNoSearchDigits('')).toBeNull()
    expect(businessNoSearchDigits('한강 120')).toBeNull()
    expect(businessNoSearchDigits('120-81-4752a')).toBeNull()
    expect(businessNoSearchDigits('(주)120')).toBeNull()
  })
})

describe('certificationsOn', () => {
  const certs = [
    { name: '서울경제진흥원 하이서울기업', valid_until: '2026-06-30' },
    { name: '중소벤처기업부 벤처기업', valid_until: '2026-06-29' }
  ]

  it('is valid through the reference date itself and expired the day before', () => {
    expect(certificationsOn(certs, '2026-06-30')).toEqual([
      { name: '서울경제진흥원 하이서울기업', valid_until: '2026-06-30', valid: true },
      { name: '중소벤처기업부 벤처기업', valid_until: '2026-06-29', valid: false }
    ])
  })

  it('says nothing about validity without a reference date', () => {
    expect(certificationsOn(certs, null).map((cert) => cert.valid)).toEqual([null, null])
    expect(certificationsOn([], '2026-06-30')).toEqual([])
  })
})

describe('formatCompanyValue', () => {
  it('count: 명', () => {
    expect(formatCompanyValue('insured_employees', 40)).toBe('40명')
    expect(formatCompanyValue('employees', 1234)).toBe('1,234명')
    expect(formatCompanyValue('industrial_accident_deaths', 0)).toBe('0명')
  })

  it('percent: ratios 0..1 in %', () => {
    expect(formatCompanyValue('regular_ratio', 0.93)).toBe('93%')
    expect(formatCompanyValue('living_wage_ratio', 1)).toBe('100%')
    expect(formatCompanyValue('living_wage_ratio', 0)).toBe('0%')
    expect(formatCompanyValue('regular_ratio', 0.925)).toBe('92.5%')
    expect(formatCompanyValue('regular_ratio', 0.1 + 0.2)).toBe('30%')
  })

  it('won: grouped 원', () => {
    expect(formatCompanyValue('avg_monthly_wage', 3450000)).toBe('3,450,000원')
    expect(formatCompanyValue('avg_monthly_wage', 0)).toBe('0원')
  })

  it('eok: revenue in 억 원 with one decimal when needed', () => {
    expect(formatCompanyValue('revenue', 5_200_000_000)).toBe('52억 원')
    expect(formatCompanyValue('revenue', 520_000_000)).toBe('5.2억 원')
    expect(formatCompanyValue('revenue', 123_456_000_000)).toBe('1,234.6억 원')
    expect(formatCompanyValue('revenue', 0)).toBe('0억 원')
  })

  it('date: as it is', () => {
    expect(formatCompanyValue('founded_on', '2016-04-01')).toBe('2016-04-01')
  })

  it('boolean: 예 / 아니요', () => {
    expect(formatCompanyValue('headquarters_in_seoul', true)).toBe('예')
    expect(formatCompanyValue('tax_delinquent', false)).toBe('아니요')
    expect(formatCompanyValue('sme_confirmed', true)).toBe('예')
  })

  it('benefits: Korean labels joined by ·, an unknown code as itself', () => {
    expect(formatCompanyValue('work_life_benefits', ['flexible_hours', 'parental_leave'])).toBe('유연근무제·육아휴직')
    expect(formatCompanyValue('work_life_benefits', ['family_day', 'four_day_week'])).toBe('가족의 날·four_day_week')
    expect(formatCompanyValue('work_life_benefits', [])).toBe('없음')
  })

  it('text: as it is; certifications with their validity', () => {
    expect(formatCompanyValue('name', '(주)한강소프트')).toBe('(주)한강소프트')
    expect(formatCompanyValue('public_certifications', [{ name: '서울경제진흥원 하이서울기업', valid_until: '2027-12-31' }])).toBe(
      '서울경제진흥원 하이서울기업 (2027-12-31까지)'
    )
  })

  it('a value not of its format, an unknown field, a missing value', () => {
    expect(formatCompanyValue('insured_employees', '40')).toBe('40')
    expect(formatCompanyValue('headquarters_in_seoul', 'true')).toBe('true')
    expect(formatCompanyValue('patents', 7)).toBe('7')
    expect(formatCompanyValue('patents', 12345)).toBe('12345')
    expect(formatCompanyValue('insured_employees', null)).toBe('자료 없음')
    expect(formatCompanyValue('insured_employees', undefined)).toBe('자료 없음')
  })
})

describe('formatDecimal', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatDecimal(1234567.891)).toBe('1,234,567.89')
    expect(formatDecimal(100)).toBe('100')
    expect(formatDecimal(0.5)).toBe('0.5')
    expect(formatDecimal(-1234.5)).toBe('-1,234.5')
    expect(formatDecimal(-0.001)).toBe('0')
    expect(formatDecimal(2.05, 1)).toBe('2.1')
  })
})

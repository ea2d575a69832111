/**
 * The company of a seeded 강소기업 application, and the portal's own reading of the round's eligibility
 * criteria (by `kind`, portal-admin-api.md §6), so that a seeded screening agrees with the company's data.
 */
import { isValidBusinessNo, type EligibilityCriterion, type SmeCompany, type SmeCriteria } from '../../shared/portal/smeApplications'
import { maskName } from '../../shared/domain/masking'
import { CERTIFICATIONS, COMPANY_PREFIXES, COMPANY_SUFFIXES, INDUSTRIES, KSIC_LABELS, WORK_LIFE_BENEFITS } from './data/sme'
import { DISTRICTS } from './data/places'
import { pad, type Rng } from './util'

function businessNo(rng: Rng, valid: boolean): string {
  const head = `${rng.int(101, 899)}${pad(rng.int(1, 88), 2)}${pad(rng.int(0, 9999), 4)}`
  for (let d = 0; d <= 9; d += 1) {
    const candidate = `${head}${d}`
    if (isValidBusinessNo(candidate)) return valid ? candidate : `${head}${(d + rng.int(1, 9)) % 10}`
  }
  return `${head}0`
}

function ratio(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100
}

function roundWage(n: number): number {
  return Math.round(n / 10_000) * 10_000
}

/**
 * A company as it applies; `quality` (0..1) is its latent merit: better companies tend to have more
 * regular staff, pay the living wage and see more parental leave taken.
 */
export function seedCompany(rng: Rng, criteria: SmeCriteria, quality: number, ceoName: string): SmeCompany {
  const year = Number(criteria.reference_date.slice(0, 4))
  const industry = rng.pick(INDUSTRIES)
  const name = rng.chance(0.6)
    ? `(주)${rng.pick(COMPANY_PREFIXES)}${rng.pick(industry.suffixes)}`
    : `주식회사 ${rng.pick(COMPANY_PREFIXES)}${rng.pick(COMPANY_SUFFIXES)}`
  const district = rng.pick(DISTRICTS)
  const employees = rng.int(8, 280)
  const insured = Math.max(0, employees - rng.int(0, 4))
  const parentalLeaveUsers = Math.min(employees, Math.round(rng.next() * (0.02 + quality * 0.07) * employees))
  const certCount = rng.weighted([[0, 1], [1, 6], [2, 3]] as const)
  return {
    name,
    business_no: businessNo(rng, !rng.chance(0.1)),
    ceo_name: maskName(ceoName),
    industry_name: KSIC_LABELS[industry.code],
    sme_confirmed: !rng.chance(0.05),
    district_code: district.code,
    address: `서울특별시 ${district.name} ${district.road} ${rng.int(1, 500)}`,
    headquarters_in_seoul: !rng.chance(0.03),
    industry_code: industry.code,
    founded_on: `${rng.int(year - 31, year - 3)}-${pad(rng.int(1, 12), 2)}-01`,
    employees,
    insured_employees: insured,
    regular_ratio: ratio(0.5 + quality * 0.45 + (rng.next() - 0.5) * 0.2),
    youth_employees: rng.int(0, Math.floor(employees * 0.6)),
    avg_monthly_wage: roundWage(rng.int(2_600_000, 5_500_000)),
    living_wage_ratio: ratio(rng.chance(0.4 + quality * 0.45) ? 1 : 0.85 + rng.next() * 0.15),
    parental_leave_users: parentalLeaveUsers,
    parental_leave_ratio: ratio(parentalLeaveUsers / employees),
    revenue: rng.int(5, 900) * 100_000_000,
    public_certifications: Array.from({ length: certCount }, () => ({
      name: rng.pick(CERTIFICATIONS),
      valid_until: `${rng.chance(0.1) ? year - 1 : rng.int(year, year + 3)}-12-31`
    })),
    wage_arrears: rng.chance(0.03),
    industrial_accident_deaths: rng.chance(0.02) ? 1 : 0,
    tax_delinquent: rng.chance(0.03),
    work_life_benefits: WORK_LIFE_BENEFITS.filter(() => rng.chance(0.4))
  }
}

function param(c: EligibilityCriterion, key: string): unknown {
  return c.params[key]
}

function fieldOf(c: EligibilityCriterion): string {
  return String(param(c, 'field') ?? '')
}

function numberParam(c: EligibilityCriterion, key: string): number {
  const v = param(c, key)
  return typeof v === 'number' ? v : 0
}

function fullYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4))
  return to.slice(5) < from.slice(5) ? years - 1 : years
}

/** The same reading every client must make of a criterion (a missing or mistyped field fails). */
export function passes(company: SmeCompany, c: EligibilityCriterion, referenceDate: string): boolean {
  const value = company[fieldOf(c)]
  switch (c.kind) {
    case 'is_true':
      return value === true
    case 'is_false':
      return value === false
    case 'at_least':
      return typeof value === 'number' && value >= numberParam(c, 'min')
    case 'at_most':
      return typeof value === 'number' && value <= numberParam(c, 'max')
    case 'years_since_at_least':
      return typeof value === 'string' && fullYears(value, referenceDate) >= numberParam(c, 'min')
    case 'certification_valid':
      return company.public_certifications.some((cert) => cert.valid_until >= referenceDate)
    default:
      return false
  }
}

export function failedCriteria(company: SmeCompany, criteria: SmeCriteria): string[] {
  return criteria.eligibility.filter((c) => !passes(company, c, criteria.reference_date)).map((c) => c.code)
}

function yearsBefore(date: string, years: number, rng: Rng): string {
  return `${Number(date.slice(0, 4)) - years}-${pad(rng.int(1, 6), 2)}-01`
}

/** Changes the company so that it meets the criterion (an eligible applicant's data). */
function meet(rng: Rng, company: SmeCompany, c: EligibilityCriterion, referenceDate: string): void {
  const field = fieldOf(c)
  switch (c.kind) {
    case 'is_true':
      company[field] = true
      break
    case 'is_false':
      company[field] = false
      break
    case 'at_least':
      company[field] = numberParam(c, 'min') + rng.int(0, 30)
      break
    case 'at_most':
      company[field] = numberParam(c, 'max')
      break
    case 'years_since_at_least':
      company[field] = yearsBefore(referenceDate, numberParam(c, 'min') + rng.int(1, 15), rng)
      break
    case 'certification_valid':
      company.public_certifications.push({ name: rng.pick(CERTIFICATIONS), valid_until: `${Number(referenceDate.slice(0, 4)) + rng.int(0, 3)}-12-31` })
      break
  }
}

/** Changes the company so that it fails the criterion (what an ineligible applicant is refused for). */
function miss(rng: Rng, company: SmeCompany, c: EligibilityCriterion, referenceDate: string): void {
  const field = fieldOf(c)
  switch (c.kind) {
    case 'is_true':
      company[field] = false
      break
    case 'is_false':
      company[field] = true
      break
    case 'at_least':
      company[field] = Math.max(0, numberParam(c, 'min') - rng.int(1, 4))
      break
    case 'at_most':
      company[field] = numberParam(c, 'max') + 1
      break
    case 'years_since_at_least':
      company[field] = `${Number(referenceDate.slice(0, 4)) - numberParam(c, 'min') + 1}-${pad(rng.int(1, 6), 2)}-01`
      break
    case 'certification_valid':
      company.public_certifications = company.public_certifications.map((cert) => ({ ...cert, valid_until: `${Number(referenceDate.slice(0, 4)) - 1}-12-31` }))
      break
  }
}

/**
 * Head counts kept consistent after a criterion changed one: a few employees more than insured ones
 * (as `seedCompany` draws them), no more leave takers or young staff than employees.
 */
function settle(company: SmeCompany): void {
  const uninsured = company.employees - company.insured_employees
  if (uninsured < 0 || uninsured > 4) company.employees = company.insured_employees + (Math.abs(uninsured) % 5)
  company.employees = Math.max(1, company.employees)
  company.parental_leave_users = Math.min(company.parental_leave_users, company.employees)
  company.youth_employees = Math.min(company.youth_employees, company.employees)
  company.parental_leave_ratio = ratio(company.parental_leave_users / company.employees)
}

export function meetAll(rng: Rng, company: SmeCompany, criteria: SmeCriteria): void {
  for (const c of criteria.eligibility) if (!passes(company, c, criteria.reference_date)) meet(rng, company, c, criteria.reference_date)
  settle(company)
}

/** Makes the company fail `code` (it may fail others already); returns every criterion it now fails. */
export function missOne(rng: Rng, company: SmeCompany, criteria: SmeCriteria, code: string): string[] {
  const criterion = criteria.eligibility.find((c) => c.code === code)
  if (criterion && passes(company, criterion, criteria.reference_date)) miss(rng, company, criterion, criteria.reference_date)
  settle(company)
  return failedCriteria(company, criteria)
}

/** Reference data (portal-admin-api.md §8) and the auth endpoints (§2). */
import type { AttractiveJobsRules } from '../../../shared/portal/attractiveJobs'
import { TokenRequest } from '../../../shared/portal/common'
import { DISTRICTS } from '../data/places'
import { SME_ROUNDS, smeCriteria } from '../data/sme'
import { STAFF_DIRECTORY } from '../data/staff'
import type { Sim } from '../context'
import { ApiError, jsonReply, parseJsonBody, validation, zodErrors, type Reply, type RequestCtx } from '../http'
import type { Route } from '../router'

const LIVING_WAGE: Record<number, number> = { 2024: 11436, 2025: 11779, 2026: 12121 }
const MINIMUM_WAGE: Record<number, number> = { 2024: 9860, 2025: 10030, 2026: 10320 }
const PRE_TRAINING_HOURS: Record<number, number> = { 2024: 60, 2025: 60, 2026: 40 }

function year(ctx: RequestCtx): number {
  const raw = ctx.query.get('year')
  if (raw === null || !/^\d{4}$/.test(raw)) throw validation('year', 'year 쿼리(예: 2026)가 필요합니다.')
  const y = Number(raw)
  if (LIVING_WAGE[y] === undefined) throw new ApiError(404, 'not_found', `${y}년 기준 자료가 없습니다.`)
  return y
}

function rules(y: number): AttractiveJobsRules {
  return {
    year: y,
    living_wage_hourly: LIVING_WAGE[y] ?? 0,
    minimum_wage_hourly: MINIMUM_WAGE[y] ?? 0,
    max_months: 18,
    min_pre_training_hours: PRE_TRAINING_HOURS[y] ?? 40,
    age_ranges: { youth: { min: 18, max: 39 }, middle_aged: { min: 40, max: 64 }, any: { min: 18, max: 64 } }
  }
}

function token(sim: Sim, ctx: RequestCtx): Reply {
  const parsed = TokenRequest.safeParse(parseJsonBody(ctx))
  if (!parsed.success) throw new ApiError(422, 'validation_failed', '토큰 요청 형식이 올바르지 않습니다.', { errors: zodErrors(parsed.error) })
  const body = parsed.data
  const res = body.grant_type === 'password' ? sim.auth.passwordGrant(body.username, body.password) : sim.auth.refreshGrant(body.refresh_token)
  return jsonReply(200, res)
}

export const authRoute: Route = { method: 'POST', pattern: /^\/auth\/token$/, handler: token }

export const referenceRoutes: Route[] = [
  { method: 'GET', pattern: /^\/me$/, handler: (_sim, ctx) => jsonReply(200, ctx.staff) },
  { method: 'GET', pattern: /^\/reference\/districts$/, handler: () => jsonReply(200, DISTRICTS.map(({ code, name }) => ({ code, name }))) },
  { method: 'GET', pattern: /^\/reference\/staff$/, handler: () => jsonReply(200, STAFF_DIRECTORY) },
  {
    method: 'GET',
    pattern: /^\/reference\/living-wage$/,
    handler: (_sim, ctx) => {
      const y = year(ctx)
      return jsonReply(200, { year: y, hourly: LIVING_WAGE[y] })
    }
  },
  { method: 'GET', pattern: /^\/reference\/attractive-jobs-rules$/, handler: (_sim, ctx) => jsonReply(200, rules(year(ctx))) },
  {
    method: 'GET',
    pattern: /^\/reference\/sme-criteria$/,
    handler: (_sim, ctx) => {
      const round = ctx.query.get('round')
      if (!round) throw validation('round', 'round 쿼리(예: 2026-1)가 필요합니다.')
      const criteria = smeCriteria(round)
      if (!criteria) throw new ApiError(404, 'not_found', `${round} 차수 평가기준이 없습니다. (있는 차수: ${SME_ROUNDS.join(', ')})`)
      return jsonReply(200, criteria)
    }
  }
]

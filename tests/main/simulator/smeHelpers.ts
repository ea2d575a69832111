import { expect } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { SmeApplication, SmeCriteria, type SmeStage } from '../../../src/shared/portal'
import { call, pullAll } from './helpers'

export async function criteriaOf(sim: PortalSimulator, token: string, round: string): Promise<SmeCriteria> {
  const res = await call(sim, 'GET', `/reference/sme-criteria?round=${round}`, { token })
  expect(res.status).toBe(200)
  return SmeCriteria.parse(res.body)
}

export async function applications(sim: PortalSimulator, token: string): Promise<SmeApplication[]> {
  return (await pullAll(sim, token, 'sme-applications', 1000)).items.map((i) => SmeApplication.parse(i))
}

export function membersOf(app: SmeApplication, stage: SmeStage): string[] {
  return app.assignments.filter((a) => a.stage === stage).map((a) => a.evaluator_id)
}

/** Complete sheets' totals of a stage, per evaluator (a sheet is complete with a score for every evaluator item). */
export function totals(app: SmeApplication, criteria: SmeCriteria, stage: SmeStage): Map<string, number> {
  const items = criteria.scoring.filter((i) => i.stage === stage && !i.computed).map((i) => i.code)
  const byEvaluator = new Map<string, Map<string, number>>()
  for (const s of app.scores.filter((x) => x.stage === stage)) {
    const sheet = byEvaluator.get(s.evaluator_id) ?? new Map<string, number>()
    sheet.set(s.criterion, s.score)
    byEvaluator.set(s.evaluator_id, sheet)
  }
  const out = new Map<string, number>()
  for (const [evaluator, sheet] of byEvaluator) {
    if (items.every((code) => sheet.has(code))) out.set(evaluator, items.reduce((sum, code) => sum + (sheet.get(code) ?? 0), 0))
  }
  return out
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length
}

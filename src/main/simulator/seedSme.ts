/**
 * Seeded 서울형 강소기업 applications (portal-admin-api.md §6) of two rounds: the finished 2025-1
 * (면접 included) and the running 2026-1, whose applications are spread over every status and stage.
 */
import { eligibilityLabel } from '../../shared/domains/sme/eligibility'
import type { SmeApplication, SmeCriteria, SmeStage } from '../../shared/portal/smeApplications'
import { DOCUMENT_KINDS, SELECTION_NOTES, assignmentsFor, smeCriteria } from './data/sme'
import { mobilePhone, personName, workEmail } from './data/people'
import { failedCriteria, meetAll, missOne, seedCompany } from './seedSmeCompany'
import { MANAGER_ID, instantIn, seedEvaluation, type DateWindow, type Fill, type StagePlan } from './seedSmeEvaluation'
import type { PrivateData } from './store'
import { kstInstant, pad, type Rng } from './util'

const SCREENER_IDS = ['S-0021', 'S-0022']
const EARLIER_ROUND = '2025-1'
const CURRENT_ROUND = '2026-1'
/** The earlier round's share of the seeded applications (it had fewer applicants). */
const EARLIER_SHARE = 0.2
const DAY_MS = 86_400_000

/** The first applications of the run belong to the earlier round; the counter keeps ids unique across both. */
function smeRoundOf(n: number, scale: number): string {
  return n <= Math.round(scale * EARLIER_SHARE) ? EARLIER_ROUND : CURRENT_ROUND
}

function criteriaOf(round: string): SmeCriteria {
  const criteria = smeCriteria(round)
  if (!criteria) throw new Error(`no criteria for round ${round}`)
  return criteria
}

const CRITERIA = new Map([EARLIER_ROUND, CURRENT_ROUND].map((round) => [round, criteriaOf(round)]))

/** A round's year, as Seoul runs it: 공고 and 접수 in June, screening in July, stages through September. */
function calendar(year: number): { submit: DateWindow; screen: DateWindow; stages: Record<SmeStage, DateWindow>; selection: DateWindow } {
  return {
    submit: { from: `${year}-06-02`, to: `${year}-06-30` },
    screen: { from: `${year}-07-01`, to: `${year}-07-10` },
    stages: {
      document: { from: `${year}-07-13`, to: `${year}-08-04` },
      site_visit: { from: `${year}-08-10`, to: `${year}-09-04` },
      interview: { from: `${year}-09-08`, to: `${year}-09-11` }
    },
    selection: { from: `${year}-09-21`, to: `${year}-09-25` }
  }
}

type Plan =
  | { kind: 'submitted' | 'screening' | 'ineligible' | 'finished' | 'withdrawn_early' }
  | { kind: 'evaluating'; stage: SmeStage; fill: Fill }
  | { kind: 'withdrawn_evaluating' }

function plan(rng: Rng, round: string): Plan {
  if (round === EARLIER_ROUND) {
    return rng.weighted<Plan>([
      [{ kind: 'finished' }, 75],
      [{ kind: 'ineligible' }, 17],
      [{ kind: 'withdrawn_early' }, 4],
      [{ kind: 'withdrawn_evaluating' }, 4]
    ])
  }
  const kind = rng.weighted([
    ['submitted', 12], ['screening', 8], ['ineligible', 8], ['document', 34], ['site_visit', 20], ['finished', 12], ['withdrawn_early', 3], ['withdrawn_evaluating', 3]
  ] as const)
  if (kind === 'document') return { kind: 'evaluating', stage: 'document', fill: rng.weighted<Fill>([['complete', 30], ['partial', 50], ['none', 20]]) }
  if (kind === 'site_visit') return { kind: 'evaluating', stage: 'site_visit', fill: rng.weighted<Fill>([['complete', 35], ['partial', 45], ['none', 20]]) }
  return { kind }
}

/** The stages an application has reached, each with how far its sheets have come. */
function stagePlans(p: Plan, criteria: SmeCriteria, windows: Record<SmeStage, DateWindow>): StagePlan[] {
  const at = (stage: SmeStage, fill: Fill): StagePlan => ({ stage, fill, window: windows[stage] })
  if (p.kind === 'finished') return criteria.stages.map((s) => at(s, 'complete'))
  if (p.kind === 'withdrawn_evaluating') return [at(criteria.stages[0] ?? 'document', 'partial')]
  if (p.kind !== 'evaluating') return []
  const reached = criteria.stages.slice(0, criteria.stages.indexOf(p.stage) + 1)
  return reached.map((s) => at(s, s === p.stage ? p.fill : 'complete'))
}

const INELIGIBLE_REASONS = ['public_certification_valid', 'min_insured_employees', 'no_tax_delinquency', 'seoul_hq', 'sme', 'min_years_in_business'] as const

function labelsOf(criteria: SmeCriteria, codes: readonly string[]): string {
  return codes.map((code) => eligibilityLabel(criteria, code)).join(', ')
}

export function seedSmeApplication(rng: Rng, n: number, scale: number): { record: SmeApplication; priv: PrivateData } {
  const round = smeRoundOf(n, scale)
  const criteria = CRITERIA.get(round) ?? criteriaOf(round)
  const cal = calendar(Number(criteria.reference_date.slice(0, 4)))
  const id = `SME-${round.slice(0, 4)}-${pad(n, 6)}`
  // Latent merit, most companies in the middle (a triangle over 0.4..0.9).
  const quality = 0.4 + 0.25 * (rng.next() + rng.next())
  const ceoName = personName(rng)
  const ceoPhone = mobilePhone(rng)
  const ceoEmail = workEmail(rng, 'example.co.kr')
  const company = seedCompany(rng, criteria, quality, ceoName)
  const p = plan(rng, round)
  const writes: number[] = []
  const submittedAt = instantIn(rng, cal.submit)
  const eligible = p.kind === 'evaluating' || p.kind === 'finished' || p.kind === 'withdrawn_evaluating'
  const screened = eligible || p.kind === 'ineligible'
  const screeningStarted = screened || p.kind === 'screening' || (p.kind === 'withdrawn_early' && rng.chance(0.5))
  if (screeningStarted) writes.push(submittedAt + rng.int(1, 4) * DAY_MS)

  let screening: SmeApplication['screening'] = null
  if (screened) {
    let failed: string[] = []
    let note: string | null = null
    if (eligible) {
      meetAll(rng, company, criteria)
      // Now and then a screener admits an applicant the data would refuse, and says why.
      if (rng.chance(0.03)) {
        missOne(rng, company, criteria, 'public_certification_valid')
        note = '인증 갱신 심사 중임을 확인서로 확인하여 적격 처리'
      }
    } else {
      failed = failedCriteria(company, criteria)
      if (failed.length === 0) failed = missOne(rng, company, criteria, rng.pick(INELIGIBLE_REASONS))
      note = `${labelsOf(criteria, failed)} 요건 미충족`
    }
    const at = instantIn(rng, cal.screen)
    writes.push(at)
    screening = { result: eligible ? 'eligible' : 'ineligible', failed_criteria: failed, note, by: rng.pick(SCREENER_IDS), at: kstInstant(at) }
  }

  const assignments = eligible ? assignmentsFor(round, id, criteria.stages) : []
  const plans = stagePlans(p, criteria, cal.stages)
  const evaluation = seedEvaluation(rng, criteria, assignments, plans, quality)
  writes.push(...evaluation.writes)
  // Each move to a later stage is one write, on the day before that stage's window opens.
  for (const s of plans.slice(1)) writes.push(instantIn(rng, { from: s.window.from, to: s.window.from }) - DAY_MS)

  let selection: SmeApplication['selection'] = null
  if (p.kind === 'finished') {
    const selected = quality + (rng.next() - 0.5) * 0.08 >= 0.68
    const at = instantIn(rng, cal.selection)
    writes.push(at)
    selection = { selected, note: rng.pick(selected ? SELECTION_NOTES.selected : SELECTION_NOTES.notSelected), by: MANAGER_ID, at: kstInstant(at) }
  }
  if (p.kind === 'withdrawn_early' || p.kind === 'withdrawn_evaluating') writes.push(Math.max(submittedAt, ...writes) + rng.int(1, 10) * DAY_MS)

  const status: SmeApplication['status'] =
    p.kind === 'evaluating' || p.kind === 'submitted' || p.kind === 'screening' || p.kind === 'ineligible'
      ? p.kind
      : p.kind === 'finished'
        ? selection?.selected
          ? 'selected'
          : 'not_selected'
        : 'withdrawn'
  const record: SmeApplication = {
    id,
    version: 1 + writes.length,
    updated_at: kstInstant(Math.max(submittedAt, ...writes)),
    round,
    company,
    documents: DOCUMENT_KINDS.map((kind) => ({ kind, received: !rng.chance(0.07) })),
    status,
    stage: plans.at(-1)?.stage ?? null,
    screening,
    scores: evaluation.scores,
    assignments,
    abstentions: evaluation.abstentions,
    sheet_comments: evaluation.sheet_comments,
    selection
  }
  return { record, priv: { contact: { name: ceoName, phone: ceoPhone, email: ceoEmail } } }
}

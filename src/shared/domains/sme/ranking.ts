import type { AbstentionKind, SmeCriteria, SmeStage, SmeStatus } from '../../portal/smeApplications'
import type { RankingRow } from './views'

/**
 * A stage's aggregates and ranking, exactly as issue 14 defines them (and SME_SCORE_DEFINITIONS explains
 * them to the committee): computed, complete sheets, total, mean, trimmed mean, spread, stage score,
 * normalized (참고), disagreement and rank. Pure and allocation-light: a round of ten thousand
 * applications is ranked on every committee view, so the item lists are resolved once and the sheets
 * are read in plain loops into typed arrays. Nothing is rounded here (callers round for display).
 */

export interface StageSheetInput {
  evaluator_id: string
  scores: Readonly<Record<string, number>>
}

export interface StageApplicationInput {
  id: string
  company: string
  status: SmeStatus
  current_stage: SmeStage | null
  /** points per computed item of the stage (code → points) */
  computedPoints: Readonly<Record<string, number>>
  /** this stage's sheets, complete or not */
  sheets: readonly StageSheetInput[]
  abstentions: readonly { evaluator_id: string; kind: AbstentionKind }[]
}

export interface SheetTotals {
  /** evaluator → total of each complete sheet */
  complete: Map<string, number>
  /** sheets with some evaluator item unscored (shown, not counted) */
  incomplete: number
}

/** With this many complete sheets or more, the highest and the lowest total are dropped (최고·최저점 제외). */
const TRIM_FROM_SHEETS = 5
/** Disagreement: spread > 1/5 (20 %) of the stage's maximum evaluator total — compared as spread × 5 so 20 % itself is exact. */
const DISAGREEMENT_DIVISOR = 5

interface TieBreak {
  code: string
  /** Index into `evaluatorTieCodes` (and the per-application sums of those items); -1 for a computed item. */
  evaluatorSlot: number
}

interface StagePlan {
  evaluatorCodes: string[]
  computedCodes: string[]
  tieBreaks: TieBreak[]
  /** The evaluator items among the tie-breaks, whose means are summed sheet by sheet. */
  evaluatorTieCodes: string[]
  maxEvaluatorTotal: number
}

function planStage(criteria: Pick<SmeCriteria, 'scoring' | 'tie_break'>, stage: SmeStage): StagePlan {
  const evaluatorCodes: string[] = []
  const computedCodes: string[] = []
  let maxEvaluatorTotal = 0
  for (const item of criteria.scoring) {
    if (item.stage !== stage) continue
    if (item.computed === undefined) {
      evaluatorCodes.push(item.code)
      maxEvaluatorTotal += item.max
    } else computedCodes.push(item.code)
  }
  const tieBreaks: TieBreak[] = []
  const evaluatorTieCodes: string[] = []
  for (const code of criteria.tie_break) {
    if (tieBreaks.some((tie) => tie.code === code)) continue
    if (computedCodes.includes(code)) tieBreaks.push({ code, evaluatorSlot: -1 })
    else if (evaluatorCodes.includes(code)) tieBreaks.push({ code, evaluatorSlot: evaluatorTieCodes.push(code) - 1 })
    // A code of another stage (or of no item) is ignored, as the contract says.
  }
  return { evaluatorCodes, computedCodes, tieBreaks, evaluatorTieCodes, maxEvaluatorTotal }
}

/** A finite number read from a record of numbers; anything else (absent included) is not a score. */
function numberAt(record: Readonly<Record<string, number>>, code: string): number {
  // Prototype members are never numbers, so a plain index read is safe without Object.hasOwn.
  const value = record[code]
  return typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN
}

/** The sheet's total when every evaluator item is scored, else NaN (incomplete). */
function completeTotal(scores: Readonly<Record<string, number>>, evaluatorCodes: readonly string[]): number {
  let total = 0
  for (let i = 0; i < evaluatorCodes.length; i += 1) {
    const score = numberAt(scores, evaluatorCodes[i]!)
    if (Number.isNaN(score)) return Number.NaN
    total += score
  }
  return total
}

/** Abstentions have no sheet: a sheet still held for an evaluator who abstained (say, a pending write) is not one. */
function hasAbstained(app: StageApplicationInput, evaluatorId: string): boolean {
  const { abstentions } = app
  for (let i = 0; i < abstentions.length; i += 1) if (abstentions[i]!.evaluator_id === evaluatorId) return true
  return false
}

/** The complete sheets' totals by evaluator and the number of incomplete sheets of one application. */
export function sheetTotals(app: StageApplicationInput, criteria: SmeCriteria, stage: SmeStage): SheetTotals {
  const { evaluatorCodes } = planStage(criteria, stage)
  const complete = new Map<string, number>()
  let incomplete = 0
  for (const sheet of app.sheets) {
    if (hasAbstained(app, sheet.evaluator_id)) continue
    const total = completeTotal(sheet.scores, evaluatorCodes)
    if (Number.isNaN(total)) incomplete += 1
    else complete.set(sheet.evaluator_id, total)
  }
  return { complete, incomplete }
}

/** One row literal, always built in the same shape (the ranking builds ten thousand of them). */
function row(
  app: StageApplicationInput,
  sheets: number,
  incompleteSheets: number,
  computed: number,
  mean: number | null,
  trimmedMean: number | null,
  score: number | null,
  normalized: number | null,
  spread: number | null,
  disagreement: boolean
): RankingRow {
  return {
    id: app.id,
    company: app.company,
    status: app.status,
    current_stage: app.current_stage,
    sheets,
    incomplete_sheets: incompleteSheets,
    abstentions: app.abstentions.length,
    computed,
    mean,
    trimmed_mean: trimmedMean,
    score,
    normalized,
    spread,
    disagreement,
    rank: null
  }
}

/** Pass 1's result: every complete sheet, flat, and per application its totals' sum, min and max. */
interface StageSheets {
  /** Complete sheets; application a's are the indexes [start[a], start[a + 1]). */
  total: Float64Array
  evaluator: Int32Array
  start: Int32Array
  incomplete: Int32Array
  sum: Float64Array
  min: Float64Array
  max: Float64Array
  /** Per application, the sums over its complete sheets of each evaluator tie-break item (plan.evaluatorTieCodes). */
  tieSums: Float64Array
  /** Evaluators by index (`evaluator` above), with their totals' count, sum, min and max. */
  evaluatorCount: number[]
  evaluatorSum: number[]
  evaluatorMin: number[]
  evaluatorMax: number[]
}

function readSheets(apps: readonly StageApplicationInput[], plan: StagePlan): StageSheets {
  const { evaluatorCodes, evaluatorTieCodes } = plan
  const tieCount = evaluatorTieCodes.length
  let capacity = 0
  for (let a = 0; a < apps.length; a += 1) capacity += apps[a]!.sheets.length
  const out: StageSheets = {
    total: new Float64Array(capacity),
    evaluator: new Int32Array(capacity),
    start: new Int32Array(apps.length + 1),
    incomplete: new Int32Array(apps.length),
    sum: new Float64Array(apps.length),
    min: new Float64Array(apps.length),
    max: new Float64Array(apps.length),
    tieSums: new Float64Array(apps.length * tieCount),
    evaluatorCount: [],
    evaluatorSum: [],
    evaluatorMin: [],
    evaluatorMax: []
  }
  const evaluatorIndex = new Map<string, number>()
  let count = 0
  for (let a = 0; a < apps.length; a += 1) {
    const app = apps[a]!
    const { sheets } = app
    const checkAbstained = app.abstentions.length > 0
    out.start[a] = count
    let sum = 0
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < sheets.length; i += 1) {
      const sheet = sheets[i]!
      if (checkAbstained && hasAbstained(app, sheet.evaluator_id)) continue
      const total = completeTotal(sheet.scores, evaluatorCodes)
      if (Number.isNaN(total)) {
        out.incomplete[a]! += 1
        continue
      }
      let e = evaluatorIndex.get(sheet.evaluator_id)
      if (e === undefined) {
        e = out.evaluatorCount.push(0) - 1
        evaluatorIndex.set(sheet.evaluator_id, e)
        out.evaluatorSum.push(0)
        out.evaluatorMin.push(Infinity)
        out.evaluatorMax.push(-Infinity)
      }
      out.evaluatorCount[e]! += 1
      out.evaluatorSum[e]! += total
      if (total < out.evaluatorMin[e]!) out.evaluatorMin[e] = total
      if (total > out.evaluatorMax[e]!) out.evaluatorMax[e] = total
      out.total[count] = total
      out.evaluator[count] = e
      count += 1
      sum += total
      if (total < min) min = total
      if (total > max) max = total
      // A complete sheet has a finite score for every evaluator item, the tie-break ones included.
      for (let t = 0; t < tieCount; t += 1) out.tieSums[a * tieCount + t]! += sheet.scores[evaluatorTieCodes[t]!]!
    }
    out.sum[a] = sum
    out.min[a] = min
    out.max[a] = max
  }
  out.start[apps.length] = count
  return out
}

/**
 * μ_e and σ_e (population) of each evaluator's complete totals. σ comes from squared deviations (not
 * E[x²] − μ², which cancels badly) and is exactly 0 when all of an evaluator's totals are equal, so
 * rounding noise never becomes a z of ±1.
 */
function evaluatorStatistics(sheets: StageSheets): { mean: Float64Array; sigma: Float64Array } {
  const evaluators = sheets.evaluatorCount.length
  const mean = new Float64Array(evaluators)
  const squares = new Float64Array(evaluators)
  const sigma = new Float64Array(evaluators)
  for (let e = 0; e < evaluators; e += 1) mean[e] = sheets.evaluatorSum[e]! / sheets.evaluatorCount[e]!
  const complete = sheets.start[sheets.start.length - 1]!
  for (let s = 0; s < complete; s += 1) {
    const e = sheets.evaluator[s]!
    const deviation = sheets.total[s]! - mean[e]!
    squares[e]! += deviation * deviation
  }
  for (let e = 0; e < evaluators; e += 1) {
    sigma[e] = sheets.evaluatorMin[e] === sheets.evaluatorMax[e] ? 0 : Math.sqrt(squares[e]! / sheets.evaluatorCount[e]!)
  }
  return { mean, sigma }
}

/**
 * Every application's aggregates in `stage`, ordered by rank (1..n over those with a complete sheet),
 * then the unranked by id. μ_e and σ_e are taken per evaluator over their complete totals among
 * `apps`, so pass every application of the round in that stage.
 */
export function rankStage(apps: readonly StageApplicationInput[], criteria: SmeCriteria, stage: SmeStage): RankingRow[] {
  const plan = planStage(criteria, stage)
  const { computedCodes, tieBreaks } = plan
  const evaluatorTieCount = plan.evaluatorTieCodes.length
  const sheets = readSheets(apps, plan)
  const evaluators = evaluatorStatistics(sheets)

  const appCount = apps.length
  const tieCount = tieBreaks.length
  const score = new Float64Array(appCount)
  const tieValues = new Float64Array(appCount * tieCount)
  const rows: RankingRow[] = new Array<RankingRow>(appCount)
  const ranked: number[] = []
  const unranked: number[] = []

  for (let a = 0; a < appCount; a += 1) {
    const app = apps[a]!
    let computed = 0
    for (let c = 0; c < computedCodes.length; c += 1) {
      const points = numberAt(app.computedPoints, computedCodes[c]!)
      if (!Number.isNaN(points)) computed += points
    }
    const first = sheets.start[a]!
    const complete = sheets.start[a + 1]! - first
    if (complete === 0) {
      rows[a] = row(app, complete, sheets.incomplete[a]!, computed, null, null, null, null, null, false)
      unranked.push(a)
      continue
    }
    const sum = sheets.sum[a]!
    const mean = sum / complete
    const trimmedMean = complete >= TRIM_FROM_SHEETS ? (sum - sheets.min[a]! - sheets.max[a]!) / (complete - 2) : mean
    const spread = sheets.max[a]! - sheets.min[a]!
    let zSum = 0
    for (let s = first; s < first + complete; s += 1) {
      const e = sheets.evaluator[s]!
      const sigma = evaluators.sigma[e]!
      if (sigma !== 0) zSum += (sheets.total[s]! - evaluators.mean[e]!) / sigma
    }
    score[a] = computed + trimmedMean
    for (let t = 0; t < tieCount; t += 1) {
      const tie = tieBreaks[t]!
      const value =
        tie.evaluatorSlot < 0 ? numberAt(app.computedPoints, tie.code) : sheets.tieSums[a * evaluatorTieCount + tie.evaluatorSlot]! / complete
      tieValues[a * tieCount + t] = Number.isNaN(value) ? 0 : value
    }
    const disagreement = spread * DISAGREEMENT_DIVISOR > plan.maxEvaluatorTotal
    rows[a] = row(app, complete, sheets.incomplete[a]!, computed, mean, trimmedMean, score[a]!, zSum / complete, spread, disagreement)
    ranked.push(a)
  }

  const byId = (a: number, b: number): number => {
    const idA = apps[a]!.id
    const idB = apps[b]!.id
    return idA < idB ? -1 : idA > idB ? 1 : 0
  }
  ranked.sort((a, b) => {
    const byScore = score[b]! - score[a]!
    if (byScore !== 0) return byScore
    for (let t = 0; t < tieCount; t += 1) {
      const byTie = tieValues[b * tieCount + t]! - tieValues[a * tieCount + t]!
      if (byTie !== 0) return byTie
    }
    return byId(a, b)
  })
  unranked.sort(byId)

  const ordered: RankingRow[] = new Array<RankingRow>(appCount)
  for (let r = 0; r < ranked.length; r += 1) {
    const rankedRow = rows[ranked[r]!]!
    rankedRow.rank = r + 1
    ordered[r] = rankedRow
  }
  for (let u = 0; u < unranked.length; u += 1) ordered[ranked.length + u] = rows[unranked[u]!]!
  return ordered
}

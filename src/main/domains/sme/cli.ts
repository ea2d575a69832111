import type { BatchResult, RankingRow } from '../../../shared/domains/sme/views'
import { AbstentionKind, SmeStage } from '../../../shared/portal'
import { CliRefusal, CliUsageError, requireArg, type CliCommand } from '../types'

const ID = '강소기업 신청 id'

function stageOption(value: string | undefined): SmeStage {
  const parsed = SmeStage.safeParse(requireArg(value, '--stage'))
  if (!parsed.success) throw new CliUsageError(`--stage 는 ${SmeStage.options.join('|')} 중 하나여야 합니다: ${value}`)
  return parsed.data
}

/** `competitiveness=18 growth_potential=12.5` → { competitiveness: 18, growth_potential: 12.5 }. */
function scoresOf(words: readonly string[]): Record<string, number> {
  if (words.length === 0) throw new CliUsageError('점수를 항목=점수 형식으로 하나 이상 적어 주세요 (예: competitiveness=18).')
  const scores: Record<string, number> = {}
  for (const word of words) {
    const match = /^([A-Za-z0-9_]+)=(\d+(?:\.\d+)?)$/.exec(word)
    if (!match) throw new CliUsageError(`점수는 항목=점수 형식으로 적어 주세요: ${word}`)
    scores[match[1]!] = Number(match[2])
  }
  return scores
}

/** A batch of one: the application was queued, or the reason it was left out (exit 1). */
function oneQueued(value: unknown): { queued: number } {
  const result = value as BatchResult
  const skipped = result.skipped[0]
  if (result.queued === 0 && skipped) throw new CliRefusal(`${skipped.id}: ${skipped.reason}`)
  return { queued: result.queued }
}

const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100)
const round3 = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000)

/** The ranking as the CLI prints it: the fields exactly, numbers to 2 decimals (normalized to 3). */
export function rankingRowsForCli(rows: readonly RankingRow[]) {
  return rows.map((row) => ({
    id: row.id,
    company: row.company,
    sheets: row.sheets,
    abstentions: row.abstentions,
    computed: round2(row.computed),
    mean: round2(row.mean),
    trimmed_mean: round2(row.trimmed_mean),
    score: round2(row.score),
    normalized: round3(row.normalized),
    spread: round2(row.spread),
    disagreement: row.disagreement,
    rank: row.rank
  }))
}

export const smeCli: CliCommand[] = [
  {
    name: 'screen',
    usage: 'screen <sme-id> eligible|ineligible [--criteria a,b] [--note N]',
    options: { criteria: { type: 'string' }, note: { type: 'string' } },
    toCall({ positionals: [id, result], options }) {
      if (result !== 'eligible' && result !== 'ineligible') throw new CliUsageError(`자격검토 결과(eligible|ineligible)가 올바르지 않습니다: ${result ?? '(없음)'}`)
      const failedCriteria = (options.criteria ?? '').split(',').map((code) => code.trim()).filter(Boolean)
      return {
        channel: 'sme:screen',
        input: { id: requireArg(id, ID), result, failedCriteria, ...(options.note ? { note: options.note } : {}) }
      }
    }
  },
  {
    name: 'score',
    usage: 'score <sme-id> --stage S 항목=점수 … [--comment C]   (로그인한 평가위원의 평가표)',
    options: { stage: { type: 'string' }, comment: { type: 'string' } },
    toCall({ positionals: [id, ...words], options }) {
      return {
        channel: 'sme:score',
        input: { id: requireArg(id, ID), stage: stageOption(options.stage), scores: scoresOf(words), ...(options.comment !== undefined ? { comment: options.comment } : {}) }
      }
    }
  },
  {
    name: 'abstain',
    usage: 'abstain <sme-id> --stage S --reason R [--kind recusal|challenge|exclusion] [--evaluator E] [--known-on YYYY-MM-DD]',
    options: { stage: { type: 'string' }, kind: { type: 'string' }, evaluator: { type: 'string' }, 'known-on': { type: 'string' } },
    toCall({ positionals: [id], options }) {
      const kind = AbstentionKind.safeParse(options.kind ?? 'recusal')
      if (!kind.success) throw new CliUsageError(`--kind 는 ${AbstentionKind.options.join('|')} 중 하나여야 합니다: ${options.kind}`)
      return {
        channel: 'sme:abstain',
        input: {
          id: requireArg(id, ID),
          stage: stageOption(options.stage),
          kind: kind.data,
          reason: requireArg(options.reason, '--reason'),
          ...(options.evaluator ? { evaluatorId: options.evaluator } : {}),
          ...(options['known-on'] ? { knownOn: options['known-on'] } : {})
        }
      }
    }
  },
  {
    name: 'advance',
    usage: 'advance <sme-id>   (지금 단계에서 다음 단계로)',
    prints: 'answer',
    toCall: ({ positionals: [id] }) => ({ channel: 'sme:advance', input: { ids: [requireArg(id, ID)] } }),
    output: oneQueued
  },
  {
    name: 'select',
    usage: 'select <sme-id> yes|no [--note N]',
    prints: 'answer',
    options: { note: { type: 'string' } },
    toCall({ positionals: [id, decision], options }) {
      if (decision !== 'yes' && decision !== 'no') throw new CliUsageError(`선정 여부(yes|no)가 올바르지 않습니다: ${decision ?? '(없음)'}`)
      return {
        channel: 'sme:select',
        input: { decisions: [{ id: requireArg(id, ID), selected: decision === 'yes' }], ...(options.note ? { note: options.note } : {}) }
      }
    },
    output: oneQueued
  },
  {
    name: 'ranking',
    usage: 'ranking --round R --stage S [--json]',
    prints: 'answer',
    options: { round: { type: 'string' }, stage: { type: 'string' } },
    toCall: ({ options }) => ({ channel: 'sme:ranking', input: { round: requireArg(options.round, '--round'), stage: stageOption(options.stage) } }),
    output: (value) => rankingRowsForCli(value as RankingRow[])
  },
  {
    name: 'pledge',
    usage: 'pledge --round R   (평가 전 청렴·이해충돌 확인)',
    prints: 'answer',
    options: { round: { type: 'string' } },
    toCall: ({ options }) => ({ channel: 'sme:confirmPledge', input: { round: requireArg(options.round, '--round') } })
  }
]

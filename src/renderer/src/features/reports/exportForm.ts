import { REPORTS_TEXT as T } from '../../../../shared/reports/labels'
import {
  ExportReason,
  type ExportFileView,
  type ExportJobView,
  type ReportDescriptor,
  type ReportParamKind,
  type ReportParams
} from '../../../../shared/reports/model'

/**
 * The export dialog's and the batch panel's rules, pure: which inputs a report asks for, what goes
 * into its ReportParams, whether the file will carry personal data, and how far a job has got.
 */

export interface CatalogGroup {
  group: string
  reports: ReportDescriptor[]
}

/** The catalog grouped by domain (매력일자리, 강소기업, 재취업), in the order main lists them. */
export function groupCatalog(descriptors: readonly ReportDescriptor[]): CatalogGroup[] {
  const groups: CatalogGroup[] = []
  for (const descriptor of descriptors) {
    const existing = groups.find((g) => g.group === descriptor.group)
    if (existing) existing.reports.push(descriptor)
    else groups.push({ group: descriptor.group, reports: [descriptor] })
  }
  return groups
}

export function hasPersonalColumns(descriptor: ReportDescriptor): boolean {
  return descriptor.columns.some((column) => column.personal !== undefined)
}

/**
 * Whether the file will hold personal data: a report about people carries their (masked) names
 * always; the optional personal columns are written only when a manager unmasks.
 */
export function carriesPersonalData(descriptors: readonly ReportDescriptor[], unmasked: boolean): boolean {
  return descriptors.some((d) => d.columns.some((c) => c.personal === 'required' || (unmasked && c.personal === 'optional')))
}

/** Whether a report with both a session and months takes one session or a 기간 (its own rule: a session wins). */
export type ParamsScope = 'session' | 'months'

/** What the dialog's parameter fields hold. A list's own state (from its button) comes in as `fromList`. */
export interface ParamsDraft {
  /** The list's filter, sort and visible columns, or its session, as the list's "엑셀로 내보내기" gave them. */
  fromList: ReportParams | null
  /** A saved view's name (from the catalog), or null for the whole list. */
  view: string | null
  scope: ParamsScope
  session: string | null
  months: { from: string; to: string }
  smeRound: { round: string | null; stage: string | null }
}

/** A text the list handed over in its filter under `key` (a round, a month), else null. */
function givenText(fromList: ReportParams | null, key: string): string | null {
  const value = fromList?.filter?.[key]
  return typeof value === 'string' && value !== '' ? value : null
}

/**
 * The fields as a dialog opens: what the list handed over (its session, a round or months it is
 * narrowed to), else this year so far and the newest round.
 */
export function emptyDraft(fromList: ReportParams | null, thisMonth: string): ParamsDraft {
  const from = givenText(fromList, 'from')
  const to = givenText(fromList, 'to')
  return {
    fromList,
    view: null,
    scope: fromList?.session || !(from || to) ? 'session' : 'months',
    session: fromList?.session ?? null,
    months: { from: from ?? to ?? `${thisMonth.slice(0, 4)}-01`, to: to ?? from ?? thisMonth },
    smeRound: { round: givenText(fromList, 'round'), stage: givenText(fromList, 'stage') }
  }
}

/** Which fields the dialog (or a batch, whose reports share one set of parameters) shows. */
export interface ParamsPlan {
  listView: boolean
  /** Reports that take a session or a 기간, and none that needs a session: the staff member chooses. */
  scopeChoice: boolean
  session: boolean
  months: boolean
  smeRound: boolean
}

/**
 * A report asking for `session` alone needs one; one asking for `session` and `months` takes either
 * (a session wins when both are sent); `months` alone takes a 기간.
 */
export function paramsPlan(descriptors: readonly ReportDescriptor[], scope: ParamsScope): ParamsPlan {
  const has = (kind: ReportParamKind) => descriptors.some((d) => d.params.includes(kind))
  const sessionOnly = descriptors.some((d) => d.params.includes('session') && !d.params.includes('months'))
  const either = descriptors.some((d) => d.params.includes('session') && d.params.includes('months'))
  const monthsOnly = descriptors.some((d) => d.params.includes('months') && !d.params.includes('session'))
  const scopeChoice = either && !sessionOnly
  const session = sessionOnly || (scopeChoice && scope === 'session')
  return { listView: has('listView'), scopeChoice, session, months: monthsOnly || (either && !session), smeRound: has('smeRound') }
}

/** What is missing or wrong in the parameters, as one Korean sentence; null when they may be sent. */
export function paramsProblem(plan: ParamsPlan, draft: ParamsDraft): string | null {
  if (plan.session && !draft.session) return T.sessionMissing
  if (plan.months && draft.months.from > draft.months.to) return T.monthsInvalid
  return null
}

/**
 * The ReportParams for the fields the plan shows, and nothing else: a list's button hands over all of
 * its state, and a report that takes only a session must not be sent a filter it would refuse.
 */
export function buildParams(plan: ParamsPlan, draft: ParamsDraft): ReportParams {
  const params: ReportParams = {}
  let filter: Record<string, unknown> = {}
  if (plan.listView) {
    if (draft.fromList) {
      if (draft.fromList.filter) filter = { ...draft.fromList.filter }
      if (draft.fromList.sort) params.sort = draft.fromList.sort
      if (draft.fromList.columns) params.columns = draft.fromList.columns
      if (draft.fromList.view) params.view = draft.fromList.view
    } else if (draft.view) {
      params.view = draft.view
    }
  }
  if (plan.session && draft.session) params.session = draft.session
  if (plan.months) filter = { ...filter, from: draft.months.from, to: draft.months.to }
  // No round: the reports' own default, the newest round in the cache.
  if (plan.smeRound && draft.smeRound.round) filter = { ...filter, round: draft.smeRound.round }
  if (plan.smeRound && draft.smeRound.stage) filter = { ...filter, stage: draft.smeRound.stage }
  if (Object.keys(filter).length > 0) params.filter = filter
  return params
}

/** What is wrong with a typed reason (the same rule main checks), or null. */
export function reasonProblem(text: string): string | null {
  const parsed = ExportReason.safeParse(text)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? T.reasonPlaceholder)
}

/** A file's progress in percent, or null while its total is not known (the bar then runs without one). */
export function filePercent(file: ExportFileView): number | null {
  if (file.state === 'done') return 100
  if (file.totalRows === null) return null
  if (file.totalRows === 0) return file.state === 'running' ? null : 0
  return Math.min(100, Math.round((file.rowsWritten / file.totalRows) * 100))
}

const FINISHED: readonly ExportFileView['state'][] = ['done', 'failed', 'cancelled']

export interface BatchProgress {
  finished: number
  done: number
  failed: number
  total: number
  percent: number
}

/** A batch's overall progress: files finished (done or failed) of all. */
export function batchProgress(job: ExportJobView): BatchProgress {
  const total = job.files.length
  const finished = job.files.filter((f) => FINISHED.includes(f.state)).length
  const done = job.files.filter((f) => f.state === 'done').length
  const failed = job.files.filter((f) => f.state === 'failed').length
  return { finished, done, failed, total, percent: total === 0 ? 0 : Math.round((finished / total) * 100) }
}

/** Why a single export failed: its file's sentence, or a general one. */
export function failureOf(job: ExportJobView): string {
  return job.files.find((f) => f.error)?.error ?? T.failedFallback
}

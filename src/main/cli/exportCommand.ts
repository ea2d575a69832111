import { mkdirSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import type { ParseArgsConfig } from 'node:util'
import type { Channel } from '../../shared/ipc/contract'
import type { Session, SyncStatus } from '../../shared/ipc/views'
import {
  MONEY_UNITS,
  MoneyUnit,
  ReportFormat,
  type ExportFileView,
  type ExportJobView,
  type ExportStarted,
  type ReportDescriptor,
  type ReportParams
} from '../../shared/reports/model'
import { CliRefusal, CliUsageError } from '../domains/types'
import type { CliFiles } from './fileDialogs'

/**
 * `export`: one report or a saved batch to a file or folder, as Windows Task Scheduler runs it — the
 * same `reports:*` channels as the 보고서 screen, with the command line answering the dialogs.
 */

export const EXPORT_OPTIONS = {
  out: { type: 'string' },
  format: { type: 'string' },
  view: { type: 'string' },
  filter: { type: 'string', multiple: true },
  session: { type: 'string' },
  'sync-first': { type: 'boolean', default: false },
  batch: { type: 'string' },
  list: { type: 'boolean', default: false },
  unit: { type: 'string' },
  approval: { type: 'boolean', default: false }
} satisfies ParseArgsConfig['options']

export const EXPORT_USAGE = `  export --list [--json]: 내보낼 수 있는 보고서 목록 (id, 제목, 설명)
  export REPORT --out FILE|DIR --reason 이유 [--format xlsx|csv] [--view 저장된보기] [--filter k=v …] [--session 회차ID]
         [--unit 원|천원|백만원|억원] [--approval: 결재란] [--sync-first: 먼저 온라인 로그인·동기화] [--json]
         (목록 조건은 쉼표로: --filter statuses=in_review,approved · 같은 k 를 또 주면 덧붙입니다. --out 이 폴더면 앱이 제안하는 이름으로 씁니다.)
  export --batch 묶음이름 --out DIR --reason 이유 [위와 같은 옵션]: 묶음의 보고서마다 파일 하나와 manifest.json`

type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>

interface Io {
  stdout: { write(chunk: string): unknown }
  stderr: { write(chunk: string): unknown }
  env: NodeJS.ProcessEnv
}

/** What the command needs of the CLI around it: calls through dispatch, and the paths the dialogs answer with. */
export interface ExportCommandTools {
  call(channel: Channel, input: unknown): Promise<unknown>
  /** Offline, as the staff member who signed in here before (the CLI's other commands do the same). */
  actAsStaff(): Promise<void>
  files: CliFiles
}

const JOB_POLL_MS = 200
const PROGRESS_EVERY_MS = 1000
const MANIFEST_FILE_NAME = 'manifest.json'

const UNIT_NAMES: Readonly<Record<string, MoneyUnit>> = Object.fromEntries([
  ...MoneyUnit.options.map((unit) => [MONEY_UNITS[unit].label, unit] as const),
  ...MoneyUnit.options.map((unit) => [unit, unit] as const)
])

function text(values: Values, name: keyof typeof EXPORT_OPTIONS | 'reason' | 'user' | 'password' | 'portal'): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

const count = (n: number) => n.toLocaleString('en-US')

function formatOf(values: Values, out: string): ReportFormat {
  const given = text(values, 'format')
  const extension = extname(out).slice(1).toLowerCase()
  const fromName = ReportFormat.safeParse(extension)
  if (given === undefined) return fromName.success ? fromName.data : 'xlsx'
  const format = ReportFormat.safeParse(given.toLowerCase())
  if (!format.success) throw new CliUsageError(`--format 은 xlsx 또는 csv 입니다 (받은 것: ${given}).`)
  if (fromName.success && fromName.data !== format.data) throw new CliUsageError(`--out 의 확장자(.${extension})와 --format ${format.data} 가 다릅니다.`)
  return format.data
}

function unitOf(values: Values): MoneyUnit {
  const given = text(values, 'unit')
  if (given === undefined) return 'won'
  const unit = UNIT_NAMES[given.trim()]
  if (!unit) throw new CliUsageError(`--unit 은 원, 천원, 백만원, 억원 중 하나입니다 (받은 것: ${given}).`)
  return unit
}

/**
 * `--filter k=v` (repeatable) as text, read by the report's own schema: a list-valued condition takes
 * its values separated by commas (`statuses=in_review,approved`), and a key given twice adds to it.
 */
function filterOf(values: Values): Record<string, string> | undefined {
  const given = values.filter
  const pairs = Array.isArray(given) ? given.filter((item): item is string => typeof item === 'string') : []
  if (pairs.length === 0) return undefined
  const filter: Record<string, string> = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    const key = at > 0 ? pair.slice(0, at).trim() : ''
    if (!/^[A-Za-z][\w.-]*$/.test(key)) throw new CliUsageError(`--filter 는 k=v 형식입니다 (받은 것: ${pair}).`)
    const value = pair.slice(at + 1).trim()
    filter[key] = filter[key] === undefined ? value : `${filter[key]},${value}`
  }
  return filter
}

function paramsOf(values: Values): ReportParams {
  const filter = filterOf(values)
  const view = text(values, 'view')
  const session = text(values, 'session')
  return { ...(filter ? { filter } : {}), ...(view ? { view } : {}), ...(session ? { session } : {}) }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** Signs in online and syncs to the end (`--sync-first`), through the same channels as the app's sign-in and 동기화. */
async function signInAndSync(values: Values, io: Io, tools: ExportCommandTools): Promise<void> {
  const session = (await tools.call('auth:session', {})) as Session
  const username = text(values, 'user') ?? session.offlineAccounts[0]?.username
  if (!username) throw new CliUsageError('--sync-first 에는 --user 가 필요합니다.')
  const password = text(values, 'password') ?? io.env.PORTAL_PASSWORD
  if (!password) throw new CliUsageError(`${username} 의 비밀번호가 없습니다: --password 또는 환경변수 PORTAL_PASSWORD 를 주세요.`)
  const portalUrl = text(values, 'portal')
  await tools.call('auth:signIn', { username, password, ...(portalUrl ? { portalUrl } : {}) })
  await tools.call('sync:start', {})
  // The first line after a second: a short export prints only its result.
  let lastLine = Date.now()
  for (;;) {
    const status = (await tools.call('sync:status', {})) as SyncStatus
    if (!status.running) {
      const error = status.lastSummary?.error
      if (error) throw new CliRefusal(`동기화하지 못해 내보내지 않았습니다 — ${error.message}`)
      return
    }
    if (Date.now() - lastLine >= PROGRESS_EVERY_MS) {
      lastLine = Date.now()
      io.stderr.write(`동기화 중: ${status.progress.map((p) => `${p.collection} ${p.pulled}${p.done ? ' ✓' : ''}`).join(' · ')}\n`)
    }
    await new Promise((done) => setTimeout(done, JOB_POLL_MS))
  }
}

function progressLine(job: ExportJobView): string | null {
  const index = job.files.findIndex((file) => file.state === 'running')
  const file = job.files[index]
  if (!file) return null
  const of = file.totalRows !== null ? ` / ${count(file.totalRows)}` : ''
  const position = job.kind === 'batch' ? ` (${index + 1}/${job.files.length})` : ''
  return `내보내는 중${position}: ${file.title} ${count(file.rowsWritten)}${of}행`
}

/** Polls the job until it ends, with a progress line on stderr at most once a second. */
async function waitForJob(jobId: string, io: Io, tools: ExportCommandTools): Promise<ExportJobView> {
  let lastLine = Date.now()
  for (;;) {
    const job = (await tools.call('reports:job', { jobId })) as ExportJobView
    if (job.state !== 'running') return job
    const line = progressLine(job)
    if (line && Date.now() - lastLine >= PROGRESS_EVERY_MS) {
      lastLine = Date.now()
      io.stderr.write(`${line}\n`)
    }
    await new Promise((done) => setTimeout(done, JOB_POLL_MS))
  }
}

const pathOf = (job: ExportJobView, file: ExportFileView) => join(job.folder, file.fileName)

function printSingle(job: ExportJobView, values: Values, io: Io): void {
  const file = job.files[0]!
  if (job.state !== 'done') throw new CliRefusal(`'${file.title}' 보고서를 내보내지 못했습니다 — ${file.error ?? '알 수 없는 이유입니다.'}`)
  const path = pathOf(job, file)
  io.stdout.write(values.json === true ? `${JSON.stringify({ path, reportId: file.reportId, rows: file.rowsWritten, sha256: file.sha256 })}\n` : `${path}\n`)
}

function printBatch(job: ExportJobView, values: Values, io: Io): void {
  const manifest = join(job.folder, MANIFEST_FILE_NAME)
  const done = job.files.filter((file) => file.state === 'done')
  if (values.json === true) {
    const files = job.files.map((file) => ({
      reportId: file.reportId,
      state: file.state,
      path: file.state === 'done' ? pathOf(job, file) : null,
      rows: file.rowsWritten,
      sha256: file.sha256,
      error: file.error
    }))
    io.stdout.write(`${JSON.stringify({ folder: job.folder, manifest, files })}\n`)
  } else {
    io.stdout.write(`${[...done.map((file) => pathOf(job, file)), manifest].join('\n')}\n`)
  }
  const missing = job.files.filter((file) => file.state !== 'done')
  if (missing.length > 0) {
    const reasons = missing.map((file) => `${file.title}: ${file.error ?? file.state}`).join('; ')
    throw new CliRefusal(`${job.files.length}개 중 ${missing.length}개를 내보내지 못했습니다 — ${reasons}`)
  }
}

function printCatalog(catalog: ReportDescriptor[], values: Values, io: Io): void {
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(catalog.map(({ id, group, title, description, params }) => ({ id, group, title, description, params })))}\n`)
    return
  }
  io.stdout.write(`${catalog.length === 0 ? '(내보낼 수 있는 보고서가 없습니다)' : catalog.map((d) => `${d.id}\t${d.group} ${d.title}\t${d.description}`).join('\n')}\n`)
}

/** Runs `export …` (positionals after the command); returns the exit code, or throws a CLI error the caller reports. */
export async function exportCommand(rest: string[], values: Values, io: Io, tools: ExportCommandTools): Promise<number> {
  if (values.list === true) {
    if (rest.length > 0 || text(values, 'batch')) throw new CliUsageError('export --list 에는 보고서 이름이나 --batch 를 함께 주지 않습니다.')
    await tools.actAsStaff()
    printCatalog((await tools.call('reports:catalog', {})) as ReportDescriptor[], values, io)
    return 0
  }
  const batchName = text(values, 'batch')
  const reportId = rest[0]
  if (rest.length > 1) throw new CliUsageError(`export 에는 보고서를 하나만 주세요 (받은 것: ${rest.join(' ')}). 여러 개는 --batch 로 내보냅니다.`)
  if (batchName && reportId) throw new CliUsageError('export 에는 보고서 이름과 --batch 중 하나만 주세요.')
  if (!batchName && !reportId) throw new CliUsageError('내보낼 보고서를 주세요 (export --list 로 목록을 볼 수 있습니다).')
  const out = text(values, 'out')
  if (!out) throw new CliUsageError(batchName ? '--out 으로 파일을 저장할 폴더를 주세요.' : '--out 으로 저장할 파일이나 폴더를 주세요.')
  const reason = text(values, 'reason')
  if (!reason?.trim()) throw new CliUsageError('내보내는 이유가 필요합니다: --reason "…" 으로 주세요 (5자 이상).')
  const options = {
    format: formatOf(values, batchName ? '' : out),
    moneyUnit: unitOf(values),
    reason,
    approvalBox: values.approval === true,
    params: paramsOf(values)
  }
  const target = resolve(out)
  // A folder named on the command line is made if missing (a scheduled task's dated folder).
  if (batchName || out.endsWith(sep) || out.endsWith('/')) mkdirSync(target, { recursive: true })
  tools.files.save = target
  tools.files.folder = target
  if (batchName && !isFolder(target)) throw new CliUsageError(`--batch 의 --out 은 폴더여야 합니다: ${out}`)

  if (values['sync-first'] === true) await signInAndSync(values, io, tools)
  else await tools.actAsStaff()
  const started = (
    batchName ? await tools.call('reports:exportBatch', { ...options, batchName }) : await tools.call('reports:export', { ...options, reportId })
  ) as ExportStarted
  if (!started.job) throw new CliRefusal('저장할 곳이 정해지지 않아 내보내지 않았습니다.')
  const job = await waitForJob(started.job.jobId, io, tools)
  if (job.kind === 'batch') printBatch(job, values, io)
  else printSingle(job, values, io)
  return 0
}

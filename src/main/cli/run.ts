import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CollectionName } from '../../shared/portal'
import { createCore, type Core } from '../core'
import { sourceDecodeWorker } from '../sync/pageDecoder'
import { sourceCheckpointWorker } from '../db/walCheckpointer'
import { cacheStatus } from '../core/cacheStatus'
import { defaultDataDir } from '../core/dataDir'
import { AppError } from '../core/errors'
import { RECORD_TABLES } from '../db/repositories/collections'
import { attractiveJobSummaries } from '../db/repositories/attractiveJobs'
import { describePortalError } from '../sync/errors'
import { ZodError } from 'zod'
import { CliUsageError, runWriteCommand, WRITE_COMMANDS } from './writeCommands'

export interface CliIo {
  stdout: { write(chunk: string): unknown }
  stderr: { write(chunk: string): unknown }
  env: NodeJS.ProcessEnv
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

const USAGE = `사용법: npm run cli -- <명령> [옵션]
  sync   --portal URL --user U [--password P | 환경변수 PORTAL_PASSWORD] [--json]
  status --json
  list   <collection> --json [--status S] [--failing: attractive-jobs 중 규칙 위반이 있는 것만]
  review <attractive-job-id> start_review|approve|reject|request_revision [--reason R]
  comment <attractive-job-id> <text>
  attendance <registration-id> present|late|left_early|absent [--at ISO-8601]
  walk-in <session-id> --name N --birth-year YYYY --phone P
  registration <registration-id> registered|waitlisted|cancelled
  (쓰기 명령은 캐시와 보낼 목록에 기록되고, 다음 sync 때 포털로 한 번만 전송됩니다.)
공통: --data-dir DIR (기본: 앱과 같은 사용자 데이터 폴더)
collection: attractive-jobs | sme-applications | reemployment-sessions | reemployment-registrations`

class UsageError extends CliUsageError {}

const OPTIONS = {
  'data-dir': { type: 'string' },
  portal: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  status: { type: 'string' },
  reason: { type: 'string' },
  at: { type: 'string' },
  name: { type: 'string' },
  'birth-year': { type: 'string' },
  phone: { type: 'string' },
  json: { type: 'boolean', default: false },
  failing: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
} satisfies ParseArgsConfig['options']

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim()
}

/** The CLI for IT staff and batch jobs, on the same core as the app. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    io.stderr.write(`${oneLine(error instanceof Error ? error.message : String(error))}\n${USAGE}\n`)
    return EXIT_USAGE
  }
  const { values, positionals } = parsed
  const [command, ...rest] = positionals
  if (values.help || !command) {
    ;(values.help ? io.stdout : io.stderr).write(`${USAGE}\n`)
    return values.help ? EXIT_OK : EXIT_USAGE
  }

  let core: Core | null = null
  try {
    const dataDir = values['data-dir'] ?? defaultDataDir(io.env)
    core = await createCore({
      dataDir,
      portalUrl: values.portal ?? null,
      // The CLI runs from the sources (tsx); the worker starts with the first feed page, so only `sync` uses it.
      decodeWorker: sourceDecodeWorker(),
      checkpointWorker: sourceCheckpointWorker(),
      log: (level, message) => level !== 'info' && io.stderr.write(`${message}\n`)
    })
    switch (command) {
      case 'sync':
        return await syncCommand(core, values, io)
      case 'status':
        io.stdout.write(`${JSON.stringify(cacheStatus(core.context.db), null, values.json ? undefined : 2)}\n`)
        return EXIT_OK
      case 'list':
        return listCommand(core, rest, values, io)
      default:
        if (WRITE_COMMANDS.has(command)) {
          const queued = runWriteCommand(core, command, {
            positionals: rest,
            reason: values.reason,
            at: values.at,
            name: values.name,
            birthYear: values['birth-year'],
            phone: values.phone
          })
          const line = { queued: queued.seq, record_id: queued.recordId, idempotency_key: queued.idempotencyKey }
          io.stdout.write(values.json ? `${JSON.stringify(line)}\n` : `보낼 목록에 추가했습니다 (#${queued.seq}, ${queued.recordId}). 다음 sync 때 전송됩니다.\n`)
          return EXIT_OK
        }
        throw new UsageError(`알 수 없는 명령: ${command}`)
    }
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0]
      io.stderr.write(`오류: 입력값이 올바르지 않습니다: ${issue ? `${issue.path.join('.')} ${oneLine(issue.message)}` : ''}\n`)
      return EXIT_FAILED
    }
    if (error instanceof CliUsageError) {
      io.stderr.write(`${oneLine(error.message)}\n${USAGE}\n`)
      return EXIT_USAGE
    }
    const message = error instanceof AppError ? error.message : describePortalError(error)
    io.stderr.write(`오류: ${oneLine(message)}\n`)
    return EXIT_FAILED
  } finally {
    core?.close()
  }
}

async function syncCommand(core: Core, values: Values, io: CliIo): Promise<number> {
  const portal = values.portal
  const user = values.user
  const password = values.password ?? io.env.PORTAL_PASSWORD
  if (!portal || !user) throw new UsageError('sync에는 --portal 과 --user 가 필요합니다.')
  if (!password) throw new UsageError('비밀번호가 없습니다: --password 또는 환경변수 PORTAL_PASSWORD 를 주세요.')
  const { session, sync } = core.context
  await session.signIn(user, password, portal)
  const { done } = sync.start()
  const progressTimer = setInterval(() => {
    const line = sync
      .status()
      .progress.map((p) => `${p.collection} ${p.pulled}${p.done ? ' ✓' : ''}`)
      .join(' · ')
    io.stderr.write(`동기화 중: ${line}\n`)
  }, 1000)
  let summary
  try {
    summary = await done
  } finally {
    clearInterval(progressTimer)
  }
  if (values.json) io.stdout.write(`${JSON.stringify(summary)}\n`)
  else io.stderr.write(`받음: ${Object.entries(summary.pulled).map(([c, n]) => `${c} ${n}`).join(', ')}; 격리 ${summary.quarantined}\n`)
  if (summary.error) {
    io.stderr.write(`오류: ${oneLine(summary.error.message)}\n`)
    return EXIT_FAILED
  }
  return EXIT_OK
}

function listCommand(core: Core, rest: string[], values: Values, io: CliIo): number {
  const collection = CollectionName.safeParse(rest[0])
  if (!collection.success) throw new UsageError(`목록을 볼 collection 이 올바르지 않습니다: ${rest[0] ?? '(없음)'}`)
  if (values.failing && collection.data !== 'attractive-jobs') throw new UsageError('--failing 은 attractive-jobs 에만 쓸 수 있습니다.')
  const rows: Record<string, unknown>[] =
    collection.data === 'attractive-jobs'
      ? attractiveJobSummaries(core.context.db, { status: values.status, failing: values.failing })
      : RECORD_TABLES[collection.data].listSummaries(core.context.db, values.status)
  io.stdout.write(values.json ? `${JSON.stringify(rows)}\n` : `${rows.map((r) => `${String(r.id)}\t${String(r.version)}\t${String(r.status)}`).join('\n')}\n`)
  return EXIT_OK
}

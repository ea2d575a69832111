import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Channel } from '../../shared/ipc/contract'
import type { AuditVerification } from '../../shared/ipc/privacyViews'
import { CollectionName } from '../../shared/portal'
import { createCore, type Core } from '../core'
import { defaultDataDir } from '../core/dataDir'
import { AppError } from '../core/errors'
import { cacheKeyFromEnv } from '../core/cacheKey'
import { applyMachineDefaults, machineDefaultsFile, readMachineDefaults } from '../core/machineDefaults'
import { sourceCheckpointWorker } from '../db/walCheckpointer'
import { cliCommands } from '../domains/registry'
import { CliRefusal, CliUsageError, type CliArgs, type CliCommand } from '../domains/types'
import { explainFailure } from '../core/failures'
import { sourceDecodeWorker } from '../sync/pageDecoder'
import { cliFileDialogs, type CliFiles } from './fileDialogs'
import { cliPortalFetch } from './proxyFetch'
import { EXPORT_OPTIONS, EXPORT_USAGE, exportCommand } from './exportCommand'
import { writeOutFile } from './outFile'
import type { CoreOptions } from '../core'

export interface CliIo {
  stdout: { write(chunk: string): unknown }
  stderr: { write(chunk: string): unknown }
  env: NodeJS.ProcessEnv
}

/**
 * What differs when the installed app runs the CLI (`SeoulJobsDesk.exe --cli …`, src/main/electron/cliMode.ts)
 * instead of `npm run cli`: the cache key sealed by the OS key store, the built worker files, Chromium's
 * network stack. Absent: SEOUL_DESK_CACHE_KEY, the TypeScript workers through tsx, undici.
 */
export interface CliRuntime {
  /** The cache key for the data folder the command works on. */
  cacheKey?: (dataDir: string) => Promise<string>
  decodeWorker?: CoreOptions['decodeWorker']
  checkpointWorker?: CoreOptions['checkpointWorker']
  portalFetch?: CoreOptions['portalFetch']
  onProxySettings?: CoreOptions['onProxySettings']
  appVersion?: string
  packaged?: boolean
  /** How the usage text names the program (default `npm run cli --`). */
  programName?: string
  /**
   * IT's machine-wide defaults file (%ProgramData%, core/machineDefaults.ts): its portal address is
   * the one `sync` uses when neither --portal nor 설정 names one. Default: this machine's file.
   */
  machineDefaultsFile?: string | null
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

const DOMAIN_COMMANDS = new Map(cliCommands().map((command) => [command.name, command]))

/** The usage text; the installed app names itself and needs no key in the environment (the OS key store seals it). */
function usage(runtime: CliRuntime): string {
  const keyLine = runtime.cacheKey
    ? '      캐시 파일의 암호화 키: 이 PC의 운영체제 키 저장소에 봉인된 앱의 키를 씁니다'
    : '      환경변수 SEOUL_DESK_CACHE_KEY: 캐시 파일의 암호화 키 (32자 이상, 필수)'
  return `사용법: ${runtime.programName ?? 'npm run cli --'} <명령> [옵션]
  sync   [--portal URL: 없으면 설정에 저장된 포털 주소, 그다음 이 PC의 기본값] --user U [--password P | 환경변수 PORTAL_PASSWORD] [--json]
  status --json
  list   <collection> --json [--status S] [--failing: 규칙 위반·자격요건 미충족이 있는 것만 (attractive-jobs, sme-applications)]
  audit  verify [--json]: 접속기록의 해시 사슬을 처음부터 확인하고 처음 끊긴 곳을 알립니다 (관리자)
${EXPORT_USAGE}
${[...DOMAIN_COMMANDS.values()].map((command) => `  ${command.usage}`).join('\n')}
  (쓰기 명령은 캐시와 보낼 목록에 기록되고, 다음 sync 때 포털로 한 번만 전송됩니다.)
공통: --data-dir DIR (기본: 앱과 같은 사용자 데이터 폴더)
      --out FILE: 표준 출력을 이 파일에 씁니다 (UTF-8 BOM, CRLF — 메모장·엑셀에서 한글이 깨지지 않습니다; export 에서는 보고서 파일)
${keyLine}
      sync 밖의 명령은 이 데이터 폴더에서 온라인 로그인한 적이 있는 계정으로 실행합니다:
      --user U (없으면 마지막으로 로그인한 계정) 와 --password P 또는 환경변수 PORTAL_PASSWORD
collection: ${CollectionName.options.join(' | ')}`
}

class UsageError extends CliUsageError {}

const GENERIC_OPTIONS = {
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
  help: { type: 'boolean', short: 'h', default: false },
  ...EXPORT_OPTIONS
} satisfies ParseArgsConfig['options']

/**
 * The CLI's own options and those the domains' commands declare, parsed together (strictly: an
 * option nobody declares is a usage error). Two commands may share an option of the same type.
 */
function allOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = { ...GENERIC_OPTIONS }
  for (const command of DOMAIN_COMMANDS.values()) {
    for (const [name, option] of Object.entries(command.options ?? {})) {
      const known = options[name]
      if (known && known.type !== option.type) throw new Error(`CLI option --${name} declared as ${known.type} and ${option.type}`)
      if (!known) options[name] = { type: option.type }
    }
  }
  return options
}

const OPTIONS = allOptions()

type Values = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>

function stringValue(values: Values, name: keyof typeof GENERIC_OPTIONS): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

function flag(values: Values, name: keyof typeof GENERIC_OPTIONS): boolean {
  return values[name] === true
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim()
}

/** The CLI for IT staff and batch jobs, on the same core as the app. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo, runtime: CliRuntime = {}): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    io.stderr.write(`${oneLine(error instanceof Error ? error.message : String(error))}\n${usage(runtime)}\n`)
    return EXIT_USAGE
  }
  const outFile = stringValue(parsed.values, 'out')
  // export's --out names the report file itself (exportCommand.ts); every other command's is its output.
  if (outFile === undefined || parsed.positionals[0] === 'export') return runParsed(parsed, io, runtime)
  // The installed app has no console on Windows (and `>` cannot capture it): --out is how a job keeps
  // the output. Whatever the command printed is written, on failure too (the exit code says which).
  let captured = ''
  const code = await runParsed(parsed, { ...io, stdout: { write: (chunk: string) => (captured += chunk) } }, runtime)
  try {
    writeOutFile(outFile, captured)
  } catch (error) {
    io.stderr.write(`오류: --out 파일을 쓸 수 없습니다: ${outFile} (${oneLine(error instanceof Error ? error.message : String(error))})\n`)
    return EXIT_FAILED
  }
  return code
}

async function runParsed({ values, positionals }: { values: Values; positionals: string[] }, io: CliIo, runtime: CliRuntime): Promise<number> {
  const [command, ...rest] = positionals
  const help = flag(values, 'help')
  if (help || !command) {
    ;(help ? io.stdout : io.stderr).write(`${usage(runtime)}\n`)
    return help ? EXIT_OK : EXIT_USAGE
  }

  let core: Core | null = null
  // What the command line names answers the dialogs a command would open in the app.
  const files: CliFiles = { open: null, save: null, folder: null }
  try {
    const dataDir = stringValue(values, 'data-dir') ?? defaultDataDir(io.env)
    core = await createCore({
      dataDir,
      // No OS key store outside the app: the key of an encrypted cache comes from SEOUL_DESK_CACHE_KEY.
      cacheKey: runtime.cacheKey ? await runtime.cacheKey(dataDir) : cacheKeyFromEnv(io.env),
      // A wrong key must not set the app's cache aside: refuse and leave the file as it is.
      keepUnreadableCache: true,
      portalUrl: stringValue(values, 'portal') ?? null,
      // The CLI runs from the sources (tsx); the worker starts with the first feed page, so only `sync` uses it.
      decodeWorker: runtime.decodeWorker ?? sourceDecodeWorker(),
      checkpointWorker: runtime.checkpointWorker ?? sourceCheckpointWorker(),
      dialogs: cliFileDialogs(files),
      // HTTPS_PROXY / HTTP_PROXY / NO_PROXY, else the 설정 screen's manual proxy (proxyFetch.ts).
      portalFetch: runtime.portalFetch ?? ((proxy) => cliPortalFetch(io.env, proxy)),
      ...(runtime.onProxySettings ? { onProxySettings: runtime.onProxySettings } : {}),
      ...(runtime.appVersion ? { appVersion: runtime.appVersion } : {}),
      ...(runtime.packaged !== undefined ? { packaged: runtime.packaged } : {}),
      log: (level, message) => level !== 'info' && io.stderr.write(`${message}\n`)
    })
    const defaultsFile = runtime.machineDefaultsFile !== undefined ? runtime.machineDefaultsFile : machineDefaultsFile(process.platform, io.env)
    applyMachineDefaults(core.context.session, readMachineDefaults(defaultsFile))
    switch (command) {
      case 'sync':
        return await syncCommand(core, values, io)
      case 'status':
        await actAsStaff(core, values, io)
        io.stdout.write(`${JSON.stringify(await call(core, 'cache:status', {}), null, flag(values, 'json') ? undefined : 2)}\n`)
        return EXIT_OK
      case 'list':
        return await listCommand(core, rest, values, io)
      case 'audit':
        return await auditCommand(core, rest, values, io)
      case 'export': {
        const exporting = core
        return await exportCommand(rest, values, io, { call: (channel, input) => call(exporting, channel, input), actAsStaff: () => actAsStaff(exporting, values, io), files })
      }
      default: {
        const domainCommand = DOMAIN_COMMANDS.get(command)
        if (!domainCommand) throw new UsageError(`알 수 없는 명령: ${command}`)
        const args: CliArgs = { positionals: rest, options: stringOptions(values), now: core.context.now() }
        const request = domainCommand.toCall(args)
        if (domainCommand.inputFile) files.open = domainCommand.inputFile(args)
        return domainCommand.prints === 'answer'
          ? await answerCommand(core, domainCommand, request, args, values, io)
          : await writeCommand(core, request, values, io)
      }
    }
  } catch (error) {
    if (error instanceof CliFailure || error instanceof CliRefusal) {
      io.stderr.write(`오류: ${oneLine(error.message)}\n`)
      return EXIT_FAILED
    }
    if (error instanceof CliUsageError) {
      io.stderr.write(`${oneLine(error.message)}\n${usage(runtime)}\n`)
      return EXIT_USAGE
    }
    // IT staff read the CLI: the plain sentence, then the technical detail on the same line.
    const { message, detail } = explainFailure(error)
    io.stderr.write(`오류: ${oneLine(detail ? `${message} (${detail})` : message)}\n`)
    return EXIT_FAILED
  } finally {
    core?.close()
  }
}

async function syncCommand(core: Core, values: Values, io: CliIo): Promise<number> {
  const { session, sync } = core.context
  // --portal, else the address 설정 (or an earlier sign-in) stored, else IT's machine default.
  const givenPortal = stringValue(values, 'portal')
  const user = stringValue(values, 'user')
  const password = stringValue(values, 'password') ?? io.env.PORTAL_PASSWORD
  if (!givenPortal && !session.portalUrl) throw new UsageError('포털 주소가 없습니다: --portal URL 을 주거나 앱의 설정에서 포털 주소를 저장하세요.')
  if (!user) throw new UsageError('sync에는 --user 가 필요합니다.')
  if (!password) throw new UsageError('비밀번호가 없습니다: --password 또는 환경변수 PORTAL_PASSWORD 를 주세요.')
  // Only an address given here is stored; the machine's default stays a default (machineDefaults.ts).
  await session.signIn(user, password, givenPortal)
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
  if (flag(values, 'json')) io.stdout.write(`${JSON.stringify(summary)}\n`)
  else io.stderr.write(`받음: ${Object.entries(summary.pulled).map(([c, n]) => `${c} ${n}`).join(', ')}; 격리 ${summary.quarantined}\n`)
  if (summary.error) {
    io.stderr.write(`오류: ${oneLine(summary.error.detail ? `${summary.error.message} (${summary.error.detail})` : summary.error.message)}\n`)
    return EXIT_FAILED
  }
  return EXIT_OK
}

/** Every option as a command reads it: strings as given, a boolean that is set as "true". */
function stringOptions(values: Values): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(values).flatMap(([name, value]): [string, string][] =>
      typeof value === 'string' ? [[name, value]] : value === true ? [[name, 'true']] : []
    )
  )
}

/** A failure the core answered with (validation, a refused action): one Korean line, exit 1. */
class CliFailure extends Error {}

/** Every command goes through the core's dispatch, so it is validated, checked and recorded as in the app. */
async function call(core: Core, channel: Channel, input: unknown): Promise<unknown> {
  const result = await core.dispatch(channel, input)
  if (result.ok) return result.value
  const issue = result.error.issues?.[0]
  throw new CliFailure(issue && result.error.code === 'validation_failed' ? `${result.error.message}: ${issue.path} ${issue.message}` : result.error.message)
}

/**
 * Domain commands work on the cache as a staff member who signed in online on this data folder
 * before, unlocked with their password as "오프라인으로 계속" is in the app (wrong tries count toward
 * the same lockout). `--user` names the account; without it, the one that signed in last.
 */
async function actAsStaff(core: Core, values: Values, io: CliIo): Promise<void> {
  const { session } = core.context
  const user = stringValue(values, 'user') ?? session.current().offlineAccounts[0]?.username
  if (!user) throw new AppError('not_signed_in', '이 데이터 폴더로 로그인한 적이 없습니다. 먼저 sync --user 로 로그인하세요.')
  const password = stringValue(values, 'password') ?? io.env.PORTAL_PASSWORD
  if (!password) throw new UsageError(`${user} 의 비밀번호가 없습니다: --password 또는 환경변수 PORTAL_PASSWORD 를 주세요.`)
  await call(core, 'auth:continueOffline', { username: user, password })
}

async function writeCommand(core: Core, request: { channel: Channel; input: unknown }, values: Values, io: CliIo): Promise<number> {
  await actAsStaff(core, values, io)
  const queued = (await call(core, request.channel, request.input)) as { seq: number; recordId: string; idempotencyKey: string }
  const line = { queued: queued.seq, record_id: queued.recordId, idempotency_key: queued.idempotencyKey }
  io.stdout.write(flag(values, 'json') ? `${JSON.stringify(line)}\n` : `포털 전송 대기에 넣었습니다 (#${queued.seq}, ${queued.recordId}). sync 를 실행하면 포털로 보냅니다.\n`)
  return EXIT_OK
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '-'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** Rows as a tab-separated table with a header line; one object as "key: value" lines. */
function asTable(shaped: unknown): string {
  if (Array.isArray(shaped)) {
    const rows = shaped.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    if (rows.length === 0) return '(없음)'
    const columns = Object.keys(rows[0]!)
    return [columns.join('\t'), ...rows.map((row) => columns.map((column) => cellText(row[column])).join('\t'))].join('\n')
  }
  if (typeof shaped === 'object' && shaped !== null) return Object.entries(shaped).map(([key, value]) => `${key}: ${cellText(value)}`).join('\n')
  return cellText(shaped)
}

async function answerCommand(
  core: Core,
  command: CliCommand,
  request: { channel: Channel; input: unknown },
  args: CliArgs,
  values: Values,
  io: CliIo
): Promise<number> {
  await actAsStaff(core, values, io)
  const first = await call(core, request.channel, request.input)
  const next = command.followUp?.(first, args) ?? null
  const value = next ? await call(core, next.channel, next.input) : first
  const shaped = command.output ? command.output(value) : value
  io.stdout.write(`${flag(values, 'json') ? JSON.stringify(shaped) : asTable(shaped)}\n`)
  return EXIT_OK
}

/** `audit verify`: the 접속기록's hash chain from the first entry; a broken link is one line on stderr, exit 1. */
async function auditCommand(core: Core, rest: string[], values: Values, io: CliIo): Promise<number> {
  if (rest[0] !== 'verify' || rest.length > 1) throw new UsageError(`audit 다음에는 verify 를 쓰세요 (받은 것: ${rest.join(' ') || '없음'})`)
  await actAsStaff(core, values, io)
  const result = (await call(core, 'audit:verify', {})) as AuditVerification
  if (flag(values, 'json')) io.stdout.write(`${JSON.stringify(result)}\n`)
  if (result.broken) {
    io.stderr.write(`오류: 접속기록이 변조되었습니다 — ${oneLine(result.broken.reason)} (앞의 ${result.checked}건은 이상 없음)\n`)
    return EXIT_FAILED
  }
  if (!flag(values, 'json')) io.stdout.write(`접속기록 ${result.checked}건 확인: 이상 없음\n`)
  return EXIT_OK
}

async function listCommand(core: Core, rest: string[], values: Values, io: CliIo): Promise<number> {
  const collection = CollectionName.safeParse(rest[0])
  if (!collection.success) throw new UsageError(`목록을 볼 collection 이 올바르지 않습니다: ${rest[0] ?? '(없음)'}`)
  await actAsStaff(core, values, io)
  const rows = (await call(core, 'records:summaries', {
    collection: collection.data,
    ...(stringValue(values, 'status') ? { status: stringValue(values, 'status') } : {}),
    onlyFailing: flag(values, 'failing')
  })) as Record<string, unknown>[]
  io.stdout.write(flag(values, 'json') ? `${JSON.stringify(rows)}\n` : `${rows.map((r) => `${String(r.id)}\t${String(r.version)}\t${String(r.status)}`).join('\n')}\n`)
  return EXIT_OK
}

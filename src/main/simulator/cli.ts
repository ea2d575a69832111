/**
 * npm run portal-sim -- --port 4010 --seed 1 --scale 1000 [--fail-rate 0.2] [--latency 50] [--token-ttl 900] [--db FILE]
 * Prints one "listening" line and the demo accounts, then serves until SIGINT/SIGTERM.
 * --until-stdin-closes: also stops when its standard input ends — a parent process's clean way to stop it on
 * Windows, where SIGTERM is not delivered (the process is killed outright, without closing the server).
 * --fail-rate p splits p evenly over 429, 503 and dropped connections.
 */
import { DEMO_ACCOUNTS, startPortalSimulator, type StartOptions } from './index'

class UsageError extends Error {}

const UNTIL_STDIN_CLOSES = '--until-stdin-closes'

function num(flag: string, raw: string | undefined, min: number, max: number): number {
  const v = Number(raw)
  if (raw === undefined || raw.trim() === '' || !Number.isFinite(v) || v < min || v > max) {
    throw new UsageError(`${flag} needs a number between ${min} and ${max} (got ${raw ?? 'nothing'})`)
  }
  return v
}

export function parseArgs(argv: string[]): StartOptions {
  const opts: StartOptions = { port: 4010, seed: 1, scale: 1000 }
  const faults: NonNullable<StartOptions['faults']> = {}
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] ?? ''
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined]
    const value = (): string | undefined => inline ?? argv[++i]
    switch (name) {
      case '--port': opts.port = Math.trunc(num(name, value(), 0, 65535)); break
      case '--host': opts.host = value() ?? ''; if (!opts.host) throw new UsageError('--host needs a value'); break
      case '--seed': opts.seed = Math.trunc(num(name, value(), 0, 2 ** 31)); break
      case '--scale': opts.scale = Math.trunc(num(name, value(), 0, 10_000_000)); break
      case '--fail-rate': { const p = num(name, value(), 0, 1); faults.rate429 = p / 3; faults.rate503 = p / 3; faults.dropRate = p / 3; break }
      case '--latency': faults.latencyMs = num(name, value(), 0, 60_000); break
      case '--token-ttl': opts.tokenTtlSeconds = num(name, value(), 1, 10 ** 7); break
      case '--cursor-ttl': opts.cursorTtlSeconds = num(name, value(), 1, 10 ** 7); break
      case '--db': opts.dbPath = value() ?? ''; if (!opts.dbPath) throw new UsageError('--db needs a file name'); break
      default: throw new UsageError(`unknown argument: ${flag}`)
    }
  }
  if (Object.keys(faults).length > 0) opts.faults = faults
  return opts
}

async function main(): Promise<void> {
  let opts: StartOptions
  const args = process.argv.slice(2)
  const untilStdinCloses = args.includes(UNTIL_STDIN_CLOSES)
  try {
    opts = parseArgs(args.filter((arg) => arg !== UNTIL_STDIN_CLOSES))
  } catch (err) {
    process.stderr.write(`portal-sim: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(2)
  }
  const verbose = process.env.PORTAL_SIM_LOG === '1'
  const sim = await startPortalSimulator({ ...opts, log: verbose ? (l) => process.stderr.write(`${l}\n`) : undefined })
  process.stdout.write(`Portal simulator listening on ${sim.url}\n`)
  for (const a of DEMO_ACCOUNTS) process.stdout.write(`  ${a.username} / ${a.password}  ${a.name} (${a.id}) ${a.roles.join(', ')}\n`)
  const stop = (): void => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  if (untilStdinCloses) {
    process.stdin.once('end', stop)
    process.stdin.resume()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`portal-sim: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(1)
})

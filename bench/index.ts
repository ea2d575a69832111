import { writeFileSync, mkdirSync } from 'node:fs'
import { startRemoteSim } from './remoteSim'
import { appFullPull, benchFullPull } from './pull'
import { benchQueries } from './queries'
import { benchDeltaPull, benchPush } from './push'
import { benchSme } from './sme'
import { benchReemployment } from './reemployment'
import { benchReports } from './reports'
import { benchImportPreview } from './importPreview'
import { benchStartup } from './startup'
import { figures, record, section, tempDir } from './util'

/** `--only sme` / `--only reports`: just that part (its data is built in the run, no simulator needed). */
function onlyPart(argv: readonly string[]): string | null {
  const at = argv.indexOf('--only')
  return at >= 0 ? (argv[at + 1] ?? null) : null
}

/**
 * `npm run bench`: the speed and memory figures the issues ask for, each beside a raw baseline
 * measured in the same run on this machine. Scale with BENCH_SCALE (default 100000).
 */
async function main() {
  const scale = Number(process.env.BENCH_SCALE ?? 100_000)
  const only = onlyPart(process.argv.slice(2))
  if (only !== null && !['sme', 'reports', 'startup'].includes(only)) throw new Error(`unknown bench part: ${only} (known: sme, reports, startup)`)
  process.stdout.write(`# 일자리포털 업무도구 benchmark — scale ${scale.toLocaleString('en-US')} per collection, Node ${process.version}\n`)
  if (only === null) await benchPortalParts(scale)

  if (only === 'startup') await benchStartupAlone(scale)

  if (only === null || only === 'sme') {
    section('서울형 강소기업: ranking, list and sheets at 10,000 applications (issue 14)')
    await benchSme()
  }

  if (only === null || only === 'reports') {
    await benchReports()
    await benchImportPreview()
  }

  mkdirSync('.bench-data', { recursive: true })
  writeFileSync('.bench-data/results.json', `${JSON.stringify({ at: new Date().toISOString(), scale, only, figures }, null, 2)}\n`)
  const missed = figures.filter((f) => f.ok === false)
  process.stdout.write(`\n${figures.length} figures, ${missed.length} missed their target${missed.length ? `: ${missed.map((f) => f.name).join('; ')}` : ''}\n`)
}

/** `--only startup`: a cache filled by one full pull, then the start-up and renderer-session figures. */
async function benchStartupAlone(scale: number) {
  const sim = await startRemoteSim({ seed: 1, scale })
  const dir = tempDir('bench-startup-')
  try {
    const pulled = await appFullPull(sim, dir.path, 1000)
    pulled.core.close()
    section('Start-up and an hour of the renderer (issue 18)')
    await benchStartup(sim, dir.path, scale)
  } finally {
    await sim.close()
    dir.remove()
  }
}

/** Everything measured against the portal simulator at `scale` records per collection. */
async function benchPortalParts(scale: number) {
  section('Portal simulator')
  const sim = await startRemoteSim({ seed: 1, scale })
  record({ name: 'simulator start + seeding (own process)', value: sim.startupMs / 1000, unit: 's' })
  const dir = tempDir('bench-app-')
  try {
    section('Full pull into an empty cache (issue 2)')
    const core = await benchFullPull(sim, dir.path)
    section('List, search and detail at scale (issues 2 and 4)')
    await benchQueries(core)
    section('Delta pull (issue 3)')
    await benchDeltaPull(sim, core)
    core.close()
    section('Start-up and an hour of the renderer (issue 18)')
    await benchStartup(sim, dir.path, scale)
  } finally {
    await sim.close()
    dir.remove()
  }

  section('Push (issue 3)')
  const pushSim = await startRemoteSim({ seed: 2, scale: Math.min(scale, 20_000) })
  try {
    await benchPush(pushSim)
  } finally {
    await pushSim.close()
  }

  await benchReemployment()
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})

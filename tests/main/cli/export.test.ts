import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { createCore, type Core } from '../../../src/main/core'
import { registeredReports } from '../../../src/main/domains/registry'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import { LIST_COLUMN_LABELS } from '../../../src/shared/domains/attractive-jobs/viewLabels'
import type { AttractiveJobListResult, ViewDefinition } from '../../../src/shared/domains/attractive-jobs/views'
import { BatchManifest, type SavedBatch } from '../../../src/shared/reports/model'
import { cliInProcess, spawnCli } from '../../helpers/cli'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

const REASON = '주간 업무 보고 첨부용'

const cli = (args: string[]) => spawnCli(args)

/** stderr without the progress lines (printed at most once a second while a job runs). */
const withoutProgress = (stderr: string) => stderr.trim().split('\n').filter((line) => !/^(내보내는 중|동기화 중)/.test(line))

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function sheets(path: string): { names: string[]; rows(name: string): unknown[][] } {
  const book = XLSX.read(readFileSync(path))
  return { names: book.SheetNames, rows: (name) => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, blankrows: false, defval: null }) }
}

/** A core on the CLI's data folder, as the app would open it on the same PC (the CLI is not running then). */
async function withApp<T>(dataDir: string, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await createCore({ dataDir, cacheKey: TEST_CACHE_KEY, log: () => undefined })
  try {
    const unlocked = await core.dispatch('auth:continueOffline', { username: 'manager', password: 'demo' })
    if (!unlocked.ok) throw new Error(unlocked.error.message)
    return await work(core)
  } finally {
    core.close()
  }
}

async function callOk<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

describe('CLI export', () => {
  let sim: PortalSimulator
  let dir: ReturnType<typeof makeTempDir>
  let out: ReturnType<typeof makeTempDir>
  const dataDir = () => ['--data-dir', dir.path]

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 3, scale: 250 })
    dir = makeTempDir()
    out = makeTempDir('jobs-desk-export-')
    const synced = await cliInProcess(['sync', '--portal', sim.url, '--user', 'manager', ...dataDir()])
    expect(synced.code, synced.stderr).toBe(0)
  })
  afterAll(async () => {
    await sim.close()
    dir.remove()
    out.remove()
  })

  it('export --list prints the catalog in registry order, as a table or JSON', async () => {
    const json = await cliInProcess(['export', '--list', '--json', ...dataDir()])
    expect(json.code, json.stderr).toBe(0)
    const catalog = JSON.parse(json.stdout) as { id: string; title: string; description: string }[]
    expect(catalog.map((entry) => entry.id)).toEqual(registeredReports().map((spec) => spec.descriptor.id))
    // The report ids of the issue, every one of them offered to the manager.
    expect(catalog.map((entry) => entry.id).sort()).toEqual(
      [
        'attractive-jobs.summary',
        'attractive-jobs.list',
        'attractive-jobs.rule-failures',
        'attractive-jobs.decisions',
        'sme.screening',
        'sme.scores',
        'sme.ranking',
        'sme.selection',
        'reemployment.roster',
        'reemployment.sign-in-sheet',
        'reemployment.completions',
        'reemployment.no-shows',
        'reemployment.performance'
      ].sort()
    )
    const table = await cliInProcess(['export', '--list', ...dataDir()])
    expect(table.code).toBe(0)
    const lines = table.stdout.trim().split('\n')
    expect(lines).toHaveLength(catalog.length)
    expect(lines[0]!.split('\t')).toEqual([catalog[0]!.id, expect.stringContaining(catalog[0]!.title), catalog[0]!.description])
  })

  it('a spawned export to a folder writes the suggested name there and prints its path', async () => {
    const folder = join(out.path, 'weekly')
    mkdirSync(folder)
    const result = await cli(['export', 'attractive-jobs.summary', '--out', folder, '--reason', REASON, '--unit', '백만원', ...dataDir()])
    expect(result.code, result.stderr).toBe(0)
    const path = result.stdout.trim()
    expect(path).toMatch(/매력일자리_신청현황_\d{8}\.xlsx$/)
    expect(readdirSync(folder)).toEqual([basename(path)])
    const book = sheets(path)
    expect(book.names[0]).toBe('요약')
    const summary = book.rows('요약')
    expect(summary.find((row) => row[0] === '내보낸 이유')?.[1]).toBe(REASON)
    expect(summary.find((row) => row[0] === '금액 단위')?.[1]).toBe('백만원 (백만원 미만 반올림)')
  })

  it('an export to a file prints JSON with the path, rows and SHA-256 of what it wrote', async () => {
    const file = join(out.path, '목록.csv')
    writeFileSync(file, 'old')
    const result = await cliInProcess(['export', 'attractive-jobs.list', '--out', file, '--reason', REASON, '--filter', 'statuses=in_review', '--json', ...dataDir()])
    expect(result.code, result.stderr).toBe(0)
    const printed = JSON.parse(result.stdout) as { path: string; rows: number; sha256: string }
    expect(printed.path).toBe(file)
    expect(printed.sha256).toBe(sha256(file))
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(printed.rows + 1)
    const inReview = await withApp(dir.path, (core) =>
      callOk<AttractiveJobListResult>(core, 'attractiveJobs:list', { filter: { statuses: ['in_review'] }, page: 1, pageSize: 1 })
    )
    expect(printed.rows).toBe(inReview.total)
    expect(inReview.total).toBeGreaterThan(0)
  })

  it('usage errors exit 2 with the reason first; refused or failed exports exit 1 with one line', async () => {
    const noReason = await cliInProcess(['export', 'attractive-jobs.list', '--out', out.path, ...dataDir()])
    expect(noReason.code).toBe(2)
    expect(noReason.stderr.split('\n')[0]).toBe('내보내는 이유가 필요합니다: --reason "…" 으로 주세요 (5자 이상).')
    const badUnit = await cliInProcess(['export', 'attractive-jobs.list', '--out', out.path, '--reason', REASON, '--unit', '만원', ...dataDir()])
    expect(badUnit.code).toBe(2)
    expect(badUnit.stderr.split('\n')[0]).toContain('--unit 은 원, 천원, 백만원, 억원')
    const badFormat = await cliInProcess(['export', 'attractive-jobs.list', '--out', join(out.path, 'x.csv'), '--format', 'xlsx', '--reason', REASON, ...dataDir()])
    expect(badFormat.code).toBe(2)
    expect((await cliInProcess(['export', ...dataDir()])).code).toBe(2)

    for (const args of [
      ['export', 'attractive-jobs.nothing', '--out', out.path, '--reason', REASON],
      ['export', 'reemployment.roster', '--out', out.path, '--reason', REASON],
      ['export', 'attractive-jobs.list', '--out', out.path, '--reason', '짧음'],
      ['export', 'attractive-jobs.list', '--out', out.path, '--reason', REASON, '--view', '없는 보기']
    ]) {
      const failed = await cliInProcess([...args, ...dataDir()])
      expect(failed.code, args.join(' ')).toBe(1)
      expect(withoutProgress(failed.stderr), failed.stderr).toHaveLength(1)
      expect(failed.stderr).toMatch(/^오류: /)
      expect(failed.stdout).toBe('')
    }
  })

  it('export --batch writes each report and manifest.json; a failing report is named and the run exits 1', async () => {
    const batch: SavedBatch = { name: '월요 보고', reportIds: ['attractive-jobs.summary', 'reemployment.roster', 'attractive-jobs.rule-failures'], params: {} }
    await withApp(dir.path, (core) => callOk(core, 'reports:saveBatch', batch))
    const folder = join(out.path, 'batch')
    const result = await cliInProcess(['export', '--batch', '월요 보고', '--out', folder, '--reason', REASON, ...dataDir()])
    expect(result.code).toBe(1)
    expect(withoutProgress(result.stderr)).toEqual([expect.stringMatching(/^오류: 3개 중 1개를 내보내지 못했습니다 — 회차별 명단: /)])
    const printed = result.stdout.trim().split('\n')
    expect(printed).toHaveLength(3)
    expect(printed.at(-1)).toBe(join(folder, 'manifest.json'))
    const manifest = BatchManifest.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')))
    expect(manifest.files.map((file) => [file.reportId, file.file !== null])).toEqual([
      ['attractive-jobs.summary', true],
      ['reemployment.roster', false],
      ['attractive-jobs.rule-failures', true]
    ])
    expect(manifest.files[1]!.error).toBeTruthy()
    for (const file of manifest.files.filter((entry) => entry.file !== null)) {
      expect(printed).toContain(join(folder, file.file!))
      expect(file.sha256).toBe(sha256(join(folder, file.file!)))
    }
    expect(readdirSync(folder).sort()).toEqual([...manifest.files.flatMap((file) => (file.file ? [file.file] : [])), 'manifest.json'].sort())
  })

  it('--sync-first signs in online and syncs before the export', async () => {
    const file = join(out.path, 'fresh.xlsx')
    const result = await cliInProcess(['export', 'attractive-jobs.decisions', '--out', file, '--reason', REASON, '--sync-first', '--portal', sim.url, '--user', 'manager', ...dataDir()])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout.trim()).toBe(file)
    expect(existsSync(file)).toBe(true)
  })

  it('the export of a saved view has exactly the rows the app lists for that view, in its order', async () => {
    const definition: ViewDefinition = {
      filter: { ruleCheck: 'has_failures' },
      sort: { column: 'hourly_wage', direction: 'asc' },
      columns: ['id', 'title', 'org_name', 'hourly_wage'],
      pageSize: 50
    }
    const shown = await withApp(dir.path, async (core) => {
      await callOk(core, 'attractiveJobs:saveView', { name: '저임금 점검', definition })
      const ids: string[] = []
      for (let page = 1; ; page += 1) {
        const result = await callOk<AttractiveJobListResult>(core, 'attractiveJobs:list', { filter: definition.filter, sort: definition.sort, page, pageSize: 50 })
        ids.push(...result.rows.map((row) => row.id))
        if (ids.length >= result.total) break
      }
      return ids
    })
    expect(shown.length).toBeGreaterThan(50)
    const file = join(out.path, '저임금.xlsx')
    const result = await cliInProcess(['export', 'attractive-jobs.list', '--view', '저임금 점검', '--out', file, '--reason', REASON, ...dataDir()])
    expect(result.code, result.stderr).toBe(0)
    const book = sheets(file)
    expect(book.names[0]).toBe('요약')
    const data = book.rows(book.names[1]!)
    const header = data.findIndex((row) => row[0] === LIST_COLUMN_LABELS.id)
    expect(data[header]).toEqual(expect.arrayContaining(definition.columns.map((column) => expect.stringContaining(LIST_COLUMN_LABELS[column]))))
    expect(data.slice(header + 1).map((row) => row[0])).toEqual(shown)
  })

  it('refuses a report outside the staff member’s roles with one line, exit 1', async () => {
    const signedIn = await cliInProcess(['sync', '--portal', sim.url, '--user', 'coordinator', ...dataDir()])
    expect(signedIn.code, signedIn.stderr).toBe(0)
    const refused = await cliInProcess(['export', 'attractive-jobs.list', '--out', out.path, '--reason', REASON, '--user', 'coordinator', ...dataDir()])
    expect(refused.code).toBe(1)
    expect(withoutProgress(refused.stderr)).toHaveLength(1)
    expect(refused.stderr).toContain('권한')
  })
})

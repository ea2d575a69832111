import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { registeredReports } from '../../../src/main/domains/registry'
import { BatchManifest, type ExportJobView, type ExportStarted, type ReportDescriptor, type SavedBatchView as SavedBatch } from '../../../src/shared/reports/model'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { makeTempDir } from '../../helpers/tempDir'
import { answeredDialogs, type AnsweredDialogs } from './fixtures'

const REASON = '교육 회차 운영 보고용'

/**
 * The `reports:*` channels through dispatch, over the domains' own reports and the real writers: what
 * the 보고서 screen calls.
 */
describe('reports channels', () => {
  let harness: SimHarness
  let dialogs: AnsweredDialogs
  let out: ReturnType<typeof makeTempDir>

  beforeAll(async () => {
    dialogs = answeredDialogs()
    harness = await startHarness({}, { dialogs })
    await harness.sync()
    out = makeTempDir('jobs-desk-out-')
  })
  afterAll(async () => {
    await harness.close()
    out.remove()
  })

  /** The screen's progress poll, without a clock: the next look after pending I/O has run. */
  async function finished(started: ExportStarted): Promise<ExportJobView> {
    let job = started.job!
    while (job.state === 'running') {
      await new Promise((resolve) => setImmediate(resolve))
      job = await harness.call<ExportJobView>('reports:job', { jobId: job.jobId })
    }
    return job
  }

  it('lists every registered report for the manager and only the caller’s own otherwise', async () => {
    const all = await harness.call<ReportDescriptor[]>('reports:catalog', {})
    expect(all.map((d) => d.id)).toEqual(registeredReports().map((spec) => spec.descriptor.id))
    await harness.signIn('coordinator')
    const own = await harness.call<ReportDescriptor[]>('reports:catalog', {})
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((d) => d.id.startsWith('reemployment.'))).toBe(true)
    const refused = await harness.core.dispatch('reports:export', { reportId: 'attractive-jobs.list', reason: REASON })
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    // Back as the manager; the coordinator's sign-in left only 재취업 in the cache.
    await harness.signIn('manager')
    await harness.core.context.sync.start().done
  })

  it('exports a 재취업 roster of one session, masked, and shows it in its folder', async () => {
    const sessions = await harness.call<{ id: string }[]>('records:summaries', { collection: 'reemployment-sessions' })
    const target = join(out.path, 'roster.xlsx')
    dialogs.answer.save = target
    const started = await harness.call<ExportStarted>('reports:export', { reportId: 'reemployment.roster', reason: REASON, params: { session: sessions[0]!.id } })
    expect(started.job).toMatchObject({ kind: 'single', personal: true })
    const job = await finished(started)
    expect(job.state, job.files[0]?.error ?? '').toBe('done')
    expect(job.files[0]!.sha256).toBe(createHash('sha256').update(readFileSync(target)).digest('hex'))
    const book = XLSX.read(readFileSync(target))
    expect(book.SheetNames[0]).toBe('요약')
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['요약']!, { header: 1, blankrows: false, defval: null })
    expect(summary.find((row) => row[0] === '개인정보')?.[1]).toMatch(/^마스킹됨 · 개인 열 제외/)
    expect(summary.find((row) => row[0] === '내보낸 이유')?.[1]).toBe(REASON)
    expect(await harness.call('reports:openFolder', { jobId: job.jobId })).toEqual({ ok: true })
    expect(dialogs.shown.at(-1)).toBe(target)
  })

  it('offers 주간 보고 묶음 and writes it with its manifest through the channels', async () => {
    const batches = await harness.call<SavedBatch[]>('reports:batches', {})
    expect(batches).toHaveLength(1)
    expect(batches[0]).toMatchObject({ name: '주간 보고 묶음', builtIn: true })
    expect(batches[0]!.reportIds).toEqual(expect.arrayContaining(['attractive-jobs.list', 'reemployment.performance']))
    const refused = await harness.core.dispatch('reports:deleteBatch', { name: '주간 보고 묶음' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation_failed' } })
    const needsSession = new Set(registeredReports().filter((spec) => spec.descriptor.params.includes('session')).map((spec) => spec.descriptor.id))
    expect(batches[0]!.reportIds.some((id) => needsSession.has(id))).toBe(false)

    const folder = join(out.path, 'weekly')
    dialogs.answer.folder = folder
    mkdirSync(folder)
    // A month range is the 재취업 실적's parameter; the 매력일자리 and 강소기업 reports of the batch are not given it.
    const job = await finished(
      await harness.call<ExportStarted>('reports:exportBatch', {
        batchName: '주간 보고 묶음',
        reason: REASON,
        format: 'csv',
        params: { filter: { from: '2026-01', to: '2026-11' } }
      })
    )
    expect(job.kind).toBe('batch')
    expect(job.files.filter((f) => f.state !== 'done').map((f) => `${f.reportId}: ${f.error}`)).toEqual([])
    expect(job.state).toBe('done')
    const manifest = BatchManifest.parse(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')))
    expect(manifest.files.map((f) => f.reportId)).toEqual(batches[0]!.reportIds)
    const written = manifest.files.filter((f) => f.file !== null)
    expect(written.length).toBeGreaterThan(0)
    expect(readdirSync(folder).sort()).toEqual([...written.map((f) => f.file!), 'manifest.json'].sort())
  })

  it('saves, replaces and deletes a batch, and cancels nothing it does not know', async () => {
    const saved = await harness.call<SavedBatch[]>('reports:saveBatch', { name: '월말', reportIds: ['attractive-jobs.summary'] })
    expect(saved).toEqual([{ name: '월말', reportIds: ['attractive-jobs.summary'], params: {}, builtIn: false }])
    expect(await harness.call('reports:deleteBatch', { name: '월말' })).toEqual(await harness.call('reports:batches', {}))
    const unknown = await harness.core.dispatch('reports:cancel', { jobId: 'no-such-job' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

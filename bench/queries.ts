import type { Core } from '../src/main/core'
import { attractiveJobsTable } from '../src/main/domains/attractive-jobs/repository'
import { medianMs, record } from './util'

async function through(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

/** List, search and detail at 100k through the IPC handler, each beside the raw SQLite query of the same page. */
export async function benchQueries(core: Core) {
  const db = core.context.db
  const listInput = { page: 3, pageSize: 50, filter: { statuses: ['in_review'], fields: ['care'] }, sort: { column: 'hourly_wage', direction: 'desc' } }
  const app = await medianMs(() => through(core, 'attractiveJobs:list', listInput))
  const rawPage = db.prepare(
    `SELECT * FROM attractive_jobs WHERE status IN (?) AND field IN (?) ORDER BY hourly_wage DESC, id DESC LIMIT 50 OFFSET 100`
  )
  const rawCount = db.prepare(`SELECT count(*) FROM attractive_jobs WHERE status IN (?) AND field IN (?)`)
  const raw = await medianMs(() => {
    rawPage.all('in_review', 'care')
    rawCount.get('in_review', 'care')
  })
  record({ name: 'list page, 2 filters + sort, via IPC handler (first call)', value: app.first, unit: 'ms' })
  record({ name: 'list page, 2 filters + sort, via IPC handler', value: app.median, unit: 'ms', baseline: { label: 'raw page+count', value: raw.median }, target: '< 10 ms', ok: app.median < 10 })

  const naiveLike = db.prepare(
    `SELECT r.id FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid
     WHERE r.title LIKE ? OR r.org_name LIKE ? OR json_extract(j.raw, '$.duties') LIKE ? ORDER BY r.updated_at DESC LIMIT 50`
  )
  const rare = db.prepare(`SELECT org_name FROM attractive_jobs ORDER BY rowid DESC LIMIT 1`).get() as { org_name: string }
  const rareTitle = (db.prepare(`SELECT title FROM attractive_jobs WHERE title LIKE '% %' ORDER BY rowid LIMIT 1 OFFSET 777`).get() as { title: string }).title
  const terms: [string, string][] = [
    ['common term (3+ chars)', '디지털'],
    ['rare name', rareTitle],
    ['two-syllable word 돌봄', '돌봄'],
    ['two-syllable word 청년', '청년'],
    ['two-syllable word 교육', '교육'],
    ['초성 ㄷㅈㅌ', 'ㄷㅈㅌ'],
    ['organisation', rare.org_name]
  ]
  for (const [label, term] of terms) {
    const input = { page: 1, pageSize: 50, filter: { search: term }, sort: { column: 'updated_at', direction: 'desc' } }
    const hits = ((await through(core, 'attractiveJobs:list', input)) as { total: number }).total
    const timed = await medianMs(() => through(core, 'attractiveJobs:list', input), 9)
    const condition = attractiveJobsTable.searchCondition(term)!
    const rawFts = db.prepare(`SELECT id FROM attractive_jobs WHERE ${condition.sql} ORDER BY updated_at DESC LIMIT 50`)
    const ftsOnly = await medianMs(() => rawFts.all(...condition.params), 9)
    const like = `%${term}%`
    const naive = await medianMs(() => naiveLike.all(like, like, like), 3)
    record({
      name: `search top 50 by recency: ${label} "${term.slice(0, 18)}" (${hits} hits), via IPC incl. count`,
      value: timed.median,
      unit: 'ms',
      baseline: { label: `raw index query ${ftsOnly.median.toFixed(2)} ms; naive LIKE scan`, value: naive.median },
      target: '< 20 ms',
      ok: timed.median < 20
    })
  }

  const ids = db.prepare(`SELECT id FROM attractive_jobs ORDER BY rowid LIMIT 20 OFFSET 5000`).all() as { id: string }[]
  let i = 0
  const detail = await medianMs(() => through(core, 'attractiveJobs:get', { id: ids[i++ % ids.length]!.id }), 19)
  const rawDetail = db.prepare(`SELECT j.raw FROM attractive_jobs r JOIN attractive_jobs_json j ON j.rowid = r.rowid WHERE r.id = ?`)
  const rawDetailMs = await medianMs(() => JSON.parse((rawDetail.get(ids[i++ % ids.length]!.id) as { raw: string }).raw), 19)
  record({ name: 'open detail (record, rule checks, history) via IPC', value: detail.median, unit: 'ms', baseline: { label: 'raw row + JSON.parse', value: rawDetailMs.median }, target: '< 50 ms', ok: detail.median < 50 })
}

import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultFileName, temporaryPathFor, uniqueFileNames } from '../../../src/main/reports/files'
import { JobStore, KEPT_JOBS, finishJob, newJobView } from '../../../src/main/reports/jobs'
import { seoulClock, seoulCompactDate, seoulOfficialDate } from '../../../src/main/reports/seoulTime'

describe('report file names', () => {
  it('suggests group, title without spaces and the Seoul date, without characters Windows refuses', () => {
    const now = new Date('2026-12-02T15:30:00Z') // 00:30 on 12월 3일 in Seoul
    expect(defaultFileName({ group: '재취업', title: '회차별 명단' }, 'xlsx', now)).toBe('재취업_회차별명단_20261203.xlsx')
    expect(defaultFileName({ group: '강소기업', title: '평가 점수표: 1/2단계?' }, 'csv', now)).toBe('강소기업_평가점수표12단계_20261203.csv')
    expect(defaultFileName({ group: '재취업', title: '재취업 실적' }, 'xlsx', now)).toBe('재취업실적_20261203.xlsx')
  })

  it('keeps a batch’s names unique in one folder, ignoring case as Windows does', () => {
    expect(uniqueFileNames(['a.xlsx', 'A.xlsx', 'b.csv', 'a.xlsx'])).toEqual(['a.xlsx', 'A (2).xlsx', 'b.csv', 'a (3).xlsx'])
  })

  it('writes under a hidden, unique temporary name in the same folder', () => {
    const final = join('C:', 'reports', '명단.xlsx')
    const first = temporaryPathFor(final)
    expect(dirname(first)).toBe(dirname(final))
    expect(basename(first)).toMatch(/^\.~명단\.xlsx\.[0-9a-f]{8}\.partial$/)
    expect(temporaryPathFor(final)).not.toBe(first)
  })

  it('shows Seoul dates and times whatever the PC’s zone', () => {
    const at = '2026-12-02T15:05:00Z'
    expect([seoulOfficialDate(at), seoulClock(at), seoulCompactDate(at)]).toEqual(['2026. 12. 3.', '00:05', '20261203'])
    expect(seoulOfficialDate(new Date('2026-01-01T14:59:59Z'))).toBe('2026. 1. 1.')
  })
})

describe('export jobs in memory', () => {
  const jobOf = (staffId: string, running: boolean) => {
    const view = newJobView('single', 'C:\\out', [], false, '2026-12-03T00:00:00.000Z')
    if (!running) finishJob(view, 'done', '2026-12-03T00:01:00.000Z')
    return { view, staffId, controller: new AbortController(), shownPath: 'C:\\out\\a.xlsx', finished: Promise.resolve() }
  }

  it('keeps the newest finished jobs and every running one, each for the staff member who started it', () => {
    const store = new JobStore()
    const running = jobOf('S-1', true)
    store.add(running)
    const finished = Array.from({ length: KEPT_JOBS + 5 }, () => jobOf('S-1', false))
    for (const job of finished) store.add(job)
    expect(store.get(running.view.jobId, 'S-1')).toBe(running)
    expect(() => store.get(finished[0]!.view.jobId, 'S-1')).toThrow(/찾을 수 없습니다/)
    expect(store.get(finished.at(-1)!.view.jobId, 'S-1')).toBe(finished.at(-1))
    expect(() => store.get(finished.at(-1)!.view.jobId, 'S-2')).toThrow(/찾을 수 없습니다/)
    const kept = finished.filter((job) => {
      try {
        return store.get(job.view.jobId, 'S-1') === job
      } catch {
        return false
      }
    })
    expect(kept.length + 1).toBe(KEPT_JOBS)
  })
})

import { z } from 'zod'
import { AppError } from '../../../src/main/core/errors'
import type { FileDialogs } from '../../../src/main/core/fileDialogs'
import { collectionSpec } from '../../../src/main/domains/registry'
import type { ReportRow, ReportSpec } from '../../../src/main/reports/types'
import type { ReportDescriptor } from '../../../src/shared/reports/model'
import type { Db } from '../../../src/main/db/types'

/**
 * Reports of the tests' own (fixtures, real specs the service runs like any domain's) over the
 * synced 매력일자리 cache, and the dialogs a test answers.
 */

const JOB_COLUMNS: ReportDescriptor['columns'] = [
  { key: 'id', label: '신청번호', kind: 'code' },
  { key: 'org_name', label: '기관명', kind: 'text' },
  { key: 'headcount', label: '인원', kind: 'integer' },
  { key: 'hourly_wage', label: '시급', kind: 'money' },
  { key: 'manager_name', label: '담당자', kind: 'text', personal: 'required' },
  { key: 'contact_phone', label: '연락처', kind: 'text', personal: 'optional' }
]

const base = (id: string, title: string, extra: Partial<ReportDescriptor> = {}): ReportDescriptor => ({
  id,
  group: '시험',
  title,
  description: '시험용 보고서입니다.',
  columns: JOB_COLUMNS,
  params: [],
  roles: ['attractive_jobs_reviewer'],
  hasMoney: true,
  wide: false,
  ...extra
})

/** The masked values the cache would hold, and what the portal's look-up gives in full. */
export const MASKED_NAME = '홍*동'
export const FULL_NAME = '홍길동'
export const MASKED_PHONE = '010-****-5678'

export function jobRows(db: Db, status?: string): ReportRow[] {
  const summaries = collectionSpec('attractive-jobs').summaries!(db, { status, onlyFailing: false })
  return summaries.map((row) => ({
    id: String(row.id),
    status: String(row.status),
    org_name: String(row.org_name),
    headcount: Number(row.headcount),
    hourly_wage: Number(row.hourly_wage),
    manager_name: MASKED_NAME,
    contact_phone: MASKED_PHONE
  }))
}

/** Every cached 매력일자리 application, one row each. */
export const jobsReport: ReportSpec<{ status?: string | undefined }> = {
  descriptor: base('test.jobs', '신청 목록'),
  params: z.object({ filter: z.object({ status: z.string().optional() }).optional() }).transform((p) => ({ status: p.filter?.status })),
  build: (ctx, params) => {
    const count = jobRows(ctx.db, params.status).length
    return {
      filters: [{ label: '상태', value: params.status ?? '전체' }],
      collections: ['attractive-jobs'],
      notes: ['시험용 설명 한 줄입니다.'],
      sheets: [
        {
          name: '신청 목록',
          columns: JOB_COLUMNS,
          rows: () => jobRows(ctx.db, params.status),
          count,
          unmask: (row) => Promise.resolve({ ...row, manager_name: FULL_NAME, contact_phone: '010-1234-5678' })
        }
      ]
    }
  }
}

/** Counts per organisation type, without a count (the service counts its rows) and without personal columns. */
export const countsReport: ReportSpec<Record<string, never>> = {
  descriptor: base('test.counts', '기관구분별 건수', {
    columns: [
      { key: 'org_type', label: '기관구분', kind: 'text' },
      { key: 'n', label: '건수', kind: 'integer' }
    ],
    hasMoney: false
  }),
  params: z.object({}).transform(() => ({})),
  build: (ctx) => {
    const counts = new Map<string, number>()
    for (const row of collectionSpec('attractive-jobs').summaries!(ctx.db, { onlyFailing: false })) {
      counts.set(String(row.org_type), (counts.get(String(row.org_type)) ?? 0) + 1)
    }
    return {
      filters: [],
      collections: ['attractive-jobs'],
      sheets: [
        {
          name: '기관구분별',
          columns: [
            { key: 'org_type', label: '기관구분', kind: 'text' },
            { key: 'n', label: '건수', kind: 'integer' }
          ],
          rows: () => [...counts].map(([org_type, n]) => ({ org_type, n }))
        }
      ]
    }
  }
}

export const SESSION_REQUIRED = '회차를 골라 주세요: --session 으로 회차를 주세요.'

/** A report that needs a session, as the 재취업 rosters do: without one its build refuses. */
export const sessionReport: ReportSpec<{ session: string | undefined }> = {
  descriptor: base('test.roster', '회차별 명단', { params: ['session'], hasMoney: false, roles: ['reemployment_coordinator'] }),
  params: z.object({ session: z.string().optional() }).transform((p) => ({ session: p.session })),
  build: (_ctx, params) => {
    if (!params.session) throw new AppError('validation_failed', SESSION_REQUIRED)
    throw new AppError('not_found', '이 PC의 자료에 없는 회차입니다.')
  }
}

/**
 * Rows that wait on the test: `before` rows, then `reached` resolves and the rows stop until `open()`
 * — the moment a cancel lands mid-file, with no clock involved.
 */
export function gatedReport(before: number, after: number) {
  let release!: () => void
  let reachedResolve!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  const reached = new Promise<void>((resolve) => (reachedResolve = resolve))
  const columns: ReportDescriptor['columns'] = [
    { key: 'n', label: '번호', kind: 'integer' },
    { key: 'text', label: '내용', kind: 'text' }
  ]
  const spec: ReportSpec<Record<string, never>> = {
    descriptor: base('test.gated', '대기하는 보고서', { columns, hasMoney: false }),
    params: z.object({}).transform(() => ({})),
    build: () => ({
      filters: [],
      collections: ['attractive-jobs'],
      sheets: [
        {
          name: '행',
          columns,
          count: before + after,
          async *rows() {
            for (let n = 1; n <= before + after; n += 1) {
              if (n === before + 1) {
                reachedResolve()
                await gate
              }
              yield { n, text: `행 ${n}` }
            }
          }
        }
      ]
    })
  }
  return { spec, reached, open: () => release() }
}

/** The save and folder dialogs as a test answers them: the next answer is set before each export. */
export interface AnsweredDialogs extends FileDialogs {
  answer: { save: string | null; folder: string | null }
  asked: { title: string; defaultName?: string }[]
  shown: string[]
}

export function answeredDialogs(): AnsweredDialogs {
  const dialogs: AnsweredDialogs = {
    answer: { save: null, folder: null },
    asked: [],
    shown: [],
    chooseSaveFile: (options) => {
      dialogs.asked.push({ title: options.title, defaultName: options.defaultName })
      return Promise.resolve(dialogs.answer.save)
    },
    chooseFolder: (options) => {
      dialogs.asked.push({ title: options.title })
      return Promise.resolve(dialogs.answer.folder)
    },
    chooseOpenFile: () => Promise.resolve(null),
    showInFolder: (path) => {
      dialogs.shown.push(path)
    }
  }
  return dialogs
}

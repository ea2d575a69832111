import { describe, expect, it } from 'vitest'
import { paramsForReport } from '../../../src/shared/reports/model'

const common = {
  filter: { from: '2026-01', to: '2026-11', round: '2026-1', statuses: 'in_review' },
  sort: { column: 'title', direction: 'asc' as const },
  columns: ['title'],
  view: '내 보기',
  session: 'RS-1'
}

describe('paramsForReport: what of a batch’s common parameters one report reads', () => {
  it('gives a list report its list conditions, order, columns and view, not a month range or a round', () => {
    expect(paramsForReport({ params: ['listView'] }, common)).toEqual({
      filter: { statuses: 'in_review' },
      sort: common.sort,
      columns: common.columns,
      view: '내 보기'
    })
  })

  it('gives a month report its range, a round report its round, a session report its session', () => {
    expect(paramsForReport({ params: ['months'] }, common)).toEqual({ filter: { from: '2026-01', to: '2026-11' } })
    expect(paramsForReport({ params: ['smeRound'] }, common)).toEqual({ filter: { round: '2026-1' } })
    expect(paramsForReport({ params: ['session', 'months'] }, common)).toEqual({ filter: { from: '2026-01', to: '2026-11' }, session: 'RS-1' })
  })

  it('gives nothing to a report that asks for nothing', () => {
    expect(paramsForReport({ params: [] }, common)).toEqual({})
  })
})

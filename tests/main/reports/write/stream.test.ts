import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeReport } from '../../../../src/main/reports/write'
import type { ReportRow, ReportSheet } from '../../../../src/main/reports/types'
import type { ReportFormat } from '../../../../src/shared/reports/model'
import { makeTempDir } from '../../../helpers/tempDir'
import { documentOf, readWorkbook } from './readBack'

const COLUMNS: ReportSheet['columns'] = [
  { key: 'name', label: '성명', kind: 'text', personal: 'required' },
  { key: 'attended', label: '출석', kind: 'integer' }
]
const FORMATS: ReportFormat[] = ['xlsx', 'csv']

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => {
  dir = makeTempDir('report-stream-')
})
afterEach(() => dir.remove())

/** A long sheet whose source records how far it was read and whether it was closed. */
function trackedSheet(total: number) {
  const seen = { read: 0, closed: false }
  const sheet: ReportSheet = {
    name: '명단',
    columns: COLUMNS,
    rows: function* () {
      try {
        for (let n = 0; n < total; n += 1) {
          seen.read += 1
          yield { name: `김*${n}`, attended: n % 2 }
        }
      } finally {
        seen.closed = true
      }
    }
  }
  return { sheet, seen }
}

describe.each(FORMATS)('writing %s', (format) => {
  it('stops between rows on a cancel, rejects with an AbortError and leaves a closed file the caller can delete', async () => {
    const { sheet, seen } = trackedSheet(100_000)
    const controller = new AbortController()
    const path = join(dir.path, `cancel.${format}`)
    const writing = writeReport(path, documentOf([sheet]), {
      format,
      reason: '주간 업무 보고',
      signal: controller.signal,
      onProgress: (written) => {
        if (written >= 1_000) controller.abort()
      }
    })
    await expect(writing).rejects.toMatchObject({ name: 'AbortError' })
    expect(seen.read).toBeLessThan(1_200)
    expect(seen.closed).toBe(true)
    rmSync(path)
    expect(existsSync(path)).toBe(false)
  })

  it('refuses at once when the signal is already aborted', async () => {
    const { sheet, seen } = trackedSheet(10)
    const controller = new AbortController()
    controller.abort()
    const path = join(dir.path, `early.${format}`)
    await expect(writeReport(path, documentOf([sheet]), { format, reason: '주간 업무 보고', signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(seen.read).toBe(0)
  })

  it('passes a failing source on as the rejection, with the file closed', async () => {
    const sheet: ReportSheet = {
      name: '명단',
      columns: COLUMNS,
      rows: function* () {
        yield { name: '김*수', attended: 1 }
        throw new Error('database went away')
      }
    }
    const path = join(dir.path, `failing.${format}`)
    await expect(writeReport(path, documentOf([sheet]), { format, reason: '주간 업무 보고' })).rejects.toThrow('database went away')
    rmSync(path)
  })

  it('unmasks every row through the sheet with the reason when the export is unmasked, and only then', async () => {
    const calls: { row: ReportRow; reason: string }[] = []
    const sheet = (): ReportSheet => ({
      name: '명단',
      columns: COLUMNS,
      // An async source, as a look-up backed one may be.
      rows: async function* () {
        yield { name: '김*수', attended: 1 }
        yield { name: '이*희', attended: 0 }
      },
      unmask: async (row, reason) => {
        calls.push({ row, reason })
        return { ...row, name: row.name === '김*수' ? '김민수' : '이영희' }
      }
    })
    const unmaskedPath = join(dir.path, `unmasked.${format}`)
    const result = await writeReport(unmaskedPath, documentOf([sheet()], { unmasked: true }), { format, reason: '수료증 발급 대상 확인' })
    expect(result.rows).toBe(2)
    expect(calls).toEqual([
      { row: { name: '김*수', attended: 1 }, reason: '수료증 발급 대상 확인' },
      { row: { name: '이*희', attended: 0 }, reason: '수료증 발급 대상 확인' }
    ])
    const names = format === 'csv' ? readFileSync(unmaskedPath, 'utf8') : JSON.stringify(readWorkbook(unmaskedPath).Sheets['명단'])
    expect(names).toContain('김민수')
    expect(names).toContain('이영희')

    calls.length = 0
    const maskedPath = join(dir.path, `masked.${format}`)
    await writeReport(maskedPath, documentOf([sheet()]), { format, reason: '주간 업무 보고' })
    expect(calls).toEqual([])
    const masked = format === 'csv' ? readFileSync(maskedPath, 'utf8') : JSON.stringify(readWorkbook(maskedPath).Sheets['명단'])
    expect(masked).toContain('김*수')
    expect(masked).not.toContain('김민수')
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeReport } from '../../../../src/main/reports/write'
import { clockSerial, dateSerial, instantSerial, wallClockOf } from '../../../../src/main/reports/write/seoulTime'
import type { ReportRow } from '../../../../src/main/reports/types'
import { makeTempDir } from '../../../helpers/tempDir'
import { documentOf, readWorkbook, sheetOf } from './readBack'

/** 2026-12-03 in Excel's 1900 date system. */
const DEC_3_2026 = 46_359

const ROWS: ReportRow[] = [
  { applied_on: '2026-12-03', reviewed_at: '2026-12-03T00:30:00+09:00', starts_at: '2026-12-03T00:30:00+09:00' },
  { applied_on: '2026-06-30', reviewed_at: '2026-06-30T14:59:59Z', starts_at: '23:45' },
  { applied_on: '2026-01-01T00:10:00+09:00', reviewed_at: '2026-03-29T02:30:00', starts_at: '2026-10-25T01:30:00+01:00' }
]

let dir: ReturnType<typeof makeTempDir>
const originalTz = process.env.TZ
beforeEach(() => {
  dir = makeTempDir('report-tz-')
})
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
  dir.remove()
})

/** Writes the fixture with the process in `zone` and reads the date cells' serials and shown texts back. */
async function writeIn(zone: string, format: 'xlsx' | 'csv'): Promise<{ cells: unknown[]; csv: string; offset: number }> {
  process.env.TZ = zone
  const offset = new Date(2026, 0, 1).getTimezoneOffset()
  const path = join(dir.path, `${zone.replace('/', '-')}.${format}`)
  await writeReport(path, documentOf([sheetOf(ROWS)]), { format, reason: '주간 업무 보고' })
  if (format === 'csv') return { cells: [], csv: readFileSync(path, 'utf8'), offset }
  const sheet = readWorkbook(path).Sheets['신청 목록']!
  const cells = ['G', 'H', 'I'].flatMap((column) => [3, 4, 5].map((row) => sheet[`${column}${row}`]).map((cell) => [cell?.v, cell?.w]))
  return { cells, csv: '', offset }
}

describe('dates and times in Asia/Seoul whatever the PC zone', () => {
  it('gives identical serials under TZ=UTC and TZ=Asia/Seoul', async () => {
    const utc = await writeIn('UTC', 'xlsx')
    const seoul = await writeIn('Asia/Seoul', 'xlsx')
    // The zone really changed between the two writes (Node honours TZ set at runtime).
    expect([utc.offset, seoul.offset]).toEqual([0, -540])
    expect(seoul.cells).toEqual(utc.cells)
    const [americas] = [await writeIn('America/Los_Angeles', 'xlsx')]
    expect(americas.cells).toEqual(utc.cells)
  })

  it('shows 2026-12-03T00:30:00+09:00 as 2026. 12. 3. 00:30', async () => {
    const { cells } = await writeIn('UTC', 'xlsx')
    const [serial, shown] = cells[3] as [number, string]
    expect(serial).toBeCloseTo(DEC_3_2026 + 30 / 1440, 9)
    expect(shown).toBe('2026. 12. 3. 00:30')
    // A UTC instant is shown at its Seoul time; an instant in a date column is its Seoul day.
    expect((cells[4] as [number, string])[1]).toBe('2026. 6. 30. 23:59')
    expect(cells[2]).toEqual([dateSerial('2026-01-01'), '2026. 1. 1.'])
  })

  it('writes the same CSV texts under both zones', async () => {
    const utc = await writeIn('UTC', 'csv')
    const seoul = await writeIn('Asia/Seoul', 'csv')
    expect(seoul.csv).toBe(utc.csv)
    expect(utc.csv.split('\r\n')[1]).toBe(',,,,,,2026-12-03,2026-12-03 00:30,00:30')
    expect(utc.csv.split('\r\n')[3]).toBe(',,,,,,2026-01-01,2026-03-29 02:30,09:30')
  })
})

describe('serial arithmetic', () => {
  it('counts days from 1899-12-30 and refuses dates that do not exist', () => {
    expect(dateSerial('2026-12-03')).toBe(DEC_3_2026)
    expect(dateSerial('1970-01-01')).toBe(25_569)
    expect(dateSerial('2028-02-29')).toBe(dateSerial('2028-02-28')! + 1)
    for (const bad of ['2026-02-29', '2026-13-01', '2026-12-3', '1899-12-31', '', '2026/12/03']) expect(dateSerial(bad)).toBeNull()
  })

  it('reads an instant with an offset as an instant and one without as a Seoul wall clock', () => {
    expect(instantSerial('2026-12-02T15:30:00Z')).toBeCloseTo(DEC_3_2026 + 30 / 1440, 9)
    expect(instantSerial('2026-12-03T00:30:00+0900')).toBeCloseTo(DEC_3_2026 + 30 / 1440, 9)
    expect(instantSerial('2026-12-03 00:30')).toBeCloseTo(DEC_3_2026 + 30 / 1440, 9)
    expect(instantSerial('2026-12-03T00:30:00.750+09:00')).toBeCloseTo(DEC_3_2026 + (30 * 60 + 0.75) / 86_400, 9)
    expect(instantSerial('2026-12-03')).toBe(DEC_3_2026)
    for (const bad of ['2026-12-03T24:00:00Z', '2026-12-03T10:60Z', 'soon', '2026-12-03T10:00:00+9']) expect(instantSerial(bad)).toBeNull()
  })

  it('reads a bare clock time as a fraction of a day and turns serials back into wall clocks', () => {
    expect(clockSerial('09:15')).toBeCloseTo((9 * 60 + 15) / 1440, 12)
    expect(clockSerial('24:00')).toBeNull()
    expect(wallClockOf(DEC_3_2026 + 30 / 1440)).toEqual({ year: 2026, month: 12, day: 3, hour: 0, minute: 30 })
    // Seconds are cut, as hh:mm shows them, after the division's binary noise is rounded away.
    expect(wallClockOf(instantSerial('2026-12-03T23:59:59+09:00')!)).toEqual({ year: 2026, month: 12, day: 3, hour: 23, minute: 59 })
  })
})

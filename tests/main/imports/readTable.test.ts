import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { readTabularFile, TABLE_LIMITS, type TableRead } from '../../../src/main/imports/readTable'
import {
  compoundFile,
  csv,
  drmWrapped,
  manyEntries,
  passwordProtectedXlsx,
  renamedExecutable,
  renamedImage,
  rightsManagedXlsx,
  sheet,
  workbook,
  zip,
  zipBomb
} from './tableFiles'

const LIST = [
  ['성명', '출생연도', '연락처'],
  ['홍길동', 1965, '010-1234-5678'],
  ['김영희', 1970, '010-2222-3333']
]

function table(read: TableRead) {
  if (!read.ok) throw new Error(`refused: ${read.refusal.reason} ${read.refusal.detail}`)
  return read.table
}

function refusalOf(read: TableRead) {
  if (read.ok) throw new Error('the file was read')
  return read.refusal
}

const DRM_MESSAGE = '문서보안(DRM)이 적용된 파일입니다. 문서보안 프로그램에서 해제한 뒤 다시 가져오세요.'

describe('imports/readTable: the formats a list comes in', () => {
  it('reads an .xlsx and an .xls written by SheetJS into trimmed text rows, dates and numbers as a person reads them', () => {
    const rows = [
      ['  명단  ', null, null],
      ['성명', '생년월일', '연락처'],
      ['홍길동', { t: 'n', v: 23803, z: 'yyyy-mm-dd' } as XLSX.CellObject, 1012345678],
      ['김영희', 1970, '010-2222-3333']
    ]
    for (const [bookType, format] of [
      ['xlsx', 'xlsx'],
      ['biff8', 'xls']
    ] as const) {
      const read = table(readTabularFile(sheet(rows, bookType), `list.${format}`))
      expect(read).toMatchObject({ format, encoding: null, sheetName: '명단' })
      expect(read.rows).toEqual([['명단'], ['성명', '생년월일', '연락처'], ['홍길동', '1965-03-02', '1012345678'], ['김영희', '1970', '010-2222-3333']])
    }
  })

  it('reads the first sheet that has data, and ignores the name the file was given', () => {
    const bytes = workbook([
      { name: '안내', rows: [] },
      { name: '12월 명단', rows: LIST }
    ])
    expect(table(readTabularFile(bytes, 'renamed.csv'))).toMatchObject({ format: 'xlsx', sheetName: '12월 명단', rows: LIST.map((row) => row.map(String)) })
  })

  it('detects a CSV in UTF-8 with and without a byte-order mark, and in CP949', () => {
    const text = '성명,출생연도,연락처\r\n홍길동,1965,010-1234-5678\r\n"박, 서영",1962,"010-9876-5432"\r\n\r\n'
    const expected = [
      ['성명', '출생연도', '연락처'],
      ['홍길동', '1965', '010-1234-5678'],
      ['박, 서영', '1962', '010-9876-5432']
    ]
    for (const [encoding, detected] of [
      ['utf-8-bom', 'utf-8'],
      ['utf-8', 'utf-8'],
      ['cp949', 'cp949']
    ] as const) {
      const bytes = csv(text, encoding)
      // CP949 Hangul is two bytes a syllable, UTF-8 three: the encodings really differ.
      if (encoding === 'cp949') expect(bytes.length).toBeLessThan(new TextEncoder().encode(text).length)
      expect(table(readTabularFile(bytes, 'list.csv')), encoding).toEqual({ format: 'csv', encoding: detected, sheetName: null, rows: expected })
    }
  })

  it('reads tab-separated text and normalises decomposed Hangul (a Mac export) to the composed form', () => {
    const decomposed = '홍길동'.normalize('NFD')
    const read = table(readTabularFile(csv(`성명\t출생연도\n${decomposed}\t1965\n`, 'utf-8'), 'list.txt'))
    expect(read.rows).toEqual([
      ['성명', '출생연도'],
      ['홍길동', '1965']
    ])
  })
})

describe('imports/readTable: hostile and unreadable files are refused with a Korean sentence', () => {
  it('refuses a zip bomb before SheetJS inflates it, whether its headers tell the truth or lie', () => {
    const honest = refusalOf(readTabularFile(zipBomb(20), 'bomb.xlsx'))
    expect(honest).toMatchObject({ reason: 'zip_bomb', message: expect.stringContaining('압축을 풀면 비정상적으로 커지는 파일') })
    // Headers that claim a few kilobytes: zlib stops at the claim, SheetJS never loops over the rest.
    const lying = refusalOf(readTabularFile(zipBomb(20, { claimedSize: 4096 }), 'bomb.xlsx'))
    expect(lying.reason).toBe('zip_bomb')
    expect(refusalOf(readTabularFile(manyEntries(2_500), 'many.xlsx')).reason).toBe('zip_bomb')
  })

  it('refuses a million columns: a CSV line of a million commas, an .xlsx whose cells reach column XFD', () => {
    const commas = refusalOf(readTabularFile(csv(`성명${','.repeat(1_000_000)}\n`, 'utf-8'), 'wide.csv'))
    expect(commas).toMatchObject({ reason: 'too_many_columns', message: '열이 너무 많습니다(최대 200열). 필요한 열만 남겨 다시 저장한 뒤 가져오세요.' })
    const wide = workbook([
      {
        name: '명단',
        rows: LIST,
        edit: (s) => {
          s.XFD2 = { t: 's', v: '끝' }
          s['!ref'] = 'A1:XFD3'
        }
      }
    ])
    expect(refusalOf(readTabularFile(wide, 'wide.xlsx')).reason).toBe('too_many_columns')
  })

  it('refuses a workbook with a formula, naming the sheet and the cell', () => {
    const bytes = workbook([{ name: '명단', rows: LIST, edit: (s) => void (s.C3 = { t: 's', v: '010-2222-3333', f: 'CONCATENATE("010-","2222-3333")' }) }])
    const refused = refusalOf(readTabularFile(bytes, 'formula.xlsx'))
    expect(refused).toEqual({ reason: 'formula', message: "수식이 들어 있는 파일입니다('명단' 시트 C3 셀). 값만 붙여넣은 파일로 다시 저장하세요.", detail: 'formula at C3' })
  })

  it('keeps __proto__, constructor and prototype as plain text and leaves Object.prototype untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const rows = [
      ['__proto__', 'constructor', 'prototype', '성명'],
      ['__proto__', '{"polluted":true}', 'constructor', '홍길동']
    ]
    for (const bytes of [sheet(rows), csv(rows.map((row) => row.join(',')).join('\n'), 'utf-8')]) {
      expect(table(readTabularFile(bytes, 'proto')).rows).toEqual(rows)
    }
    // A sheet named __proto__ is no key SheetJS can hand back: refused by name, nothing polluted.
    const named = refusalOf(readTabularFile(workbook([{ name: '__proto__', rows: LIST }]), 'proto.xlsx'))
    expect(named).toMatchObject({ reason: 'unsafe_sheet_name', message: "시트 이름 '__proto__'은(는) 쓸 수 없습니다. 시트 이름을 바꿔 다시 저장한 뒤 가져오세요." })
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a renamed program, an image, an empty file and a file over the size ceiling', () => {
    expect(refusalOf(readTabularFile(renamedExecutable(), 'list.xlsx'))).toMatchObject({
      reason: 'executable',
      message: '실행 파일은 가져올 수 없습니다. 엑셀(.xlsx, .xls) 또는 CSV 파일을 고르세요.'
    })
    expect(refusalOf(readTabularFile(renamedImage(), 'list.csv'))).toMatchObject({ reason: 'not_a_table', message: '표 파일이 아닙니다. 엑셀(.xlsx, .xls) 또는 CSV 파일을 고르세요.' })
    expect(refusalOf(readTabularFile(new Uint8Array(0), 'empty.csv'))).toMatchObject({ reason: 'empty', message: '빈 파일입니다. 내용이 있는 파일을 고르세요.' })
    expect(refusalOf(readTabularFile(csv('\r\n,,\r\n', 'utf-8'), 'blank.csv')).reason).toBe('no_data')
    expect(refusalOf(readTabularFile(new Uint8Array(TABLE_LIMITS.maxBytes + 1).fill(0x41), 'big.csv'))).toMatchObject({
      reason: 'too_large',
      message: '파일이 너무 큽니다(최대 10MB). 필요한 열과 행만 남겨 다시 저장한 뒤 가져오세요.'
    })
  })

  it('recognises the envelopes of 문서보안 (DRM) software and says to release the file first', () => {
    for (const vendor of ['softcamp', 'markany', 'fasoo', 'fasoo-drmone'] as const) {
      expect(refusalOf(readTabularFile(drmWrapped(vendor), 'list.xlsx')), vendor).toMatchObject({ reason: 'drm', message: DRM_MESSAGE })
    }
    // A wrapper built as a compound file whose streams name the vendor, and Microsoft's rights management.
    const vendorStreams = compoundFile([
      { path: '/FasooDRMHeader', content: new Uint8Array(64).fill(1) },
      { path: '/Workbook', content: new Uint8Array(512).fill(2) }
    ])
    expect(refusalOf(readTabularFile(vendorStreams, 'list.xls'))).toMatchObject({ reason: 'drm', message: DRM_MESSAGE })
    expect(refusalOf(readTabularFile(rightsManagedXlsx(), 'list.xlsx'))).toMatchObject({ reason: 'drm', message: DRM_MESSAGE })
  })

  it('tells a password-protected workbook apart from DRM and from a damaged file', () => {
    expect(refusalOf(readTabularFile(passwordProtectedXlsx(), 'locked.xlsx'))).toMatchObject({
      reason: 'password',
      message: '암호가 걸린 파일입니다. 엑셀에서 암호를 해제하고 다시 저장한 뒤 가져오세요.'
    })
    const whole = sheet(LIST)
    const cut = refusalOf(readTabularFile(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.xlsx'))
    expect(cut).toMatchObject({ reason: 'corrupt', message: expect.stringContaining('파일이 손상되었거나 엑셀 형식이 아닙니다.') })
    expect(refusalOf(readTabularFile(zip([{ name: 'word/document.xml', content: new TextEncoder().encode('<w:document/>') }]), 'letter.xlsx')).reason).toBe('not_a_table')
  })

  it('names a web page saved as .xls, a UTF-16 text file and a file in neither UTF-8 nor CP949', () => {
    expect(refusalOf(readTabularFile(csv('<html><body><table><tr><td>성명</td></tr></table></body></html>', 'utf-8'), 'web.xls')).reason).toBe('html')
    expect(refusalOf(readTabularFile(Uint8Array.from([0xff, 0xfe, 0x31, 0xc1, 0x85, 0xba]), 'unicode.txt')).reason).toBe('utf16')
    // 0xA1 0x20 is no CP949 character (a lead byte before a space), and the bytes are not UTF-8 either.
    expect(refusalOf(readTabularFile(Uint8Array.from([0x41, 0x2c, 0xa1, 0x20, 0x41, 0x0a]), 'odd.csv')).reason).toBe('unknown_encoding')
  })

  it('refuses a sheet past the row ceiling and drops blank rows past it without a word', () => {
    const limits = { ...TABLE_LIMITS, maxRows: 5 }
    const rows = Array.from({ length: 7 }, (_, i) => `이름${i},1965,010-1234-567${i}`)
    expect(refusalOf(readTabularFile(csv(rows.join('\n'), 'utf-8'), 'long.csv', limits))).toMatchObject({ reason: 'too_many_rows', message: '행이 너무 많습니다(최대 5행). 파일을 나누어 가져오세요.' })
    expect(table(readTabularFile(csv(`${rows.slice(0, 5).join('\n')}\n,,\n,,\n`, 'utf-8'), 'padded.csv', limits)).rows).toHaveLength(5)
    const longSheet = sheet(Array.from({ length: 7 }, (_, i) => [`이름${i}`, 1965]))
    expect(refusalOf(readTabularFile(longSheet, 'long.xlsx', limits)).reason).toBe('too_many_rows')
  })
})

import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src/main/imports/csv'
import { compoundFileProtection, leadingDrmMarker } from '../../../src/main/imports/drm'
import { decodeText } from '../../../src/main/imports/encoding'
import { sniff } from '../../../src/main/imports/sniff'
import { csv, drmWrapped, renamedExecutable } from './tableFiles'

const LIMITS = { maxColumns: 5, maxRows: 3 }

describe('imports/encoding: UTF-8 or CP949, decided by strict UTF-8 decoding', () => {
  it('takes UTF-8 with or without a byte-order mark, and falls back to CP949', () => {
    expect(decodeText(csv('성명,연락처', 'utf-8-bom'))).toEqual({ ok: true, encoding: 'utf-8', text: '성명,연락처' })
    expect(decodeText(csv('성명,연락처', 'utf-8'))).toEqual({ ok: true, encoding: 'utf-8', text: '성명,연락처' })
    expect(decodeText(csv('성명,연락처,퇴직예정일', 'cp949'))).toEqual({ ok: true, encoding: 'cp949', text: '성명,연락처,퇴직예정일' })
    // ASCII is the same in both: called UTF-8.
    expect(decodeText(csv('name,phone', 'cp949'))).toMatchObject({ ok: true, encoding: 'utf-8' })
  })
})

describe('imports/csv: quotes, line ends and limits as it goes', () => {
  it('parses quoted fields, doubled quotes, CRLF and LF, and a last line without an end', () => {
    expect(parseCsv('a,"b,c","say ""hi"""\r\n"multi\nline",x\ny', LIMITS)).toEqual({
      ok: true,
      rows: [['a', 'b,c', 'say "hi"'], ['multi\nline', 'x'], ['y']]
    })
  })

  it('stops at the first field past the column limit, and at content past the row limit', () => {
    expect(parseCsv('a,b,c,d,e,f\n', LIMITS)).toEqual({ ok: false, reason: 'too_many_columns' })
    expect(parseCsv('1\n2\n3\n4\n', LIMITS)).toEqual({ ok: false, reason: 'too_many_rows' })
    expect(parseCsv('1\n2\n3\n,,\n\n', LIMITS)).toEqual({ ok: true, rows: [['1'], ['2'], ['3']] })
  })
})

describe('imports/sniff and drm: the bytes say what a file is', () => {
  it('knows workbooks, text, programs and web pages by their first bytes', () => {
    expect(sniff(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('zip')
    expect(sniff(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('cfb')
    expect(sniff(renamedExecutable())).toBe('executable')
    expect(sniff(csv('성명,출생연도\n홍길동,1965\n', 'cp949'))).toBe('text')
    expect(sniff(csv('\uFEFF<!DOCTYPE html><html>', 'utf-8'))).toBe('html')
    expect(sniff(Uint8Array.from([0x41, 0x00, 0x42, 0x00]))).toBe('other_binary')
  })

  it('names the DRM vendor from the envelope, and tells IRM and password encryption apart in a compound file', () => {
    expect(leadingDrmMarker(drmWrapped('softcamp'))).toBe('SoftCamp Document Security')
    expect(leadingDrmMarker(drmWrapped('markany'))).toBe('MarkAny Document SAFER')
    expect(leadingDrmMarker(drmWrapped('fasoo'))).toBe('Fasoo DRM')
    expect(leadingDrmMarker(drmWrapped('fasoo-drmone'))).toBe('Fasoo DRM')
    expect(leadingDrmMarker(csv('성명,SCDSA002\n', 'utf-8'))).toBeNull()
    const stream = (name: string, content: Uint8Array | null = null) => ({ name, content })
    expect(compoundFileProtection([stream('Workbook'), stream('SummaryInformation')])).toBeNull()
    expect(compoundFileProtection([stream('EncryptionInfo'), stream('EncryptedPackage')])).toEqual({ kind: 'password' })
    expect(compoundFileProtection([stream('DRMEncryptedDataSpace'), stream('EncryptedPackage')])).toEqual({ kind: 'drm', vendor: 'Microsoft IRM' })
    expect(compoundFileProtection([stream('SCDSA_HEADER'), stream('Workbook')])).toEqual({ kind: 'drm', vendor: 'SCDSA_HEADER' })
  })
})

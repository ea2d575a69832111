import { describe, expect, it } from 'vitest'
import { inspectZip, ZIP_LIMITS } from '../../../src/main/imports/zipGuard'
import { manyEntries, sheet, zip, zipBomb } from './tableFiles'

const text = (value: string) => new TextEncoder().encode(value)

describe('imports/zipGuard: the central directory is read before SheetJS inflates anything', () => {
  it('passes an ordinary .xlsx, listing its entries with their sizes', () => {
    const check = inspectZip(sheet([['성명'], ['홍길동']]))
    if (!check.ok) throw new Error(check.detail)
    expect(check.entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']))
    expect(check.entries.every((entry) => entry.uncompressedSize <= ZIP_LIMITS.maxEntryBytes)).toBe(true)
  })

  it('refuses an entry whose inflated size is bomb-like, whatever size its headers claim', () => {
    expect(inspectZip(zipBomb(8))).toMatchObject({ ok: false, reason: 'zip_bomb', detail: expect.stringContaining('xl/workbook.xml') })
    expect(inspectZip(zipBomb(8, { claimedSize: 1_000 }))).toMatchObject({ ok: false, reason: 'zip_bomb', detail: 'entry inflates past its claimed 1000 bytes' })
    // A claim past the per-entry ceiling is refused from the directory alone.
    expect(inspectZip(zipBomb(1, { claimedSize: ZIP_LIMITS.maxEntryBytes + 1 }))).toMatchObject({ ok: false, reason: 'zip_bomb' })
  })

  it('refuses too many entries, and entries that together claim too much', () => {
    expect(inspectZip(manyEntries(ZIP_LIMITS.maxEntries + 1))).toMatchObject({ ok: false, reason: 'zip_bomb', detail: `${ZIP_LIMITS.maxEntries + 1} entries` })
    const limits = { ...ZIP_LIMITS, maxTotalBytes: 1_000 }
    const parts = zip([
      { name: 'xl/workbook.xml', content: new Uint8Array(600).fill(65) },
      { name: 'xl/worksheets/sheet1.xml', content: new Uint8Array(600).fill(66) }
    ])
    expect(inspectZip(parts, limits)).toMatchObject({ ok: false, reason: 'zip_bomb', detail: 'entries claim 1200 bytes' })
  })

  it('refuses a local header that disagrees with the directory, and data that ends early', () => {
    const honest = zip([{ name: 'xl/workbook.xml', content: text('<workbook/>') }])
    const lyingLocal = Buffer.from(honest)
    // The local header's uncompressed size (offset 22) says more than the directory: SheetJS would size its buffer by it.
    lyingLocal.writeUInt32LE(50 * 1024 * 1024, 22)
    expect(inspectZip(lyingLocal)).toMatchObject({ ok: false, reason: 'corrupt', detail: 'xl/workbook.xml: local sizes disagree with the directory' })
    expect(inspectZip(honest.subarray(0, honest.length - 30))).toMatchObject({ ok: false, reason: 'corrupt' })
  })

  it('refuses an end record planted too close to the end, and entry counts that disagree', () => {
    const honest = zip([{ name: 'xl/workbook.xml', content: text('<workbook/>') }])
    const planted = Buffer.concat([honest, Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0])])
    expect(inspectZip(planted)).toMatchObject({ ok: false, reason: 'corrupt', detail: 'truncated end of central directory' })
    const counts = Buffer.from(honest)
    counts.writeUInt16LE(2, counts.length - 22 + 8)
    expect(inspectZip(counts)).toMatchObject({ ok: false, reason: 'corrupt', detail: 'entry counts disagree' })
  })

  it('refuses an encrypted zip entry', () => {
    const encrypted = Buffer.from(zip([{ name: 'xl/workbook.xml', content: text('<workbook/>') }]))
    encrypted.writeUInt16LE(1, 6)
    const directory = encrypted.readUInt32LE(encrypted.length - 22 + 16)
    encrypted.writeUInt16LE(1, directory + 8)
    expect(inspectZip(encrypted)).toMatchObject({ ok: false, reason: 'encrypted' })
  })
})

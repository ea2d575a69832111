import { crc32, deflateRawSync } from 'node:zlib'
import * as XLSX from 'xlsx'
import * as cpexcel from 'xlsx/dist/cpexcel.full.mjs'

/**
 * Files an import meets, built in the tests by other writers than our reader: workbooks written by
 * SheetJS, CP949 bytes encoded by SheetJS's code-page tables, zips assembled by hand (so their
 * headers can lie), compound files from SheetJS's CFB writer, and the envelopes of DRM software.
 */

export type Cell = string | number | XLSX.CellObject | null

/** A workbook of one sheet (or more), as Excel-compatible bytes. */
export function workbook(sheets: readonly { name: string; rows: readonly (readonly Cell[])[]; edit?: (sheet: XLSX.WorkSheet) => void }[], bookType: 'xlsx' | 'biff8' = 'xlsx'): Buffer {
  const book = XLSX.utils.book_new()
  for (const { name, rows, edit } of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]))
    edit?.(sheet)
    XLSX.utils.book_append_sheet(book, sheet, name)
  }
  // Compressed, as Excel saves: the zip check inflates every entry.
  return XLSX.write(book, { bookType, type: 'buffer', compression: true }) as Buffer
}

export const sheet = (rows: readonly (readonly Cell[])[], bookType: 'xlsx' | 'biff8' = 'xlsx') => workbook([{ name: '명단', rows }], bookType)

export function csv(text: string, encoding: 'utf-8-bom' | 'utf-8' | 'cp949'): Uint8Array {
  if (encoding === 'cp949') {
    const encoded = (cpexcel as unknown as { utils: { encode(cp: number, text: string, mode: 'buf'): Uint8Array } }).utils.encode(949, text, 'buf')
    return Uint8Array.from(encoded)
  }
  const bytes = new TextEncoder().encode(text)
  return encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes
}

export interface ZipEntrySpec {
  name: string
  /** The entry's inflated content. */
  content: Uint8Array
  /** What the headers claim it inflates to (a lie, for a bomb that hides its size). */
  claimedSize?: number
}

/** A zip assembled byte by byte: local headers, deflated data, the central directory, its end record. */
export function zip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = deflateRawSync(entry.content)
    const size = entry.claimedSize ?? entry.content.length
    const crc = crc32(entry.content)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += 30 + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const CONTENT_TYPES = new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')

/** An .xlsx-looking zip whose sheet inflates from a few hundred kilobytes to `megabytes` of zeros. */
export function zipBomb(megabytes: number, options: { claimedSize?: number } = {}): Buffer {
  return zip([
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: 'xl/workbook.xml', content: new Uint8Array(megabytes * 1024 * 1024), ...options }
  ])
}

/** A zip of many small entries: together past the ceiling on entries. */
export function manyEntries(count: number): Buffer {
  return zip(Array.from({ length: count }, (_, i) => ({ name: i === 0 ? 'xl/workbook.xml' : `xl/media/image${i}.bin`, content: new Uint8Array(8) })))
}

interface CfbApi {
  utils: { cfb_new(): unknown; cfb_add(cfb: unknown, path: string, content: Uint8Array): void }
  write(cfb: unknown, options: { type: 'buffer'; fileType: 'cfb' }): Buffer
}
const CFB = XLSX.CFB as CfbApi

/** An OLE compound file with these streams (paths like `/EncryptedPackage`). */
export function compoundFile(streams: readonly { path: string; content: Uint8Array }[]): Buffer {
  const file = CFB.utils.cfb_new()
  for (const stream of streams) CFB.utils.cfb_add(file, stream.path, stream.content)
  return CFB.write(file, { type: 'buffer', fileType: 'cfb' })
}

function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i += 1) bytes[i * 2] = text.charCodeAt(i)
  return bytes
}

/** An .xlsx saved with "암호 설정" ([MS-OFFCRYPTO] agile encryption: EncryptionInfo + EncryptedPackage). */
export function passwordProtectedXlsx(): Buffer {
  return compoundFile([
    { path: '/\u0006DataSpaces/Version', content: utf16('Microsoft.Container.DataSpaces') },
    { path: '/\u0006DataSpaces/DataSpaceMap', content: utf16('EncryptedPackage StrongEncryptionDataSpace') },
    { path: '/\u0006DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace', content: utf16('StrongEncryptionTransform') },
    { path: '/EncryptionInfo', content: Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode('<?xml version="1.0"?><encryption/>')]) },
    { path: '/EncryptedPackage', content: new Uint8Array(2048).fill(0x5a) }
  ])
}

/** An .xlsx under Microsoft's rights management (IRM/AIP): the package in the DRM data space. */
export function rightsManagedXlsx(): Buffer {
  return compoundFile([
    { path: '/\u0006DataSpaces/DataSpaceMap', content: utf16('EncryptedPackage DRMEncryptedDataSpace') },
    { path: '/\u0006DataSpaces/DataSpaceInfo/DRMEncryptedDataSpace', content: utf16('DRMEncryptedTransform') },
    { path: '/EncryptedPackage', content: new Uint8Array(2048).fill(0x33) }
  ])
}

/** A file as a vendor's DRM leaves it: its envelope's signature, then ciphertext. */
export function drmWrapped(vendor: 'softcamp' | 'markany' | 'fasoo' | 'fasoo-drmone'): Uint8Array {
  const envelope = {
    softcamp: 'SCDSA002\u0000\u0000',
    markany: '<DOCUMENT SAFER 4.0>',
    fasoo: '<!-- FasooSecureContainer - Ver 1 -->',
    'fasoo-drmone': '\u009b DRMONE  This Document is encrypted and protected by Fasoo DRM '
  }[vendor]
  const head = Uint8Array.from([...envelope].map((char) => char.charCodeAt(0)))
  const body = new Uint8Array(4096)
  for (let i = 0; i < body.length; i += 1) body[i] = (i * 131 + 17) & 0xff
  return Uint8Array.from([...head, ...body])
}

/** A Windows program renamed to .xlsx: the MZ header, the DOS stub's message, then code. */
export function renamedExecutable(): Uint8Array {
  const bytes = new Uint8Array(1024)
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff])
  bytes.set(new TextEncoder().encode('This program cannot be run in DOS mode.'), 0x4e)
  return bytes
}

/** A PNG image renamed to .csv. */
export function renamedImage(): Uint8Array {
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0])
}

import { inflateRawSync } from 'node:zlib'

/**
 * An .xlsx is a zip. Before SheetJS inflates a single entry, the central directory is read here and
 * every entry is checked: how many there are, what each claims to hold, and — because the sizes in
 * a zip are only claims — what each actually inflates to, with zlib stopped at the claimed size.
 * SheetJS sizes its output buffer from the local header and inflates to the end of the stream, so a
 * lying header is either a huge allocation or a loop over gigabytes; both are refused here.
 */

export interface ZipLimits {
  maxEntries: number
  /** Per entry, inflated. */
  maxEntryBytes: number
  /** All entries together, inflated. */
  maxTotalBytes: number
  /** Inflated ÷ compressed, for entries larger than `ratioFloorBytes` (small entries compress oddly). */
  maxRatio: number
  ratioFloorBytes: number
}

const MiB = 1024 * 1024

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 64 * MiB,
  maxTotalBytes: 160 * MiB,
  // Spreadsheet XML compresses well (styled empty cells most), but not a thousandfold like a bomb.
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB
}

export interface ZipEntryInfo {
  name: string
  compressedSize: number
  uncompressedSize: number
}

export type ZipCheck =
  | { ok: true; entries: ZipEntryInfo[] }
  | { ok: false; reason: 'zip_bomb' | 'corrupt' | 'encrypted'; detail: string }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const ZIP64_EXTRA = 0x0001
const ZIP64_MARK_32 = 0xffffffff
const EOCD_MIN = 22
const MAX_COMMENT = 0xffff

class Reader {
  private readonly view: DataView
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && length >= 0 && at + length <= this.bytes.length
  }
  u16(at: number): number {
    return this.view.getUint16(at, true)
  }
  u32(at: number): number {
    return this.view.getUint32(at, true)
  }
  /** A 64-bit size as a number; anything past 2^53 is absurd for a ≤10 MB file and reads as Infinity. */
  u64(at: number): number {
    const value = this.view.getBigUint64(at, true)
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value)
  }
}

class ZipProblem extends Error {
  constructor(
    readonly reason: 'zip_bomb' | 'corrupt' | 'encrypted',
    detail: string
  ) {
    super(detail)
  }
}

/**
 * The end record as SheetJS finds it — the last signature in the file — so both read the same
 * directory; a signature too close to the end to be a whole record (planted in a comment) is refused.
 */
function findEndOfCentralDirectory(reader: Reader): number {
  const last = reader.bytes.length - 4
  const first = Math.max(0, reader.bytes.length - EOCD_MIN - MAX_COMMENT)
  for (let at = last; at >= first; at -= 1) {
    if (reader.u32(at) !== EOCD_SIGNATURE) continue
    if (!reader.fits(at, EOCD_MIN)) throw new ZipProblem('corrupt', 'truncated end of central directory')
    return at
  }
  throw new ZipProblem('corrupt', 'no end of central directory')
}

interface Sizes {
  usz: number
  csz: number
}

/**
 * The sizes a ZIP64 extra field gives, read as SheetJS reads them (both, in order, whatever the
 * 32-bit fields say), or null when there is none: the checks then judge what SheetJS will use.
 */
function zip64Sizes(reader: Reader, extraStart: number, extraLength: number): Partial<Sizes> | null {
  let at = extraStart
  const end = extraStart + extraLength
  while (at + 4 <= end) {
    const id = reader.u16(at)
    const size = reader.u16(at + 2)
    if (at + 4 + size > end) throw new ZipProblem('corrupt', 'extra field past its end')
    if (id === ZIP64_EXTRA) {
      if (size < 16) throw new ZipProblem('corrupt', 'short zip64 field')
      const usz = reader.u64(at + 4)
      const csz = reader.u64(at + 12)
      // SheetJS takes a value only when it is not zero.
      return { ...(usz ? { usz } : {}), ...(csz ? { csz } : {}) }
    }
    at += 4 + size
  }
  return null
}

function decodeName(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/** Inflates one entry with zlib, stopped at its claimed size: throws when it holds more or is cut short. */
function inflatedSize(data: Uint8Array, claimed: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, claimed) }).length
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ZipProblem('zip_bomb', `entry inflates past its claimed ${claimed} bytes`)
    }
    throw new ZipProblem('corrupt', `entry does not inflate: ${(error as Error).message}`)
  }
}

function check(bytes: Uint8Array, limits: ZipLimits): ZipEntryInfo[] {
  const reader = new Reader(bytes)
  if (bytes.length < EOCD_MIN) throw new ZipProblem('corrupt', 'too short for a zip')
  const eocd = findEndOfCentralDirectory(reader)
  const count = reader.u16(eocd + 10)
  // SheetJS counts by the entries "on this disk"; a zip whose two counts differ is not one file.
  if (reader.u16(eocd + 8) !== count) throw new ZipProblem('corrupt', 'entry counts disagree')
  const directorySize = reader.u32(eocd + 12)
  const directoryStart = reader.u32(eocd + 16)
  // SheetJS reads the 16- and 32-bit fields only: a ZIP64 directory is nothing it could open.
  if (count === 0xffff || directoryStart === ZIP64_MARK_32) throw new ZipProblem('corrupt', 'zip64 directory')
  if (count > limits.maxEntries) throw new ZipProblem('zip_bomb', `${count} entries`)
  if (!reader.fits(directoryStart, directorySize)) throw new ZipProblem('corrupt', 'central directory out of bounds')

  const entries: ZipEntryInfo[] = []
  let total = 0
  let at = directoryStart
  for (let index = 0; index < count; index += 1) {
    if (!reader.fits(at, 46) || reader.u32(at) !== CENTRAL_SIGNATURE) throw new ZipProblem('corrupt', `central entry ${index} malformed`)
    const flags = reader.u16(at + 8)
    const method = reader.u16(at + 10)
    const nameLength = reader.u16(at + 28)
    const extraLength = reader.u16(at + 30)
    const commentLength = reader.u16(at + 32)
    const localOffset = reader.u32(at + 42)
    if (!reader.fits(at + 46, nameLength + extraLength + commentLength)) throw new ZipProblem('corrupt', `central entry ${index} past the directory`)
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength))
    const directoryZip64 = zip64Sizes(reader, at + 46 + nameLength, extraLength)
    const sizes: Sizes = { csz: reader.u32(at + 20), usz: reader.u32(at + 24), ...directoryZip64 }
    at += 46 + nameLength + extraLength + commentLength

    // Bit 0: traditional encryption; bit 6: strong encryption; bit 13: the directory itself encrypted.
    if (flags & 0x2041) throw new ZipProblem('encrypted', `${name} is encrypted`)
    if (method !== 0 && method !== 8) throw new ZipProblem('corrupt', `${name}: compression method ${method}`)
    if (sizes.usz > limits.maxEntryBytes) throw new ZipProblem('zip_bomb', `${name} claims ${sizes.usz} bytes`)
    total += sizes.usz
    if (total > limits.maxTotalBytes) throw new ZipProblem('zip_bomb', `entries claim ${total} bytes`)
    if (sizes.usz > limits.ratioFloorBytes && sizes.usz > sizes.csz * limits.maxRatio) {
      throw new ZipProblem('zip_bomb', `${name}: ${sizes.usz} bytes from ${sizes.csz}`)
    }

    // The local header is what SheetJS trusts: its sizes must agree with the directory's (or be
    // deferred to a data descriptor, flag bit 3, when they are zero), and its data must be in the file.
    if (!reader.fits(localOffset, 30) || reader.u32(localOffset) !== LOCAL_SIGNATURE) throw new ZipProblem('corrupt', `${name}: no local header`)
    const localFlags = reader.u16(localOffset + 6)
    const localMethod = reader.u16(localOffset + 8)
    const localNameLength = reader.u16(localOffset + 26)
    const localExtraLength = reader.u16(localOffset + 28)
    if (!reader.fits(localOffset + 30, localNameLength + localExtraLength)) throw new ZipProblem('corrupt', `${name}: local header past the file`)
    const local: Sizes = {
      csz: reader.u32(localOffset + 18),
      usz: reader.u32(localOffset + 22),
      ...zip64Sizes(reader, localOffset + 30 + localNameLength, localExtraLength),
      // SheetJS lets the directory's ZIP64 sizes win, but only when the local header has extras at all.
      ...(localExtraLength > 0 ? directoryZip64 : null)
    }
    if (localFlags & 0x2041) throw new ZipProblem('encrypted', `${name} is encrypted`)
    if (localMethod !== method) throw new ZipProblem('corrupt', `${name}: methods disagree`)
    const deferred = (localFlags & 0x08) !== 0 && local.usz === 0 && local.csz === 0
    if (!deferred && (local.usz !== sizes.usz || local.csz !== sizes.csz)) throw new ZipProblem('corrupt', `${name}: local sizes disagree with the directory`)
    const dataStart = localOffset + 30 + localNameLength + localExtraLength
    if (!reader.fits(dataStart, sizes.csz)) throw new ZipProblem('corrupt', `${name}: data past the end of the file`)

    if (method === 0) {
      if (sizes.csz !== sizes.usz) throw new ZipProblem('corrupt', `${name}: stored sizes disagree`)
    } else {
      const actual = inflatedSize(bytes.subarray(dataStart, dataStart + sizes.csz), sizes.usz)
      if (actual !== sizes.usz) throw new ZipProblem('corrupt', `${name}: inflates to ${actual}, claims ${sizes.usz}`)
    }
    entries.push({ name, compressedSize: sizes.csz, uncompressedSize: sizes.usz })
  }
  return entries
}

/** The entries of a zip, or why it must not be opened. Never throws. */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipCheck {
  try {
    return { ok: true, entries: check(bytes, limits) }
  } catch (error) {
    if (error instanceof ZipProblem) return { ok: false, reason: error.reason, detail: error.message }
    return { ok: false, reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) }
  }
}

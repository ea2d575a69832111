/**
 * The text encoding of a CSV. Korean Excel saves "CSV (쉼표로 분리)" in CP949 and "CSV UTF-8" with a
 * byte-order mark; other tools write UTF-8 without one. Strict UTF-8 decoding decides: CP949 text
 * with Hangul is practically never valid UTF-8, and plain ASCII is the same in both.
 */

export type TextEncodingName = 'utf-8' | 'cp949'

export type DecodedText = { ok: true; encoding: TextEncodingName; text: string } | { ok: false }

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2]
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (hasUtf8Bom(bytes)) {
    try {
      return { ok: true, encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)) }
    } catch {
      return { ok: false }
    }
  }
  try {
    return { ok: true, encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    // Not UTF-8: the WHATWG "euc-kr" decoder is Windows code page 949 (UHC), what Korean Excel writes.
  }
  try {
    return { ok: true, encoding: 'cp949', text: new TextDecoder('euc-kr', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false }
  }
}

/**
 * What a file is, by its first bytes — never by its name: a list renamed from .xlsx to .csv is still
 * read as a workbook, and a program renamed to .xlsx is refused before any parser sees it.
 */

export type SniffedKind =
  /** A zip container (an .xlsx, or something else zipped). */
  | 'zip'
  /** An OLE compound file (an .xls, an encrypted .xlsx, some DRM wrappers). */
  | 'cfb'
  /** Plain text, perhaps a CSV; its encoding is decided later. */
  | 'text'
  | 'utf16_text'
  | 'html'
  | 'old_biff'
  | 'executable'
  | 'other_binary'
  | 'empty'

interface Signature {
  kind: SniffedKind
  bytes: readonly number[]
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

const SIGNATURES: readonly Signature[] = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  // An empty zip: no entries, so no workbook in it either.
  { kind: 'other_binary', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'cfb', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  // Windows programs and libraries (MZ), Linux (ELF), macOS (Mach-O), Java classes, shell scripts.
  { kind: 'executable', bytes: ascii('MZ') },
  { kind: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { kind: 'executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { kind: 'executable', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { kind: 'executable', bytes: ascii('#!') },
  // Documents, images and archives that are not tables.
  { kind: 'other_binary', bytes: ascii('%PDF') },
  { kind: 'other_binary', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'other_binary', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'other_binary', bytes: ascii('GIF8') },
  { kind: 'other_binary', bytes: [0x1f, 0x8b] },
  { kind: 'other_binary', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'other_binary', bytes: ascii('Rar!') },
  // Excel 2.x–5.0/95 workbooks outside a compound file (BOF records).
  { kind: 'old_biff', bytes: [0x09, 0x00, 0x04, 0x00] },
  { kind: 'old_biff', bytes: [0x09, 0x02, 0x06, 0x00] },
  { kind: 'old_biff', bytes: [0x09, 0x04, 0x06, 0x00] },
  { kind: 'utf16_text', bytes: [0xff, 0xfe] },
  { kind: 'utf16_text', bytes: [0xfe, 0xff] }
]

export function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false
  for (let i = 0; i < prefix.length; i += 1) if (bytes[at + i] !== prefix[i]) return false
  return true
}

/** How far into a text file to look for binary bytes and markup. */
const TEXT_PROBE_BYTES = 8192

/** Control bytes no CSV holds (tab, LF, CR and form feed are fine; NUL never is). */
function isBinaryControl(byte: number): boolean {
  return byte === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html|<table|<meta|<head|<body)/i.test(head)
}

/** The kind of a file from its bytes. */
export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty'
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) return signature.kind
  const probe = bytes.subarray(0, TEXT_PROBE_BYTES)
  let controls = 0
  for (const byte of probe) if (isBinaryControl(byte)) controls += 1
  // A NUL or a run of control bytes: not text in any encoding a CSV comes in (UTF-16 was caught above).
  if (probe.includes(0) || controls > 2) return 'other_binary'
  // Markup decoded loosely: only ASCII matters to recognise a web page saved as ".xls".
  const head = new TextDecoder('latin1').decode(probe.subarray(0, 1024)).replace(/^\uFEFF|^ï»¿/, '')
  if (looksLikeHtml(head)) return 'html'
  return 'text'
}

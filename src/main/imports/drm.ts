import { startsWith } from './sniff'

/**
 * Office files wrapped by the document-security (문서보안, DRM) software of public offices, and
 * workbooks encrypted with a password: neither can be read here, and each needs its own sentence —
 * "release it in the DRM program" vs "remove the password in Excel" — rather than "file is corrupt".
 *
 * A wrapper replaces the file with an envelope of its own: an ASCII banner or signature at the
 * start (SoftCamp's SCDSA00x, MarkAny Document SAFER's "<DOCUMENT SAFER", Fasoo's HTML-comment
 * container and its DRMONE banner), or an OLE compound file whose streams name the vendor.
 * Microsoft's own rights management (IRM/AIP) wraps an OOXML package the way password encryption
 * does — an `EncryptedPackage` stream — but under the `DRMEncryptedDataSpace` data space.
 */

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

interface Marker {
  vendor: string
  bytes: readonly number[]
}

/** Signatures at the very start of a wrapped file. */
const LEADING_MARKERS: readonly Marker[] = [
  { vendor: 'SoftCamp Document Security', bytes: ascii('SCDSA00') },
  { vendor: 'MarkAny Document SAFER', bytes: ascii('<DOCUMENT SAFER') },
  { vendor: 'Fasoo DRM', bytes: ascii('<!-- FasooSecureContainer') },
  { vendor: 'Fasoo DRM', bytes: [0x9b, ...ascii(' DRMONE')] }
]

/** Vendor names as they appear in the stream names of a wrapper built as a compound file. */
const VENDOR_STREAM_NAME = /fasoo|softcamp|markany|docsafer|document ?safer|scdsa|drmone/i

/** Streams of Microsoft's rights management (the binary formats' IRM streams start with a tab, the OOXML's data space). */
const MICROSOFT_DRM_STREAM = /^\s?DRMContent$|^\s?DRMViewerContent$|DRMEncrypted/i

export type Protection = { kind: 'drm'; vendor: string } | { kind: 'password' } | null

/** A DRM signature at the start of the file (the vendor), or null. */
export function leadingDrmMarker(bytes: Uint8Array): string | null {
  // Some wrappers are written after a UTF-8 byte-order mark by tools that treat them as text.
  const offset = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0
  for (const marker of LEADING_MARKERS) if (startsWith(bytes, marker.bytes, offset)) return marker.vendor
  return null
}

export interface CompoundStream {
  /** The stream's own name (no path). */
  name: string
  content: Uint8Array | null
}

/** UTF-16LE text, as compound files store data-space names. */
function containsUtf16(content: Uint8Array | null, text: string): boolean {
  if (!content) return false
  const needle = new Uint8Array(text.length * 2)
  for (let i = 0; i < text.length; i += 1) needle[i * 2] = text.charCodeAt(i)
  outer: for (let at = 0; at + needle.length <= content.length; at += 1) {
    for (let j = 0; j < needle.length; j += 1) if (content[at + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/**
 * What protects a compound file, by its streams: a vendor's wrapper, Microsoft's rights management,
 * a password-encrypted OOXML package ([MS-OFFCRYPTO]: `EncryptionInfo` + `EncryptedPackage`), or
 * nothing (an ordinary .xls).
 */
export function compoundFileProtection(streams: readonly CompoundStream[]): Protection {
  const vendorStream = streams.find((stream) => VENDOR_STREAM_NAME.test(stream.name))
  if (vendorStream) return { kind: 'drm', vendor: vendorStream.name }
  if (streams.some((stream) => MICROSOFT_DRM_STREAM.test(stream.name))) return { kind: 'drm', vendor: 'Microsoft IRM' }
  const hasPackage = streams.some((stream) => stream.name === 'EncryptedPackage')
  if (!hasPackage) return null
  const dataSpaceMap = streams.find((stream) => stream.name === 'DataSpaceMap')
  if (dataSpaceMap && containsUtf16(dataSpaceMap.content, 'DRMEncryptedDataSpace')) return { kind: 'drm', vendor: 'Microsoft IRM' }
  return { kind: 'password' }
}

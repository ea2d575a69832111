import { open } from 'node:fs/promises'

export type BoundedRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' | 'unreadable'; detail: string }

/**
 * A chosen file's bytes, refused past `maxBytes` before they are read: the size is checked on the
 * open handle, and at most one byte more than the ceiling is ever read (a file growing meanwhile).
 */
export async function readBoundedFile(path: string, maxBytes: number): Promise<BoundedRead> {
  let handle
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    if (size > maxBytes) return { ok: false, reason: 'too_large', detail: `${size} bytes` }
    const buffer = new Uint8Array(Math.min(size, maxBytes) + 1)
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    if (filled > maxBytes) return { ok: false, reason: 'too_large', detail: 'grew while being read' }
    return { ok: true, bytes: buffer.subarray(0, filled) }
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) }
  } finally {
    await handle?.close()
  }
}

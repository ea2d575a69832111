import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const BOM = '\uFEFF'

/**
 * What `--out FILE` writes: the command's standard output as UTF-8 with a BOM and CRLF line ends, so
 * Notepad, Excel's text import and PowerShell 5's Get-Content read the Korean right (without the BOM
 * they assume the ANSI code page, CP949) and every line ends as Windows tools expect.
 */
export function windowsText(text: string): Buffer {
  return Buffer.from(BOM + text.replace(/\r?\n/g, '\r\n'), 'utf8')
}

/**
 * Writes `text` to `file` (relative to the working folder) through a temporary file beside it, so a
 * job that reads the file never sees half of it. Returns the absolute path written.
 */
export function writeOutFile(file: string, text: string): string {
  const target = resolve(file)
  mkdirSync(dirname(target), { recursive: true })
  const partial = `${target}.partial`
  writeFileSync(partial, windowsText(text))
  renameSync(partial, target)
  return target
}

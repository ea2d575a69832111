import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'

/** A log file grows to this size before it is set aside (electron-log's file transport maxSize). */
export const LOG_MAX_BYTES = 5 * 1024 * 1024
/** Archived files kept beside the current one: main.1.log (newest) … main.3.log (oldest). */
export const LOG_ARCHIVES_KEPT = 3

/** `main.log` → `main.2.log`. */
export function archiveName(file: string, index: number): string {
  const ext = extname(file)
  return join(dirname(file), `${basename(file, ext)}.${index}${ext}`)
}

/**
 * Sets a full log file aside: the archives move one up (main.1.log → main.2.log …), the oldest beyond
 * `keep` is removed, and `file` becomes main.1.log — so the folder never holds more than `keep` + 1 files
 * of one log, whatever it held before (a larger `keep` of an older version is pruned too).
 */
export function rotateLogFile(file: string, keep: number = LOG_ARCHIVES_KEPT): void {
  for (const stale of archivesOf(file).filter((archive) => archive.index >= keep)) rmSync(stale.path, { force: true })
  for (let index = keep - 1; index >= 1; index--) {
    const from = archiveName(file, index)
    if (existsSync(from)) renameSync(from, archiveName(file, index + 1))
  }
  if (keep >= 1 && existsSync(file)) renameSync(file, archiveName(file, 1))
  else rmSync(file, { force: true })
}

/** The archives of `file` in its folder, oldest first … by index. */
export function archivesOf(file: string): { path: string; index: number }[] {
  const ext = extname(file)
  const stem = basename(file, ext)
  const pattern = new RegExp(`^${escapeRegExp(stem)}\\.(\\d+)${escapeRegExp(ext)}$`)
  let names: string[]
  try {
    names = readdirSync(dirname(file))
  } catch {
    return []
  }
  return names
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map((entry) => ({ path: join(dirname(file), entry.name), index: Number(entry.match[1]) }))
    .sort((a, b) => a.index - b.index)
}

/** The current log and its archives, newest first (what 진단 정보 저장 puts in the zip). */
export function logFilesOf(file: string): string[] {
  return [...(existsSync(file) ? [file] : []), ...archivesOf(file).map((archive) => archive.path)]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

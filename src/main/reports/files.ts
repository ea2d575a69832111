import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ReportDescriptor, ReportFormat } from '../../shared/reports/model'
import type { FileFilter } from '../core/fileDialogs'
import { AppError } from '../core/errors'
import { seoulCompactDate } from './seoulTime'

/** What the save dialog offers for a format (Windows adds the extension when the user leaves it out). */
export function fileFilters(format: ReportFormat): FileFilter[] {
  return format === 'xlsx' ? [{ name: 'Excel 통합 문서', extensions: ['xlsx'] }] : [{ name: 'CSV (쉼표로 구분, UTF-8)', extensions: ['csv'] }]
}

/** Characters Windows refuses in a file name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/g

/** A report's suggested file name: "재취업_회차별명단_20261203.xlsx" (group, title without spaces, Seoul date). */
export function defaultFileName(descriptor: Pick<ReportDescriptor, 'group' | 'title'>, format: ReportFormat, now: Date): string {
  const part = (text: string) => text.replace(UNSAFE_IN_FILE_NAME, '').replace(/\s+/g, '')
  const title = part(descriptor.title)
  const group = part(descriptor.group)
  const stem = title.startsWith(group) ? title : `${group}_${title}`
  return `${stem}_${seoulCompactDate(now)}.${format}`
}

/** Names for a batch's files, each unique in the folder (a second report of the same title gets " (2)"). */
export function uniqueFileNames(names: readonly string[]): string[] {
  const used = new Set<string>()
  return names.map((name) => {
    const dot = name.lastIndexOf('.')
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    let candidate = name
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${extension}`
    used.add(candidate.toLowerCase())
    return candidate
  })
}

/**
 * The name a file is written under until it is complete: hidden-looking, in the same folder (so the
 * final rename never crosses a volume), unique per attempt, and recognisable as unfinished.
 */
export function temporaryPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.~${basename(finalPath)}.${randomBytes(4).toString('hex')}.partial`)
}

/** SHA-256 (hex) of a file's bytes, read as a stream. */
export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

const FILE_IN_USE = new Set(['EPERM', 'EBUSY', 'EACCES'])

/**
 * Puts the finished file in place: a rename within the folder, which replaces an existing file only
 * now that the new one is whole. A target held open (Excel keeps its files locked) is told in Korean.
 */
export async function moveIntoPlace(temporaryPath: string, finalPath: string): Promise<void> {
  try {
    await rename(temporaryPath, finalPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? ''
    if (FILE_IN_USE.has(code)) {
      throw new AppError(
        'busy',
        `${basename(finalPath)} 파일을 바꿀 수 없습니다. 파일이 Excel 등에서 열려 있거나 쓰기가 막혀 있습니다. 파일을 닫고 다시 내보내세요.`,
        undefined,
        code
      )
    }
    throw error
  }
}

/** A file-system failure in words a clerk can act on; null when the error is not one of these. */
export function fileFailureMessage(error: unknown): string | null {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
      return '디스크 공간이 부족해 파일을 쓰지 못했습니다. 공간을 비우거나 다른 위치를 고르세요.'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return '이 폴더에 파일을 쓸 권한이 없습니다. 다른 폴더를 고르세요.'
    case 'ENOENT':
    case 'ENOTDIR':
      return '저장할 폴더를 찾을 수 없습니다. 폴더가 있는지 확인하고 다시 고르세요.'
    default:
      return null
  }
}

/** Removes a file that may not exist (an unfinished export): nothing half-written stays behind. */
export async function removeQuietly(path: string): Promise<void> {
  await rm(path, { force: true })
}

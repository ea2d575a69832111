import { join } from 'node:path'
import { statSync } from 'node:fs'
import { AppError } from '../core/errors'
import type { FileDialogs } from '../core/fileDialogs'

/** The paths a command line gave: `--out` (a file or a folder) and the file a command reads. */
export interface CliFiles {
  open: string | null
  save: string | null
  folder: string | null
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * The app's dialogs as the CLI answers them: with the paths on its command line, never a prompt
 * (Task Scheduler runs it with no one to answer). `--out DIR` takes the name the app would suggest.
 */
export function cliFileDialogs(files: CliFiles): FileDialogs {
  const missing = (what: string) => new AppError('usage', `${what} 경로가 없습니다: --out 으로 주세요.`)
  return {
    chooseSaveFile: ({ defaultName }) => {
      const out = files.save
      if (!out) return Promise.reject(missing('저장할 파일'))
      return Promise.resolve(isFolder(out) ? join(out, defaultName) : out)
    },
    chooseFolder: () => (files.folder ? Promise.resolve(files.folder) : Promise.reject(missing('저장할 폴더'))),
    chooseOpenFile: () => (files.open ? Promise.resolve(files.open) : Promise.reject(new AppError('usage', '읽을 파일이 없습니다.'))),
    // Nothing to show on a command line: the command prints the path instead.
    showInFolder: () => undefined
  }
}

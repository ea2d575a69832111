import { AppError } from './errors'

export interface FileFilter {
  /** Shown in the dialog, e.g. "Excel 통합 문서". */
  name: string
  extensions: string[]
}

/**
 * The system file dialogs, as main asks for them: the Electron shell supplies dialogs on the app's
 * window; the CLI answers with the paths on its command line; the e2e tests with the paths they
 * prepared. Paths never come from the renderer — it asks main to ask the user.
 */
export interface FileDialogs {
  /** The save dialog: the chosen path, or null when cancelled. */
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** A folder for a batch: the chosen folder, or null when cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** The open dialog: the chosen file, or null when cancelled. */
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Shows a written file selected in Explorer (or opens its folder). */
  showInFolder(path: string): void
}

const UNAVAILABLE = '이 실행 환경에서는 파일 대화상자를 열 수 없습니다.'

/** Where no one can answer a dialog (a core without a window or a command line that names the file). */
export const noFileDialogs: FileDialogs = {
  chooseSaveFile: () => Promise.reject(new AppError('unavailable', UNAVAILABLE)),
  chooseFolder: () => Promise.reject(new AppError('unavailable', UNAVAILABLE)),
  chooseOpenFile: () => Promise.reject(new AppError('unavailable', UNAVAILABLE)),
  showInFolder: () => {
    throw new AppError('unavailable', UNAVAILABLE)
  }
}

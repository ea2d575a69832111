/**
 * What a start that failed tells the person, in the error box shown before the app exits: what
 * happened (the failure's own Korean sentence), what to do, and where the log is for whoever helps.
 * Plain text, since dialog.showErrorBox shows no markup.
 */

export interface StartupFailureInput {
  /** The failure as core/failures.ts explains it (already Korean: what happened and what to do). */
  message: string
  /** The technical part, if any (kept short: the box is no log viewer). */
  detail?: string | undefined
  /** The log folder (app.getPath('logs')). */
  logDir: string
}

export interface StartupFailureBox {
  title: string
  content: string
}

export const STARTUP_FAILURE_TITLE = '업무도구를 시작할 수 없습니다'
const DETAIL_MAX_CHARS = 600

export function startupFailureBox(input: StartupFailureInput): StartupFailureBox {
  const detail = input.detail?.trim()
  const shortDetail = detail && detail.length > DETAIL_MAX_CHARS ? `${detail.slice(0, DETAIL_MAX_CHARS)}…` : detail
  const lines = [
    input.message.trim(),
    '',
    '업무도구를 다시 실행해 보세요. 다시 실행해도 같은 메시지가 나오면 PC를 다시 시작한 뒤 실행하고, 그래도 안 되면 정보화 담당자에게 이 메시지와 기록 파일을 전달하세요.',
    '',
    `기록 파일(로그) 위치: ${input.logDir}`
  ]
  if (shortDetail) lines.push('', `자세히: ${shortDetail}`)
  return { title: STARTUP_FAILURE_TITLE, content: lines.join('\n') }
}

import { describe, expect, it } from 'vitest'
import { STARTUP_FAILURE_TITLE, startupFailureBox } from '../../../src/main/shell/startupFailure'

const LOG_DIR = 'C:\\Users\\kim\\AppData\\Local\\서울시 일자리포털 업무도구\\logs'

describe('the start-up failure box', () => {
  it('says what happened, what to do and where the log is, in Korean', () => {
    const box = startupFailureBox({ message: '캐시 파일을 열 수 없습니다.', logDir: LOG_DIR })
    expect(box.title).toBe(STARTUP_FAILURE_TITLE)
    const [what, , todo, , where] = box.content.split('\n')
    expect(what).toBe('캐시 파일을 열 수 없습니다.')
    expect(todo).toMatch(/다시 실행/)
    expect(todo).toMatch(/정보화 담당자/)
    expect(where).toBe(`기록 파일(로그) 위치: ${LOG_DIR}`)
    expect(box.content).not.toMatch(/자세히/)
  })

  it('adds the technical detail last, cut short', () => {
    const box = startupFailureBox({ message: '처리 중 예기치 않은 오류가 발생했습니다.', detail: `Error: ${'x'.repeat(2000)}`, logDir: LOG_DIR })
    const last = box.content.split('\n').at(-1) ?? ''
    expect(last.startsWith('자세히: Error: ')).toBe(true)
    expect(last.length).toBeLessThan(700)
    expect(last.endsWith('…')).toBe(true)
  })
})

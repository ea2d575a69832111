import { describe, expect, it } from 'vitest'
import { cliArgvOf } from '../../../src/main/shell/cliArgs'

const EXE = 'C:\\Program Files\\서울시 일자리포털 업무도구\\SeoulJobsDesk.exe'

describe('cliArgvOf: whether the installed app starts as the CLI', () => {
  it('packaged: everything after --cli, as given (Korean, spaces and = included)', () => {
    expect(cliArgvOf([EXE, '--cli', 'export', 'sme.applications', '--out', 'D:\\보고서\\강소 기업.xlsx', '--reason=주간 보고'], true)).toEqual([
      'export',
      'sme.applications',
      '--out',
      'D:\\보고서\\강소 기업.xlsx',
      '--reason=주간 보고'
    ])
  })

  it('a plain start, or a start with other switches, is the window', () => {
    expect(cliArgvOf([EXE], true)).toBeNull()
    expect(cliArgvOf([EXE, '--lang=ko'], true)).toBeNull()
  })

  it('not packaged (electron .): the app path is skipped, not read as an argument', () => {
    expect(cliArgvOf(['electron.exe', '.', '--cli', 'status', '--json'], false)).toEqual(['status', '--json'])
    expect(cliArgvOf(['electron.exe', '--cli'], false)).toBeNull()
  })

  it('Chromium switches may stand before --cli; a file name or word may not', () => {
    expect(cliArgvOf([EXE, '--enable-logging', '--cli', 'sync'], true)).toEqual(['sync'])
    expect(cliArgvOf([EXE, 'D:\\명단.xlsx', '--cli', 'sync'], true)).toBeNull()
  })

  it('--cli alone is the CLI with no command (runCli answers with the usage)', () => {
    expect(cliArgvOf([EXE, '--cli'], true)).toEqual([])
  })

  it('a second --cli belongs to the command line, not to the switch', () => {
    expect(cliArgvOf([EXE, '--cli', 'list', '--cli'], true)).toEqual(['list', '--cli'])
  })
})

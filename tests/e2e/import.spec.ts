import { mkdtempSync, writeFileSync } from 'node:fs'
import { removeTestDir } from '../helpers/tempDir'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import * as XLSX from 'xlsx'
import type { Core } from '../../src/main/core'
import { maskName } from '../../src/shared/domain/masking'
import { importConfirmSentence } from '../../src/shared/domains/reemployment/importLabels'
import type { Roster, SessionList, SessionSummary } from '../../src/shared/domains/reemployment/views'
import { expect, test, type TestPortal } from './fixtures'
import { dispatch, openSession, outboxStates, signIn, syncFromSyncPage } from './helpers'

/** The simulator seeds December 2026. */
const MONTH = '2026-12'
const MONTH_LABEL = '2026년 12월'

interface Person {
  name: string
  birthYear: number | string
  phone: string
}

/** Three good rows, a bad phone, an impossible birth year and a repeat of the first row: lines 2–7 of the sheet. */
const XLSX_PEOPLE: Person[] = [
  { name: '표민준', birthYear: 1965, phone: '010-2345-6789' },
  { name: '연서윤', birthYear: 1962, phone: '010-3456-7890' },
  { name: '남궁하늘', birthYear: 1970, phone: '010-123' },
  { name: '차도윤', birthYear: 1850, phone: '010-4567-8901' },
  { name: '표민준', birthYear: 1965, phone: '010-2345-6789' },
  { name: '봉지아', birthYear: 1968, phone: '01056781234' }
]
const XLSX_VALID = ['표민준', '연서윤', '봉지아']
const LINE = { badPhone: 4, badYear: 5, repeat: 6 }

/** Headers main does not recognise for any field, in the CP949 a Korean Excel saves CSV in. */
const CSV_HEADERS = ['교육 참석자', '태어난 해', '비상 연락']
const CSV_PEOPLE: Person[] = [
  { name: '설하준', birthYear: 1964, phone: '010-5678-1357' },
  { name: '모예린', birthYear: 1969, phone: '010-8642-9753' },
  { name: '탁지호', birthYear: 2050, phone: '010-1111-2222' }
]
const CSV_VALID = ['설하준', '모예린']

async function openEducationSession(core: Core): Promise<SessionSummary> {
  const sessions = (await dispatch<SessionList>(core, 'reemployment:sessions', { month: MONTH, kind: 'education' })).sessions
  // Open for registration with seats to spare, so the walk-ins are predicted 확정.
  const session = sessions.find((s) => s.status === 'open' && s.counts.registered + XLSX_PEOPLE.length < s.capacity)
  expect(session, 'an open education session with free seats').toBeDefined()
  return session!
}


/** The session room without network: an import only queues, so it must work all the same. */
async function goOffline(page: Page, portal: TestPortal): Promise<void> {
  await portal.stop()
  await page.context().setOffline(true)
}

/** Writes waiting on this PC to be sent (what the header's 보낼 것 counts). */
const outboxPending = (core: Core) => outboxStates(core).pending ?? 0

/** A test-only CP949 encoder: the inverse of the runtime's own CP949 decoder over every two-byte code. */
function cp949(text: string): Buffer {
  const decoder = new TextDecoder('euc-kr')
  const codes = new Map<string, number[]>()
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x41; trail <= 0xfe; trail += 1) {
      const char = decoder.decode(Uint8Array.of(lead, trail))
      if (char.length === 1 && char !== '\ufffd' && !codes.has(char)) codes.set(char, [lead, trail])
    }
  }
  const bytes = [...text].flatMap((char) => {
    const code = char.charCodeAt(0)
    if (code < 0x80) return [code]
    const pair = codes.get(char)
    if (!pair) throw new Error(`${char} has no CP949 code`)
    return pair
  })
  return Buffer.from(bytes)
}

function writeXlsx(path: string, header: string[], people: Person[]): void {
  const sheet = XLSX.utils.aoa_to_sheet([header, ...people.map((p) => [p.name, p.birthYear, p.phone])])
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, '현장접수')
  writeFileSync(path, XLSX.write(book, { bookType: 'xlsx', type: 'buffer' }) as Buffer)
}

/** The roster's rows the portal has not answered yet (this PC's walk-ins), by their masked names. */
function localRows(page: Page): Locator {
  return page.getByTestId('roster').locator('tr[data-registration-id]').filter({ hasText: '포털 응답 전' })
}

async function localWalkIns(core: Core, sessionId: string): Promise<{ name: string; birth_year: number }[]> {
  const roster = await dispatch<Roster>(core, 'reemployment:roster', { sessionId })
  return roster.rows
    .filter((r) => r.localOnly && r.walkIn)
    .map((r) => ({ name: r.person.name, birth_year: r.person.birth_year }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

const masked = (people: Person[], names: string[]) =>
  names
    .map((name) => people.find((p) => p.name === name)!)
    .map((p) => ({ name: maskName(p.name), birth_year: Number(p.birthYear) }))
    .sort((a, b) => a.name.localeCompare(b.name))

let folder = ''
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'seoul-jobs-import-e2e-'))
})
test.afterEach(() => {
  removeTestDir(folder)
})

test.describe('재취업 명단 가져오기', () => {
  // A sign-in and a full sync before the import itself, on a machine shared with other runs.
  test.describe.configure({ timeout: 180_000 })

  test('an .xlsx list offline: preview with each row’s problems, Esc forgets it, Enter never imports, 가져오기 queues the valid rows', async ({
    page,
    portal,
    core,
    dialogs,
    coreCalls
  }) => {
    await signIn(page, 'coordinator', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('정하은')
    await syncFromSyncPage(page)
    const session = await openEducationSession(core)
    const file = join(folder, '현장접수 명단.xlsx')
    writeXlsx(file, ['성명', '출생연도', '연락처'], XLSX_PEOPLE)

    await openSession(page, session.id, MONTH_LABEL)
    await goOffline(page, portal)
    const before = outboxPending(core)
    const rosterTotal = Number(await page.getByTestId('roster-shown').getAttribute('data-total'))

    await page.getByTestId('open-list-import').click()
    const dialog = page.getByRole('dialog', { name: '명단 가져오기' })
    await expect(dialog).toBeVisible()
    // Cancelled in the system dialog: nothing read, still on 파일 선택.
    await dialog.getByTestId('import-choose-file').click()
    expect(dialogs.opened.map((d) => d.kind)).toEqual(['open'])
    await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', 'choose')

    dialogs.answerOpen(file)
    await dialog.getByTestId('import-choose-file').click()
    // Every header recognised: straight to the preview.
    await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', 'preview')
    await expect(dialog.getByTestId('import-file-summary')).toContainText('현장접수 명단.xlsx')
    await expect(dialog.getByTestId('import-file-summary')).toContainText('.xlsx')
    await expect(dialog.getByTestId('import-file-summary')).toContainText('시트 ‘현장접수’')
    const totals = dialog.getByTestId('import-totals')
    await expect(totals).toHaveText('전체 6행 · 가져올 수 있는 3행 · 오류 2행 · 중복 1행')

    const line = (n: number) => dialog.locator(`tr[data-line="${n}"]`)
    await expect(dialog.locator('tr[data-line]')).toHaveCount(XLSX_PEOPLE.length)
    await expect(line(2)).toHaveAttribute('data-status', 'ok')
    await expect(line(2).getByTestId('import-row-status')).toHaveText('정상')
    // The name as main shows it (in full from the coordinator's own file, or masked).
    await expect(line(2)).toContainText(/표(민|\*)준/)
    // The phone as main gave it: masked, never the number typed in the file.
    await expect(line(2)).not.toContainText('2345-6789')
    await expect(line(LINE.badPhone).getByTestId('import-row-status')).toHaveText('오류')
    await expect(line(LINE.badPhone).getByTestId('import-row-errors')).toContainText(/전화|연락처|휴대/)
    await expect(line(LINE.badYear).getByTestId('import-row-status')).toHaveText('오류')
    await expect(line(LINE.badYear).getByTestId('import-row-errors')).toContainText(/출생|연도|생년/)
    await expect(line(LINE.repeat).getByTestId('import-row-status')).toHaveText('중복')
    await expect(line(LINE.repeat).getByTestId('import-row-errors')).not.toBeEmpty()

    // Only the rows left out.
    await dialog.getByRole('switch', { name: '오류·중복 행만 보기' }).click()
    await expect(dialog.locator('tr[data-line]')).toHaveCount(3)
    await expect(dialog.locator('tr[data-line][data-status="ok"]')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('import-preview.png') })

    // Esc closes and tells main to forget the file; nothing was queued.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect.poll(() => coreCalls.filter((c) => c === 'reemployment:importDiscard').length).toBe(1)
    expect(outboxPending(core)).toBe(before)

    // Again, and Enter on 가져오기 only asks; Enter on the question answers 돌아가기.
    await page.getByTestId('open-list-import').click()
    dialogs.answerOpen(file)
    await dialog.getByTestId('import-choose-file').click()
    await expect(totals).toHaveText('전체 6행 · 가져올 수 있는 3행 · 오류 2행 · 중복 1행')
    const start = dialog.getByTestId('import-start')
    await expect(start).toHaveText('가져오기 (3명)')
    await start.focus()
    await page.keyboard.press('Enter')
    const confirmation = dialog.getByTestId('import-confirmation')
    await expect(confirmation).toBeVisible()
    await expect(confirmation.getByTestId('import-confirm-sentence')).toHaveText(importConfirmSentence(3, 3))
    await expect(confirmation.getByRole('button', { name: '돌아가기' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(confirmation).toBeHidden()
    await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', 'preview')
    expect(outboxPending(core)).toBe(before)
    expect(coreCalls).not.toContain('reemployment:importConfirm')

    await start.click()
    await confirmation.getByTestId('import-confirm').click()
    await expect(dialog).toBeHidden()
    const notice = page.locator('[data-testid="notice"][data-topic="list-import"]')
    await expect(notice).toContainText('3명을 보낼 목록에 넣었습니다')
    await expect(notice).toContainText('확정·대기는 다음 동기화 때 포털이 정합니다')

    // Exactly the valid rows, queued as walk-ins; the roster shows them before the portal answers.
    expect(outboxPending(core)).toBe(before + XLSX_VALID.length)
    await expect(page.getByTestId('pending-count')).toHaveAttribute('data-count', String(before + XLSX_VALID.length))
    await expect(page.getByTestId('roster-shown')).toHaveAttribute('data-total', String(rosterTotal + XLSX_VALID.length))
    await expect(localRows(page)).toHaveCount(XLSX_VALID.length)
    expect((await localRows(page).getByTestId('roster-name').allInnerTexts()).sort()).toEqual(XLSX_VALID.map(maskName).sort())
    expect(await localWalkIns(core, session.id)).toEqual(masked(XLSX_PEOPLE, XLSX_VALID))
    expect(coreCalls.filter((c) => c === 'reemployment:importDiscard')).toHaveLength(1)
    await page.screenshot({ path: test.info().outputPath('import-done.png') })
  })

  test('a renamed .exe is refused in main’s words and queues nothing; a CP949 CSV with unfamiliar headers goes through 열 연결', async ({
    page,
    portal,
    core,
    dialogs
  }) => {
    await signIn(page, 'coordinator', 'demo')
    await expect(page.getByTestId('staff-info')).toContainText('정하은')
    await syncFromSyncPage(page)
    const session = await openEducationSession(core)
    const exe = join(folder, 'list.xlsx')
    const exeBytes = Buffer.alloc(4096)
    exeBytes.write('MZ', 0, 'latin1')
    exeBytes.write('This program cannot be run in DOS mode.', 78, 'latin1')
    writeFileSync(exe, exeBytes)
    const csv = join(folder, '사전신청.csv')
    const text = [CSV_HEADERS, ...CSV_PEOPLE.map((p) => [p.name, String(p.birthYear), p.phone])].map((cells) => cells.join(',')).join('\r\n')
    writeFileSync(csv, cp949(`${text}\r\n`))

    await openSession(page, session.id, MONTH_LABEL)
    await goOffline(page, portal)
    const before = outboxPending(core)

    // What main answers for that file, asked directly: the screen must show exactly this.
    dialogs.answerOpen(exe)
    const refusal = await core.dispatch('reemployment:importChoose', { sessionId: session.id })
    expect(refusal.ok).toBe(false)
    const message = refusal.ok ? '' : refusal.error.message
    expect(message).toMatch(/[가-힣]/)

    await page.getByTestId('open-list-import').click()
    const dialog = page.getByRole('dialog', { name: '명단 가져오기' })
    dialogs.answerOpen(exe)
    await dialog.getByTestId('import-choose-file').click()
    await expect(dialog.getByTestId('import-file-error')).toContainText(message)
    await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', 'choose')
    await expect(dialog.getByTestId('import-start')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('import-refused.png') })
    expect(outboxPending(core)).toBe(before)

    // The CSV: main cannot tell which column is which, so the mapping comes first.
    dialogs.answerOpen(csv)
    await dialog.getByTestId('import-choose-file').click()
    await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', 'mapping')
    await expect(dialog.getByTestId('import-file-error')).toHaveCount(0)
    await expect(dialog.getByTestId('import-unmapped')).toBeVisible()
    await expect(dialog.getByTestId('import-file-summary')).toContainText('사전신청.csv')
    await expect(dialog.getByTestId('import-file-summary')).toContainText('CP949')
    await expect(dialog.getByTestId('import-totals')).toHaveAttribute('data-rows', String(CSV_PEOPLE.length))
    const fields = ['name', 'birthYear', 'phone'] as const
    for (const [index, field] of fields.entries()) {
      await dialog.getByTestId(`import-map-${field}`).click()
      await page.getByRole('option', { name: `${String.fromCharCode(65 + index)}열 · ${CSV_HEADERS[index]}` }).click()
    }
    await expect(dialog.getByTestId('import-totals')).toHaveText('전체 3행 · 열을 연결하면 행마다 확인합니다')
    await page.screenshot({ path: test.info().outputPath('import-mapping.png') })
    await dialog.getByTestId('import-apply-mapping').click()
    await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-step', 'preview')
    await expect(dialog.getByTestId('import-totals')).toHaveText('전체 3행 · 가져올 수 있는 2행 · 오류 1행 · 중복 0행')
    await expect(dialog.locator('tr[data-line="4"]').getByTestId('import-row-status')).toHaveText('오류')
    await expect(dialog.locator('tr[data-line="2"]')).toContainText(/설(하|\*)준/)

    await dialog.getByTestId('import-start').click()
    await dialog.getByTestId('import-confirm').click()
    await expect(dialog).toBeHidden()
    expect(outboxPending(core)).toBe(before + CSV_VALID.length)
    await expect(localRows(page)).toHaveCount(CSV_VALID.length)
    expect(await localWalkIns(core, session.id)).toEqual(masked(CSV_PEOPLE, CSV_VALID))
  })
})

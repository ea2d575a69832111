import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileDialogs } from '../../../../src/main/core/fileDialogs'
import { guessHeader, normalisePhone, parseBirthYear, parseLocalDate } from '../../../../src/main/domains/reemployment/importRows'
import { recogniseHeader } from '../../../../src/shared/domains/reemployment/importHeaders'
import type { ImportPreview, ImportResult } from '../../../../src/shared/domains/reemployment/importViews'
import type { Roster, SessionList } from '../../../../src/shared/domains/reemployment/views'
import type { WalkInRequest } from '../../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../../helpers/sim'
import {
  csv,
  drmWrapped,
  passwordProtectedXlsx,
  renamedExecutable,
  sheet,
  workbook,
  zipBomb,
  type Cell
} from '../../imports/tableFiles'

/** What `reemployment:importChoose` answers. */
type ImportChosen = { preview: ImportPreview | null }

const WALK_IN_OP = 'registration.walk_in'
const REFUSED = 'import_refused'

describe('import: header recognition and cell rules (pure)', () => {
  it('recognises the headers offices write, whatever their spacing, brackets and case', () => {
    expect(['성명', '성 명', '이름', '참여자명', ' 성명(필수) ', '*성명'].map(recogniseHeader)).toEqual(Array(6).fill('name'))
    expect(['출생연도', '출생년도', '생년', '생년월일', '출생연도(4자리)'].map(recogniseHeader)).toEqual(Array(5).fill('birthYear'))
    expect(['연락처', '휴대폰', '휴대전화', '전화번호', '핸드폰', 'Mobile'].map(recogniseHeader)).toEqual(Array(6).fill('phone'))
    expect(['퇴직예정일', '퇴직 예정일'].map(recogniseHeader)).toEqual(['expectedRetirement', 'expectedRetirement'])
    expect(['__proto__', 'constructor', '비고', ''].map(recogniseHeader)).toEqual([null, null, null, null])
  })

  it('finds the header below a title, and falls back to the first non-blank row when none is recognised', () => {
    expect(guessHeader([['2026년 12월 사전신청 명단'], [], ['순번', '성 명', '휴대폰', '생년'], ['1', '홍길동', '010-1234-5678', '1965', '비고']])).toEqual({
      headerIndex: 2,
      headers: ['순번', '성 명', '휴대폰', '생년', ''],
      mapping: { name: 1, birthYear: 3, phone: 2, expectedRetirement: null }
    })
    expect(guessHeader([[], ['가', '나'], ['홍길동', '1965']])).toMatchObject({ headerIndex: 1, mapping: { name: null, birthYear: null, phone: null } })
  })

  it('takes the year from a date of birth, puts back the zero Excel drops from a mobile number, reads retirement dates', () => {
    const now = new Date('2026-12-08T13:05:00+09:00')
    expect(['1965', '1965년', '1965-03-02', '1965. 3. 2.', '19650302', '650302', '65.03.02'].map((t) => parseBirthYear(t, now))).toEqual(Array(7).fill(1965))
    expect(parseBirthYear('050302', now)).toBe(2005)
    expect(['19651302', '65', '1965-3', '육십오'].map((t) => parseBirthYear(t, now))).toEqual([null, null, null, null])
    expect(['010-1234-5678', '01012345678', '1012345678', '010 1234 5678', '(010)1234-5678'].map(normalisePhone)).toEqual(Array(5).fill('010-1234-5678'))
    expect(['02-123-4567', '010-12-345', '010-1234-5678 (집)', ''].map(normalisePhone)).toEqual([null, null, null, null])
    expect(['2027-06-30', '2027.6.30', '2027. 6. 30.', '20270630', '2027년 6월 30일'].map(parseLocalDate)).toEqual(Array(5).fill('2027-06-30'))
    expect(parseLocalDate('2027-02-30')).toBeNull()
  })
})

describe('import of a walk-in or pre-registration list (core, against the live simulator)', () => {
  let h: SimHarness
  let chosen: string | null
  let dialogsAsked: number
  const dialogs: FileDialogs = {
    chooseOpenFile: () => {
      dialogsAsked += 1
      return Promise.resolve(chosen)
    },
    chooseSaveFile: () => Promise.resolve(null),
    chooseFolder: () => Promise.resolve(null),
    showInFolder: () => undefined
  }

  beforeEach(async () => {
    chosen = null
    dialogsAsked = 0
    const clock = new Date('2026-12-08T13:05:00+09:00')
    h = await startHarness({ scale: 400, now: () => clock.getTime() }, { now: () => clock, dialogs })
    await h.signIn('coordinator')
    await h.sync()
  })
  afterEach(async () => h.close())

  const db = () => h.core.context.db
  const walkInBodies = () =>
    (db().prepare(`SELECT body FROM outbox WHERE op = ? ORDER BY seq`).all(WALK_IN_OP) as { body: string }[]).map((row) => JSON.parse(row.body) as WalkInRequest)
  const outboxCount = () => (db().prepare(`SELECT count(*) AS n FROM outbox`).get() as { n: number }).n
  const importAudits = () => db().prepare(`SELECT detail, collection, record_id FROM audit_events WHERE kind = 'import'`).all() as { detail: string; collection: string; record_id: string }[]

  /** Writes the file and makes it the one the open dialog answers with. */
  function choose(fileName: string, bytes: Uint8Array): void {
    chosen = join(h.dir.path, fileName)
    writeFileSync(chosen, bytes)
  }

  async function sessionWith(status: 'open' | 'closed' | 'cancelled'): Promise<Roster> {
    const list = await h.call<SessionList>('reemployment:sessions', { month: '2026-12' })
    const session = list.sessions.find((s) => s.status === status && (status !== 'open' || (s.counts.registered >= 3 && s.counts.registered + 4 <= s.capacity)))
    if (!session) throw new Error(`the seed has no ${status} session with room`)
    return h.call<Roster>('reemployment:roster', { sessionId: session.id })
  }

  /** A list as offices send it: a title, the header, good rows and each kind of bad one. */
  function listRows(registered: Roster['rows'][number]): Cell[][] {
    return [
      ['2026년 12월 사전신청 명단', null, null, null],
      ['성 명', '생년월일', '휴대폰', '퇴직 예정일'],
      ['김가온', { t: 'n', v: 23803, z: 'yyyy-mm-dd' }, 1012345678, '2027-06-30'],
      ['이나래', 1966, '010 2345 6789', null],
      ['박다솜', 1967, '02-123-4567', null],
      ['최라온', 2999, '010-3333-4444', null],
      [null, null, null, null],
      [null, 1960, '010-5555-6666', null],
      [registered.person.name.replaceAll('*', '가'), registered.person.birth_year, `010-9999-${registered.person.phone_last4}`, null],
      ['이나래', '1966', '010-2345-6789', null]
    ]
  }

  it('previews each row with its errors, phones masked, and queues exactly the valid rows on confirm in one go', async () => {
    const roster = await sessionWith('open')
    const registered = roster.rows.find((r) => r.status === 'registered')!
    choose('사전신청.xlsx', sheet(listRows(registered)))
    const before = outboxCount()
    const { preview } = await h.call<ImportChosen>('reemployment:importChoose', { sessionId: roster.session.id })
    expect(dialogsAsked).toBe(1)
    expect(preview).toMatchObject({
      sessionId: roster.session.id,
      fileName: '사전신청.xlsx',
      format: 'xlsx',
      encoding: null,
      sheetName: '명단',
      headers: ['성 명', '생년월일', '휴대폰', '퇴직 예정일'],
      mapping: { name: 0, birthYear: 1, phone: 2, expectedRetirement: 3 },
      unmapped: [],
      totals: { rows: 7, valid: 2, invalid: 3, duplicates: 2 }
    })
    expect(preview!.rows).toEqual([
      { line: 3, name: '김가온', birthYear: '1965', phone: '010-****-5678', errors: [], duplicate: false },
      { line: 4, name: '이나래', birthYear: '1966', phone: '010-****-6789', errors: [], duplicate: false },
      { line: 5, name: '박다솜', birthYear: '1967', phone: '**-***-4567', errors: ['연락처가 휴대전화 번호(010-1234-5678 형식)가 아닙니다.'], duplicate: false },
      { line: 6, name: '최라온', birthYear: '2999', phone: '010-****-4444', errors: ['출생연도는 1900년부터 2026년 사이의 네 자리 숫자로 입력하세요.'], duplicate: false },
      { line: 8, name: '', birthYear: '1960', phone: '010-****-6666', errors: ['성명이 비어 있습니다.'], duplicate: false },
      expect.objectContaining({ line: 9, errors: ['이 회차에 이미 등록된 사람입니다.'], duplicate: true }),
      { line: 10, name: '이나래', birthYear: '1966', phone: '010-****-6789', errors: ['4행과 같은 사람입니다.'], duplicate: true }
    ])
    // The full numbers stay in main: the preview carries none of them.
    for (const row of preview!.rows) expect(row.phone).not.toMatch(/\d{3,4}-\d{4}|\d{5}/)
    expect(outboxCount()).toBe(before)

    const result = await h.call<ImportResult>('reemployment:importConfirm', { importId: preview!.importId, mapping: preview!.mapping })
    expect(result).toEqual({ sessionId: roster.session.id, queued: 2, skipped: 5 })
    const bodies = walkInBodies()
    expect(bodies.map(({ person, session_id, expected_retirement }) => ({ person, session_id, expected_retirement }))).toEqual([
      { person: { name: '김가온', birth_year: 1965, phone: '010-1234-5678' }, session_id: roster.session.id, expected_retirement: '2027-06-30' },
      { person: { name: '이나래', birth_year: 1966, phone: '010-2345-6789' }, session_id: roster.session.id, expected_retirement: undefined }
    ])
    expect(new Set(bodies.map((body) => body.client_ref)).size).toBe(2)
    // One audit entry for the import, with counts and never a name.
    const audits = importAudits()
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ collection: 'reemployment-sessions', record_id: roster.session.id })
    expect(JSON.parse(audits[0]!.detail)).toEqual({ rows: 7, queued: 2, skipped: 5, format: 'xlsx' })
    expect(audits[0]!.detail).not.toMatch(/[가-힣]/)

    // The draft is gone once confirmed; the same file again finds the two as already registered.
    const again = await h.core.dispatch('reemployment:importConfirm', { importId: preview!.importId, mapping: preview!.mapping })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found', message: '가져오던 파일 정보가 없습니다. 파일을 다시 골라 주세요.' } })
    const second = await h.call<ImportChosen>('reemployment:importChoose', { sessionId: roster.session.id })
    expect(second.preview!.totals).toMatchObject({ valid: 0, duplicates: 4 })

    // The next sync sends them; the portal decides the seats.
    const summary = await h.sync()
    expect(summary.pushed).toBe(2)
    for (const body of bodies) {
      const cached = db().prepare(`SELECT id FROM reemployment_registrations WHERE client_ref = ?`).get(body.client_ref) as { id: string }
      expect(cached.id.startsWith('local-')).toBe(false)
      expect(h.sim.control.record('reemployment-registrations', cached.id)).toMatchObject({ session_id: roster.session.id, client_ref: body.client_ref, status: 'registered' })
    }
  })

  it('asks for the mapping when headers are not recognised, and previews again with the chosen columns', async () => {
    const roster = await sessionWith('open')
    choose('명단.csv', csv('가,나,다\r\n홍길동,1965,010-1234-5678\r\n=HYPERLINK("x"),1966,010-2222-3333\r\n', 'cp949'))
    const { preview } = await h.call<ImportChosen>('reemployment:importChoose', { sessionId: roster.session.id })
    expect(preview).toMatchObject({ format: 'csv', encoding: 'cp949', sheetName: null, headers: ['가', '나', '다'], unmapped: ['name', 'birthYear', 'phone'], rows: [] })
    expect(preview!.totals.rows).toBe(2)
    const mapping = { name: 0, birthYear: 1, phone: 2, expectedRetirement: null }
    const mapped = await h.call<ImportPreview>('reemployment:importPreview', { importId: preview!.importId, mapping })
    expect(mapped).toMatchObject({ unmapped: [], totals: { rows: 2, valid: 1, invalid: 1, duplicates: 0 } })
    expect(mapped.rows[1]).toMatchObject({ line: 3, errors: ['성명: 수식처럼 보이는 값입니다. 값만 입력하세요.'] })

    const twice = await h.core.dispatch('reemployment:importPreview', { importId: preview!.importId, mapping: { ...mapping, phone: 0 } })
    expect(twice).toMatchObject({ ok: false, error: { code: 'validation_failed', message: '한 열을 성명과(와) 연락처에 함께 지정할 수 없습니다. 열을 다시 고르세요.' } })
    const outside = await h.core.dispatch('reemployment:importPreview', { importId: preview!.importId, mapping: { ...mapping, expectedRetirement: 7 } })
    expect(outside).toMatchObject({ ok: false, error: { code: 'validation_failed' } })
    const unmappedConfirm = await h.core.dispatch('reemployment:importConfirm', { importId: preview!.importId, mapping: { ...mapping, phone: null } })
    expect(unmappedConfirm).toMatchObject({ ok: false, error: { message: '연락처 열을 지정한 뒤 가져오세요.' } })

    expect(await h.call('reemployment:importDiscard', { importId: preview!.importId })).toEqual({ ok: true })
    const gone = await h.core.dispatch('reemployment:importPreview', { importId: preview!.importId, mapping })
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('queues nothing when one row cannot be queued, and says which line', async () => {
    const roster = await sessionWith('open')
    choose('명단.xlsx', sheet([['성명', '출생연도', '연락처'], ['김하나', 1961, '010-1111-0001'], ['실패해', 1962, '010-1111-0002'], ['박셋째', 1963, '010-1111-0003']]))
    const { preview } = await h.call<ImportChosen>('reemployment:importChoose', { sessionId: roster.session.id })
    const before = { outbox: outboxCount(), registrations: roster.rows.length }
    // The disk refuses the second write (as a full or failing disk would): a real SQLite failure, not a stub.
    db().exec(`CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON outbox WHEN json_extract(NEW.body, '$.person.name') = '실패해' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`)
    const failed = await h.core.dispatch('reemployment:importConfirm', { importId: preview!.importId, mapping: preview!.mapping })
    db().exec(`DROP TRIGGER refuse_second`)
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('3행을 보낼 목록에 넣지 못해 명단을 하나도 가져오지 않았습니다.') } })
    expect(outboxCount()).toBe(before.outbox)
    expect((await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })).rows).toHaveLength(before.registrations)
    expect(importAudits()).toHaveLength(0)
    // The draft is still there: once the disk is back, the same import goes through.
    expect(await h.call<ImportResult>('reemployment:importConfirm', { importId: preview!.importId, mapping: preview!.mapping })).toMatchObject({ queued: 3, skipped: 0 })
  })

  it('refuses every hostile file with its Korean sentence, queues nothing and stays up', async () => {
    const roster = await sessionWith('open')
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const before = outboxCount()
    const cases: [string, Uint8Array, string][] = [
      ['bomb.xlsx', zipBomb(20), '압축을 풀면 비정상적으로 커지는 파일이라 열지 않았습니다.'],
      ['wide.csv', csv(`성명,출생연도,연락처${','.repeat(1_000_000)}\n`, 'utf-8'), '열이 너무 많습니다(최대 200열).'],
      [
        'wide.xlsx',
        workbook([{ name: '명단', rows: [['성명', '출생연도', '연락처']], edit: (s) => void ((s.XFD1 = { t: 's', v: '끝' }), (s['!ref'] = 'A1:XFD1')) }]),
        '열이 너무 많습니다(최대 200열).'
      ],
      [
        'formula.xlsx',
        workbook([{ name: '명단', rows: [['성명', '출생연도', '연락처'], ['홍길동', 1965, '010-1234-5678']], edit: (s) => void (s.B2 = { t: 'n', v: 1965, f: '1960+5' }) }]),
        "수식이 들어 있는 파일입니다('명단' 시트 B2 셀). 값만 붙여넣은 파일로 다시 저장하세요."
      ],
      ['proto.xlsx', workbook([{ name: '__proto__', rows: [['성명', '출생연도', '연락처']] }]), "시트 이름 '__proto__'은(는) 쓸 수 없습니다."],
      ['setup.xlsx', renamedExecutable(), '실행 파일은 가져올 수 없습니다.'],
      ['empty.csv', new Uint8Array(0), '빈 파일입니다.'],
      ['secured.xlsx', drmWrapped('softcamp'), '문서보안(DRM)이 적용된 파일입니다. 문서보안 프로그램에서 해제한 뒤 다시 가져오세요.'],
      ['secured.xls', drmWrapped('fasoo'), '문서보안(DRM)이 적용된 파일입니다. 문서보안 프로그램에서 해제한 뒤 다시 가져오세요.'],
      ['locked.xlsx', passwordProtectedXlsx(), '암호가 걸린 파일입니다. 엑셀에서 암호를 해제하고 다시 저장한 뒤 가져오세요.'],
      ['huge.csv', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), '파일이 너무 큽니다(최대 10MB).']
    ]
    for (const [fileName, bytes, message] of cases) {
      choose(fileName, bytes)
      const answer = await h.core.dispatch('reemployment:importChoose', { sessionId: roster.session.id })
      expect(answer, fileName).toMatchObject({ ok: false, error: { code: REFUSED, message: expect.stringContaining(message) } })
    }
    expect(outboxCount()).toBe(before)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)

    // __proto__ and its kin as headers and values are only text: the list still imports what it should.
    choose('kin.csv', csv('__proto__,성명,출생연도,연락처,constructor\nprototype,홍길동,1965,010-1234-5678,__proto__\n', 'utf-8'))
    const { preview } = await h.call<ImportChosen>('reemployment:importChoose', { sessionId: roster.session.id })
    expect(preview).toMatchObject({ headers: ['__proto__', '성명', '출생연도', '연락처', 'constructor'], mapping: { name: 1, birthYear: 2, phone: 3 }, totals: { valid: 1 } })
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
    // And the core still answers.
    expect((await h.call<Roster>('reemployment:roster', { sessionId: roster.session.id })).session.id).toBe(roster.session.id)
  })

  it('refuses a closed or cancelled session before asking for a file, and takes a cancelled dialog as nothing chosen', async () => {
    const closed = await sessionWith('closed')
    const cancelled = await sessionWith('cancelled')
    choose('명단.xlsx', sheet([['성명', '출생연도', '연락처'], ['홍길동', 1965, '010-1234-5678']]))
    expect(await h.core.dispatch('reemployment:importChoose', { sessionId: closed.session.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_transition', message: '마감된 회차에는 명단을 가져올 수 없습니다.' }
    })
    expect(await h.core.dispatch('reemployment:importChoose', { sessionId: cancelled.session.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_transition', message: '취소된 회차에는 현장 접수를 할 수 없습니다.' }
    })
    expect(dialogsAsked).toBe(0)
    const open = await sessionWith('open')
    chosen = null
    expect(await h.call<ImportChosen>('reemployment:importChoose', { sessionId: open.session.id })).toEqual({ preview: null })
    expect(dialogsAsked).toBe(1)
  })

  it('reads the .xls and CSV encodings the same as the .xlsx', async () => {
    const roster = await sessionWith('open')
    const rows: Cell[][] = [
      ['이름', '출생년도', '핸드폰'],
      ['정우리', 1964, '010-4444-5555']
    ]
    const text = '이름,출생년도,핸드폰\r\n정우리,1964,010-4444-5555\r\n'
    const files: [string, Uint8Array, ImportPreview['format'], ImportPreview['encoding']][] = [
      ['list.xls', sheet(rows, 'biff8'), 'xls', null],
      ['bom.csv', csv(text, 'utf-8-bom'), 'csv', 'utf-8'],
      ['plain.csv', csv(text, 'utf-8'), 'csv', 'utf-8'],
      ['korean.csv', csv(text, 'cp949'), 'csv', 'cp949']
    ]
    for (const [fileName, bytes, format, encoding] of files) {
      choose(fileName, bytes)
      const { preview } = await h.call<ImportChosen>('reemployment:importChoose', { sessionId: roster.session.id })
      expect(preview, fileName).toMatchObject({ format, encoding, totals: { rows: 1, valid: 1 } })
      expect(preview!.rows[0], fileName).toEqual({ line: 2, name: '정우리', birthYear: '1964', phone: '010-****-5555', errors: [], duplicate: false })
    }
  })
})

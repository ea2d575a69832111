import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as XLSX from 'xlsx'
import { rememberAccount } from '../tests/helpers/offlineAccount'
import { createCore, type Core } from '../src/main/core'
import { reemploymentRegistrationsTable } from '../src/main/domains/reemployment/registrationsRepository'
import { reemploymentSessionsTable } from '../src/main/domains/reemployment/sessionsRepository'
import { maskName, maskPhone, phoneLast4 } from '../src/shared/domain/masking'
import type { ImportPreview } from '../src/shared/domains/reemployment/importViews'
import type { ReemploymentRegistration, ReemploymentSession } from '../src/shared/portal'
import { medianMs, record, section, tempDir, BENCH_CACHE_KEY } from './util'

const IMPORT_ROWS = 10_000
const REGISTERED = 1_000
const SESSION_ID = 'RS-BENCH-IMPORT'
const COORDINATOR = { id: 'S-0041', name: '정하은', department: '일자리정책과 재취업지원팀', roles: ['reemployment_coordinator' as const] }
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '남궁']
const GIVEN = ['민', '서', '지', '현', '수', '영', '준', '하', '은', '도']

const nameOf = (i: number) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / 10) % GIVEN.length]}${GIVEN[Math.floor(i / 100) % GIVEN.length]}`
/** Someone not registered yet: a surname none of the registered people has. */
const newNameOf = (i: number) => `한${GIVEN[i % GIVEN.length]}${GIVEN[Math.floor(i / 10) % GIVEN.length]}`
const phoneOf = (i: number) => `010-${String(2000 + (i % 8000)).padStart(4, '0')}-${String((i * 7919) % 10_000).padStart(4, '0')}`

/** A hall-sized session with people registered already, so the preview's duplicate check has work to do. */
function seedSession(core: Core): void {
  const db = core.context.db
  const session: ReemploymentSession = {
    id: SESSION_ID,
    version: 1,
    updated_at: '2026-11-20T09:00:00+09:00',
    kind: 'education',
    service_type: 'job_placement',
    title: '퇴직 예정자 사전신청 명단 (벤치마크)',
    starts_at: '2099-12-16T14:00:00+09:00',
    ends_at: '2099-12-16T17:00:00+09:00',
    hours: 3,
    venue: '서울시청 다목적홀',
    instructor: '김*수',
    course: null,
    capacity: IMPORT_ROWS + REGISTERED,
    status: 'open'
  }
  const at = new Date().toISOString()
  db.transaction(() => {
    reemploymentSessionsTable.upsert(db, { record: session, raw: JSON.stringify(session), local: null, pulledAt: at, generation: 0 })
    for (let i = 0; i < REGISTERED; i += 1) {
      const phone = phoneOf(i)
      const registration: ReemploymentRegistration = {
        id: `RR-BENCH-IMPORT-${String(i + 1).padStart(6, '0')}`,
        version: 1,
        updated_at: at,
        session_id: SESSION_ID,
        person: { id: `P-8${String(i).padStart(6, '0')}`, name: maskName(nameOf(i)), birth_year: 1958 + (i % 20), phone: maskPhone(phone), phone_last4: phoneLast4(phone) },
        career: null,
        expected_retirement: null,
        retirement_reason: null,
        status: 'registered',
        waitlist_rank: null,
        attendance: null,
        registered_at: at,
        client_ref: null
      }
      reemploymentRegistrationsTable.upsert(db, { record: registration, raw: JSON.stringify(registration), local: null, pulledAt: at, generation: 0 })
    }
  })()
}

/**
 * 10,000 rows as a list arrives: the header under a title; most rows new people, every 50th
 * someone already registered (name, birth year and phone as the cache has them), every 97th with a
 * bad phone and birth year.
 */
function listWorkbook(): Buffer {
  const rows: (string | number)[][] = [['2026년 12월 사전신청 명단'], ['순번', '성명', '생년월일', '휴대폰', '퇴직예정일']]
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    const again = i % 50 === 0
    const bad = i % 97 === 1
    const registered = (i / 50) % REGISTERED
    rows.push([
      i + 1,
      again ? nameOf(registered) : newNameOf(i),
      again ? 1958 + (registered % 20) : bad ? 2999 : `${1958 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
      bad ? '02-123-4567' : again ? phoneOf(registered) : `010-${String(5000 + (i % 5000))}-${String((i * 7919) % 10_000).padStart(4, '0')}`,
      '2027-06-30'
    ])
  }
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '명단')
  return XLSX.write(book, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer
}

/** `npm run bench` — 재취업 명단 가져오기 (issue 17): the preview of a 10,000-row .xlsx, beside SheetJS reading it alone. */
export async function benchImportPreview(): Promise<void> {
  section('재취업 명단 가져오기: preview of a 10,000-row .xlsx (issue 17)')
  const dir = tempDir('bench-import-')
  const path = join(dir.path, '사전신청 명단.xlsx')
  const bytes = listWorkbook()
  writeFileSync(path, bytes)
  const core = await createCore({
    cacheKey: BENCH_CACHE_KEY,
    dataDir: dir.path,
    portalUrl: null,
    log: () => undefined,
    dialogs: {
      chooseOpenFile: () => Promise.resolve(path),
      chooseSaveFile: () => Promise.resolve(null),
      chooseFolder: () => Promise.resolve(null),
      showInFolder: () => undefined
    }
  })
  try {
    await rememberAccount(core.context.db, 'coordinator', COORDINATOR)
    await core.context.session.continueOffline('coordinator', 'demo')
    seedSession(core)

    let preview: ImportPreview | null = null
    const choose = async () => {
      const answer = await core.dispatch('reemployment:importChoose', { sessionId: SESSION_ID })
      if (!answer.ok) throw new Error(`importChoose: ${answer.error.message}`)
      // What the renderer receives: the answer structured-cloned across IPC.
      preview = structuredClone((answer.value as { preview: ImportPreview }).preview)
    }
    const raw = await medianMs(() => XLSX.read(bytes, { type: 'buffer', dense: true }), 5)
    const full = await medianMs(choose, 5)
    const totals = (preview as ImportPreview | null)?.totals
    if (!totals || totals.rows !== IMPORT_ROWS) throw new Error(`the preview judged ${totals?.rows ?? 0} rows, not ${IMPORT_ROWS}`)
    record({
      name: `import preview, ${IMPORT_ROWS.toLocaleString('en-US')} rows (read + zip check + row checks + duplicates vs ${REGISTERED.toLocaleString('en-US')} registered)`,
      value: full.median / 1000,
      unit: 's',
      baseline: { label: 'SheetJS reading the file alone', value: raw.median / 1000 },
      target: '< 2 s',
      ok: full.median < 2000
    })
    process.stdout.write(`  (${totals.valid.toLocaleString('en-US')} valid, ${totals.invalid} with errors, ${totals.duplicates} duplicates; file ${(bytes.length / 1024).toFixed(0)} KB)\n`)

    // No target in the issue: shown so the cost of queueing a whole hall's list at once is known.
    const last = preview as ImportPreview | null
    const started = performance.now()
    const confirmed = await core.dispatch('reemployment:importConfirm', { importId: last!.importId, mapping: last!.mapping })
    const confirmMs = performance.now() - started
    if (!confirmed.ok) throw new Error(`importConfirm: ${confirmed.error.message}`)
    record({ name: `import confirm: ${totals.valid.toLocaleString('en-US')} walk-ins queued in one transaction`, value: confirmMs / 1000, unit: 's' })
  } finally {
    core.close()
    dir.remove()
  }
}

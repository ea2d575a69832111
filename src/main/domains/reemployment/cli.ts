import type { NoShows, Roster, RosterRow } from '../../../shared/domains/reemployment/views'
import { expectedHeadersSentence } from '../../../shared/domains/reemployment/importHeaders'
import { ImportChosen, ImportResult, type ImportPreview } from '../../../shared/domains/reemployment/importViews'
import { maskName } from '../../../shared/domain/masking'
import { AttendanceStatus, RegistrationStatus } from '../../../shared/portal'
import { CliRefusal, CliUsageError, requireArg, type CliCommand } from '../types'

/** A roster row as the CLI prints it (the shape `roster --json` promises). */
function printedRegistration(row: RosterRow) {
  return {
    id: row.id,
    person: row.person,
    status: row.status,
    waitlist_rank: row.waitlist_rank,
    attendance: row.attendance ? { status: row.attendance.status, checked_at: row.attendance.checked_at, checked_by: row.attendance.checked_by } : null
  }
}

/** The preview the CLI goes on with: one whose headers named every required field. */
function usablePreview(value: unknown): ImportPreview {
  const { preview } = ImportChosen.parse(value)
  if (!preview) throw new CliRefusal('읽을 파일이 없습니다.')
  if (preview.unmapped.length > 0) {
    const found = preview.headers.filter((header) => header !== '')
    throw new CliRefusal(`열 이름을 알아볼 수 없습니다. 파일의 열: ${found.join(', ') || '(없음)'} — 필요한 열: ${expectedHeadersSentence()}`)
  }
  return preview
}

/** A preview row as printed: names masked, since a scheduled task's output is often kept in a log. */
function printedImportRow(row: ImportPreview['rows'][number]) {
  return { line: row.line, name: maskName(row.name), birth_year: row.birthYear, phone: row.phone, duplicate: row.duplicate, errors: row.errors.join(' / ') }
}

export const reemploymentCli: CliCommand[] = [
  {
    name: 'roster',
    usage: 'roster <session-id> --json',
    prints: 'answer',
    toCall: ({ positionals: [sessionId] }) => ({ channel: 'reemployment:roster', input: { sessionId: requireArg(sessionId, '회차 id') } }),
    output(value) {
      const roster = value as Roster
      return { session: roster.session, registrations: roster.rows.map(printedRegistration), counts: roster.counts }
    }
  },
  {
    name: 'no-shows',
    usage: 'no-shows <session-id> --json   (확정이면서 출석·지각이 아닌 사람)',
    prints: 'answer',
    toCall: ({ positionals: [sessionId] }) => ({ channel: 'reemployment:noShows', input: { sessionId: requireArg(sessionId, '회차 id') } }),
    output: (value) => (value as NoShows).rows.map(printedRegistration)
  },
  {
    name: 'promote',
    usage: 'promote <registration-id>   (대기 → 확정)',
    toCall: ({ positionals: [id] }) => ({ channel: 'reemployment:promote', input: { registrationId: requireArg(id, '신청 id') } })
  },
  {
    name: 'attendance',
    usage: 'attendance <registration-id> present|late|left_early|absent [--at ISO-8601]',
    options: { at: { type: 'string' } },
    toCall({ positionals: [id, status], options, now }) {
      const parsed = AttendanceStatus.safeParse(status)
      if (!parsed.success) throw new CliUsageError(`출석 상태(present|late|left_early|absent)가 올바르지 않습니다: ${status ?? '(없음)'}`)
      const checkedAt = options.at ?? now.toISOString()
      if (Number.isNaN(Date.parse(checkedAt))) throw new CliUsageError(`--at 이 ISO-8601 시각이 아닙니다: ${checkedAt}`)
      return { channel: 'reemployment:attendance', input: { registrationId: requireArg(id, '신청 id'), status: parsed.data, checkedAt } }
    }
  },
  {
    name: 'walk-in',
    usage: 'walk-in <session-id> --name N --birth-year YYYY --phone 010-XXXX-XXXX',
    options: { name: { type: 'string' }, 'birth-year': { type: 'string' }, phone: { type: 'string' } },
    toCall({ positionals: [sessionId], options }) {
      const birthYear = requireArg(options['birth-year'], '--birth-year')
      if (!/^\d{4}$/.test(birthYear)) throw new CliUsageError(`--birth-year 는 네 자리 연도여야 합니다: ${birthYear}`)
      return {
        channel: 'reemployment:walkIn',
        input: { sessionId: requireArg(sessionId, '회차 id'), name: requireArg(options.name, '--name'), birthYear: Number(birthYear), phone: requireArg(options.phone, '--phone') }
      }
    }
  },
  {
    name: 'registration',
    usage: 'registration <registration-id> registered|waitlisted|cancelled',
    toCall({ positionals: [id, status] }) {
      const parsed = RegistrationStatus.safeParse(status)
      if (!parsed.success) throw new CliUsageError(`신청 상태(registered|waitlisted|cancelled)가 올바르지 않습니다: ${status ?? '(없음)'}`)
      return { channel: 'reemployment:setStatus', input: { registrationId: requireArg(id, '신청 id'), status: parsed.data } }
    }
  },
  {
    name: 'import',
    usage: 'import <session-id> <명단.xlsx|.xls|.csv> [--dry-run]   (현장·사전 접수 명단: --dry-run 은 행별 확인만)',
    prints: 'answer',
    options: { 'dry-run': { type: 'boolean' } },
    toCall({ positionals: [sessionId, file] }) {
      requireArg(file, '명단 파일')
      return { channel: 'reemployment:importChoose', input: { sessionId: requireArg(sessionId, '회차 id') } }
    },
    // The app's open dialog, answered with the path on the command line.
    inputFile: ({ positionals: [, file] }) => requireArg(file, '명단 파일'),
    followUp(value, { options }) {
      const preview = usablePreview(value)
      if (options['dry-run'] === 'true') return null
      return { channel: 'reemployment:importConfirm', input: { importId: preview.importId, mapping: preview.mapping } }
    },
    output(value) {
      const chosen = ImportChosen.safeParse(value)
      if (chosen.success && chosen.data.preview) return chosen.data.preview.rows.map(printedImportRow)
      const result = ImportResult.parse(value)
      return { session_id: result.sessionId, queued: result.queued, skipped: result.skipped }
    }
  }
]

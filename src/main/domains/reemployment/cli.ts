import type { NoShows, Roster, RosterRow } from '../../../shared/domains/reemployment/views'
import { AttendanceStatus, RegistrationStatus } from '../../../shared/portal'
import { CliUsageError, requireArg, type CliCommand } from '../types'

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
  }
]

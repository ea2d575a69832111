import { AttendanceStatus, RegistrationStatus } from '../../../shared/portal'
import { CliUsageError, requireArg, type CliCommand } from '../types'

export const reemploymentCli: CliCommand[] = [
  {
    name: 'attendance',
    usage: 'attendance <registration-id> present|late|left_early|absent [--at ISO-8601]',
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
    usage: 'walk-in <session-id> --name N --birth-year YYYY --phone P',
    toCall: ({ positionals: [sessionId], options }) => ({
      channel: 'reemployment:walkIn',
      input: {
        sessionId: requireArg(sessionId, '회차 id'),
        name: requireArg(options.name, '--name'),
        birthYear: Number(requireArg(options['birth-year'], '--birth-year')),
        phone: requireArg(options.phone, '--phone')
      }
    })
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

import { randomUUID } from 'node:crypto'
import { AttendanceStatus, RegistrationStatus, ReviewAction } from '../../shared/portal'
import type { Core } from '../core'
import { AppError } from '../core/errors'
import { enqueueWrite, type Enqueued } from '../outbox/queue'

export class CliUsageError extends Error {}

export interface WriteArgs {
  positionals: string[]
  reason?: string | undefined
  at?: string | undefined
  name?: string | undefined
  birthYear?: string | undefined
  phone?: string | undefined
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new CliUsageError(`${what}이(가) 필요합니다.`)
  return value
}

function parseEnum<T extends string>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: string | undefined, what: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new CliUsageError(`${what}이(가) 올바르지 않습니다: ${value ?? '(없음)'}`)
  return parsed.data
}

/**
 * The CLI's write commands: queued locally exactly like the app's actions (same checks, same
 * outbox), and sent by the next `sync`. An impossible action fails here with a one-line reason.
 */
export function runWriteCommand(core: Core, command: string, args: WriteArgs): Enqueued {
  const { db, session, now } = core.context
  const actor = session.lastStaff
  if (!actor) throw new AppError('not_signed_in', '이 데이터 폴더로 로그인한 적이 없습니다. 먼저 sync --user 로 로그인하세요.')
  const [first, second] = args.positionals
  switch (command) {
    case 'review': {
      const action = parseEnum(ReviewAction, second, '검토 동작(start_review|approve|reject|request_revision)')
      return enqueueWrite(db, {
        op: 'attractive_job.review',
        recordId: need(first, '매력일자리 id'),
        body: { action, ...(args.reason ? { reason: args.reason } : {}) },
        actorId: actor.id,
        now: now()
      })
    }
    case 'comment':
      return enqueueWrite(db, {
        op: 'attractive_job.comment',
        recordId: need(first, '매력일자리 id'),
        body: { body: need(args.positionals.slice(1).join(' ') || undefined, '의견 내용') },
        actorId: actor.id,
        now: now()
      })
    case 'attendance': {
      const status = parseEnum(AttendanceStatus, second, '출석 상태(present|late|left_early|absent)')
      const checkedAt = args.at ?? now().toISOString()
      if (Number.isNaN(Date.parse(checkedAt))) throw new CliUsageError(`--at 이 ISO-8601 시각이 아닙니다: ${checkedAt}`)
      return enqueueWrite(db, {
        op: 'registration.attendance',
        recordId: need(first, '신청 id'),
        body: { status, checked_at: checkedAt },
        actorId: actor.id,
        now: now()
      })
    }
    case 'walk-in': {
      const birthYear = Number(need(args.birthYear, '--birth-year'))
      return enqueueWrite(db, {
        op: 'registration.walk_in',
        body: {
          session_id: need(first, '회차 id'),
          person: { name: need(args.name, '--name'), birth_year: birthYear, phone: need(args.phone, '--phone') },
          client_ref: randomUUID()
        },
        actorId: actor.id,
        now: now()
      })
    }
    case 'registration': {
      const status = parseEnum(RegistrationStatus, second, '신청 상태(registered|waitlisted|cancelled)')
      return enqueueWrite(db, { op: 'registration.status', recordId: need(first, '신청 id'), body: { status }, actorId: actor.id, now: now() })
    }
    default:
      throw new CliUsageError(`알 수 없는 명령: ${command}`)
  }
}

export const WRITE_COMMANDS = new Set(['review', 'comment', 'attendance', 'walk-in', 'registration'])

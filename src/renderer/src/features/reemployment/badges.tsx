import { Badge, Group, type BadgeProps } from '@mantine/core'
import { ATTENDANCE_STATUS_LABELS, HINT_LABELS, REGISTRATION_STATUS_LABELS, SESSION_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import type { Hint } from '../../../../shared/domains/reemployment/views'
import type { AttendanceStatus, RegistrationStatus } from '../../../../shared/portal'
import type { ReemploymentSession } from '../../../../shared/portal/reemployment'
import { WALK_IN_LABEL } from '../../../../shared/domains/reemployment/labels'
import { SharedTooltip } from '../../components/SharedTooltip'
import { ATTENDANCE_STATUS_COLORS, REGISTRATION_STATUS_COLORS, SESSION_STATUS_COLORS } from './labels'

export function SessionStatusBadge({ status, ...props }: { status: ReemploymentSession['status'] } & BadgeProps) {
  return (
    <Badge color={SESSION_STATUS_COLORS[status]} variant="light" data-session-status={status} {...props}>
      {SESSION_STATUS_LABELS[status]}
    </Badge>
  )
}

/** 확정, 대기 n번, 취소. */
export function RegistrationStatusBadge({ status, rank, ...props }: { status: RegistrationStatus; rank: number | null } & BadgeProps) {
  const label = status === 'waitlisted' && rank !== null ? `${REGISTRATION_STATUS_LABELS.waitlisted} ${rank}번` : REGISTRATION_STATUS_LABELS[status]
  return (
    <Badge color={REGISTRATION_STATUS_COLORS[status]} variant={status === 'registered' ? 'light' : 'outline'} data-registration-status={status} {...props}>
      {label}
    </Badge>
  )
}

export function AttendanceBadge({ status, ...props }: { status: AttendanceStatus } & BadgeProps) {
  return (
    <Badge color={ATTENDANCE_STATUS_COLORS[status]} variant="filled" data-attendance={status} {...props}>
      {ATTENDANCE_STATUS_LABELS[status]}
    </Badge>
  )
}

export function WalkInBadge(props: BadgeProps) {
  return (
    <Badge color="grape" variant="light" {...props}>
      {WALK_IN_LABEL}
    </Badge>
  )
}

/** A program condition not met: a hint for the coordinator (never a block), main's sentences on hover. */
export function HintBadge({ code, messages }: { code: Hint['code']; messages: string[] }) {
  return (
    <SharedTooltip label={messages.join(' ')} maxWidth={320} withArrow>
      <Badge color="yellow" variant="outline" size="sm" data-hint={code} style={{ cursor: 'help' }}>
        참고: {HINT_LABELS[code]}
      </Badge>
    </SharedTooltip>
  )
}

/** A row's hints, one badge per kind (two missing fields are one "정보 없음" with both sentences). */
export function HintBadges({ hints }: { hints: readonly Hint[] }) {
  const byCode = new Map<Hint['code'], string[]>()
  for (const hint of hints) byCode.set(hint.code, [...(byCode.get(hint.code) ?? []), hint.message])
  return (
    <Group gap={4}>
      {[...byCode].map(([code, messages]) => (
        <HintBadge key={code} code={code} messages={messages} />
      ))}
    </Group>
  )
}

import { ROLE_LABELS } from '../../../../shared/domain/labels'
import { rolesAllow } from '../../../../shared/ipc/access'
import { channelAccess, type Channel } from '../../../../shared/ipc/contract'
import type { Role } from '../../../../shared/portal'

/**
 * Whether a staff member with `roles` may call `channel`: the contract's own rule, the one `dispatch`
 * enforces in main. Screens, menu entries and buttons ask this instead of naming roles, so what the
 * app shows and what main lets through cannot drift apart.
 */
export function mayCall(roles: readonly Role[], channel: Channel): boolean {
  return rolesAllow(channelAccess(channel), roles)
}

/**
 * "매력일자리 검토", "강소기업 자격검토 또는 강소기업 심사", "관리자": the roles that may call `channel`, as the
 * 권한이 없습니다 page names them (the manager goes without saying unless only the manager may).
 */
export function rolesNamedFor(channel: Channel): string | null {
  const access = channelAccess(channel)
  if (access === 'public' || access === 'signedIn') return null
  const roles = access.filter((role) => role !== 'manager')
  return (roles.length > 0 ? roles : (['manager'] as const)).map((role) => ROLE_LABELS[role]).join(' 또는 ')
}

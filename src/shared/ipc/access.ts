import type { Role } from '../portal'

/**
 * Who may call a channel. `public`: anyone, signed in or not, locked or not (what the sign-in and
 * lock screens need). `signedIn`: any staff member with an unlocked session. A role list: those
 * roles — `manager` may always (portal-admin-api.md §2: the manager may decide anything).
 */
export type Access = 'public' | 'signedIn' | readonly Role[]

export type AccessRefusal = 'not_signed_in' | 'locked' | 'forbidden'

export interface AccessSession {
  roles: readonly Role[]
  locked: boolean
}

/** Why `session` may not call a channel of `access`, or null when it may. One rule for dispatch and the screens. */
export function accessRefusal(access: Access, session: AccessSession | null): AccessRefusal | null {
  if (access === 'public') return null
  if (!session) return 'not_signed_in'
  if (session.locked) return 'locked'
  if (access === 'signedIn') return null
  if (session.roles.includes('manager')) return null
  return access.some((role) => session.roles.includes(role)) ? null : 'forbidden'
}

/** Whether roles alone allow the channel (the renderer's navigation and buttons). */
export function rolesAllow(access: Access, roles: readonly Role[]): boolean {
  return accessRefusal(access, { roles, locked: false }) === null
}

type Spec = { input: unknown; output: unknown; access?: Access }

/**
 * Stamps `roles` on every channel of a domain's part that does not declare its own access, so a
 * part states its audience once and the exceptions beside the channels they concern.
 */
export function forRoles<P extends Record<string, Spec>>(
  roles: readonly Role[],
  part: P
): { [K in keyof P]: P[K] & { access: Access } } {
  return Object.fromEntries(Object.entries(part).map(([channel, spec]) => [channel, { ...spec, access: spec.access ?? roles }])) as {
    [K in keyof P]: P[K] & { access: Access }
  }
}

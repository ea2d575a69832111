import { ROLE_LABELS } from '../../../../shared/domain/labels'
import { COLLECTIONS_BY_ROLE, collectionsForRoles } from '../../../../shared/domain/roles'
import { ROLES, type CollectionName, type Role } from '../../../../shared/portal'

/** Whether a staff member with `roles` sees any of `collections` (no collections: a screen for everyone). */
export function canSee(roles: readonly Role[], collections: readonly CollectionName[] | undefined): boolean {
  if (!collections || collections.length === 0) return true
  const visible = new Set(collectionsForRoles(roles))
  return collections.some((collection) => visible.has(collection))
}

/** "매력일자리 검토", "강소기업 자격검토 또는 강소기업 심사": the permissions that open a screen (관리자 goes without saying). */
export function permissionsFor(collections: readonly CollectionName[]): string {
  const roles = ROLES.filter((role): role is Role => role !== 'manager' && COLLECTIONS_BY_ROLE[role].some((c) => collections.includes(c)))
  return roles.map((role) => ROLE_LABELS[role]).join(' 또는 ')
}

import type { CollectionName, Role } from '../portal'

/** Which change feeds each role sees (the portal filters feeds the same way; `manager` sees all). */
export const COLLECTIONS_BY_ROLE: Record<Role, readonly CollectionName[]> = {
  manager: ['attractive-jobs', 'sme-applications', 'reemployment-sessions', 'reemployment-registrations'],
  attractive_jobs_reviewer: ['attractive-jobs'],
  sme_screener: ['sme-applications'],
  sme_evaluator: ['sme-applications'],
  reemployment_coordinator: ['reemployment-sessions', 'reemployment-registrations']
}

export function collectionsForRoles(roles: readonly Role[]): CollectionName[] {
  const visible = new Set<CollectionName>()
  for (const role of roles) for (const collection of COLLECTIONS_BY_ROLE[role]) visible.add(collection)
  // Keep the contract's order so sync progress always lists collections the same way.
  return COLLECTIONS_BY_ROLE.manager.filter((c) => visible.has(c))
}

/**
 * Query keys of the review workspace. List and detail keys live in api/queryKeys (['attractiveJobs', …]);
 * the ones here either share that prefix (so one invalidation after a decision reaches them) or are
 * deliberately outside it (the pre-decision refresh must never re-run because a list was invalidated).
 */
export const reviewKeys = {
  dashboard: ['attractiveJobs', 'dashboard'] as const,
  districts: ['reference', 'districts'] as const,
  savedViews: ['attractiveJobs', 'views', 'list'] as const,
  lastView: ['reviewViews', 'last'] as const,
  bulkPreview: (target: unknown, action: string) => ['attractiveJobs', 'bulkPreview', target, action] as const,
  /** Outside the 'attractiveJobs' prefix on purpose. */
  refresh: (id: string, nonce: number) => ['reviewRefresh', id, nonce] as const
}

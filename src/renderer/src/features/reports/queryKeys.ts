/**
 * Query keys of 보고서. The catalog and the saved batches depend on who is signed in, not on the
 * cached records, so no sync or outbox change refetches them (the feature is not in FEATURES); a job is
 * polled by its id while it runs.
 */
export const reportKeys = {
  all: ['reports'] as const,
  catalog: ['reports', 'catalog'] as const,
  batches: ['reports', 'batches'] as const,
  job: (jobId: string) => ['reports', 'job', jobId] as const
}

import type { Migration } from './index'

/**
 * The 매력일자리 review workspace: rule-check results per record (evaluated locally from the year's
 * cached thresholds, so "has failures" and "fails rule X" are indexed filters), the versions of
 * each record this PC has seen (for its history), and saved list views per staff member.
 */
export const migration0030: Migration = {
  version: 30,
  name: 'review-workspace',
  up(db) {
    db.exec(`
      ALTER TABLE attractive_jobs ADD COLUMN rule_failure_count INTEGER;
      CREATE INDEX attractive_jobs_by_rule_failures ON attractive_jobs (rule_failure_count, updated_at);

      CREATE TABLE attractive_job_rule_failures (
        job_id TEXT NOT NULL,
        rule TEXT NOT NULL,
        PRIMARY KEY (job_id, rule)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX attractive_job_rule_failures_by_rule ON attractive_job_rule_failures (rule, job_id);

      CREATE TABLE record_versions (
        collection TEXT NOT NULL,
        record_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        status TEXT,
        updated_at TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (collection, record_id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        staff_id TEXT NOT NULL,
        collection TEXT NOT NULL,
        name TEXT NOT NULL,
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (staff_id, collection, name)
      ) STRICT;
    `)
  }
}

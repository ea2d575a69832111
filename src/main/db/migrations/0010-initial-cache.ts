import type { Migration } from './index'

/**
 * The first cache schema. Per collection: columns for filtering and sorting, the server's JSON as
 * received (`raw`, unknown fields kept) and, while local writes wait in the outbox, the local view
 * (`local_raw`) that the indexed columns reflect. Search: a trigram FTS5 index for terms of three
 * or more characters and a bigram FTS5 index (tokens made in JS) for two-character Korean words,
 * which trigram cannot match. Both are contentless and keyed by the base table's rowid.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'initial-cache',
  up(db) {
    db.exec(`
      CREATE TABLE attractive_jobs (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL,
        program_year INTEGER NOT NULL,
        org_type TEXT NOT NULL,
        org_code TEXT NOT NULL,
        org_name TEXT NOT NULL,
        field TEXT NOT NULL,
        public_type TEXT NOT NULL,
        target_group TEXT NOT NULL,
        title TEXT NOT NULL,
        headcount INTEGER NOT NULL,
        hourly_wage INTEGER NOT NULL,
        submitted_at TEXT NOT NULL,
        raw TEXT NOT NULL,
        local_raw TEXT,
        pulled_at TEXT NOT NULL,
        pull_generation INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX attractive_jobs_by_status_updated ON attractive_jobs (status, updated_at);
      CREATE INDEX attractive_jobs_by_updated ON attractive_jobs (updated_at);
      CREATE INDEX attractive_jobs_by_org ON attractive_jobs (org_type, org_code);
      CREATE INDEX attractive_jobs_by_field ON attractive_jobs (field, updated_at);
      CREATE INDEX attractive_jobs_by_year ON attractive_jobs (program_year, status);

      CREATE TABLE sme_applications (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL,
        stage TEXT,
        round TEXT NOT NULL,
        company_name TEXT NOT NULL,
        business_no TEXT NOT NULL,
        district_code TEXT NOT NULL,
        raw TEXT NOT NULL,
        local_raw TEXT,
        pulled_at TEXT NOT NULL,
        pull_generation INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX sme_applications_by_status_updated ON sme_applications (status, updated_at);
      CREATE INDEX sme_applications_by_updated ON sme_applications (updated_at);
      CREATE INDEX sme_applications_by_round ON sme_applications (round, status);

      CREATE TABLE reemployment_sessions (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL,
        kind TEXT NOT NULL,
        service_type TEXT NOT NULL,
        title TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        capacity INTEGER NOT NULL,
        raw TEXT NOT NULL,
        local_raw TEXT,
        pulled_at TEXT NOT NULL,
        pull_generation INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX reemployment_sessions_by_starts ON reemployment_sessions (starts_at);
      CREATE INDEX reemployment_sessions_by_updated ON reemployment_sessions (updated_at);

      CREATE TABLE reemployment_registrations (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        session_id TEXT NOT NULL,
        status TEXT NOT NULL,
        waitlist_rank INTEGER,
        attendance_status TEXT,
        person_name TEXT NOT NULL,
        phone_last4 TEXT NOT NULL,
        birth_year INTEGER NOT NULL,
        client_ref TEXT,
        raw TEXT NOT NULL,
        local_raw TEXT,
        pulled_at TEXT NOT NULL,
        pull_generation INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX reemployment_registrations_by_session ON reemployment_registrations (session_id, status, waitlist_rank);
      CREATE INDEX reemployment_registrations_by_updated ON reemployment_registrations (updated_at);
      CREATE INDEX reemployment_registrations_by_phone ON reemployment_registrations (phone_last4);
      CREATE UNIQUE INDEX reemployment_registrations_by_client_ref ON reemployment_registrations (client_ref)
        WHERE client_ref IS NOT NULL;

      CREATE TABLE sync_state (
        collection TEXT PRIMARY KEY,
        cursor TEXT,
        last_pulled_at TEXT,
        generation INTEGER NOT NULL DEFAULT 0,
        full_pull_in_progress INTEGER NOT NULL DEFAULT 0,
        search_dirty INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        idempotency_key TEXT NOT NULL UNIQUE,
        collection TEXT NOT NULL,
        record_id TEXT NOT NULL,
        op TEXT NOT NULL,
        base_version INTEGER,
        body TEXT NOT NULL,
        device_time TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        server_record TEXT,
        result TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        completed_at TEXT
      ) STRICT;
      CREATE INDEX outbox_by_state ON outbox (state, record_id, seq);
      CREATE INDEX outbox_by_record ON outbox (collection, record_id, seq);

      CREATE TABLE quarantine (
        id INTEGER PRIMARY KEY,
        collection TEXT NOT NULL,
        item_id TEXT,
        item_version INTEGER,
        raw TEXT NOT NULL,
        error TEXT NOT NULL,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX quarantine_by_item ON quarantine (collection, item_id) WHERE item_id IS NOT NULL;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT,
        action TEXT NOT NULL,
        collection TEXT,
        record_id TEXT,
        reason TEXT,
        detail TEXT,
        device_time TEXT,
        synced_at TEXT
      ) STRICT;
      CREATE INDEX audit_log_by_record ON audit_log (collection, record_id, id);
      CREATE INDEX audit_log_by_at ON audit_log (at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE reference_data (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      ) STRICT;
    `)
    // One pair of search indexes per collection, rowid = the base table's rowid.
    for (const table of ['attractive_jobs', 'sme_applications', 'reemployment_sessions', 'reemployment_registrations']) {
      db.exec(`
        CREATE VIRTUAL TABLE ${table}_trigram USING fts5(
          text, content='', contentless_delete=1, tokenize='trigram'
        );
        CREATE VIRTUAL TABLE ${table}_bigram USING fts5(
          tokens, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
        );
      `)
    }
  }
}

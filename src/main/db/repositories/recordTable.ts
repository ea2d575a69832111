import { hash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { CollectionName } from '../../../shared/portal'
import { prepared, sqlId } from '../statements'
import { buildSearchDocument, escapeLike, planSearch, type SearchDocument } from '../search'
import { referenceLookup, type ReferenceLookup } from './referenceData'

const RECORD_ID_PATTERN = /^[A-Za-z]{1,6}-[A-Za-z0-9-]{2,40}$/

type Db = Database.Database
export type ColumnValue = string | number | null

/**
 * What every cached collection has in common: a narrow row per record with indexed columns; beside
 * it, keyed by the same rowid, the server's JSON (`raw`) and the local view while writes are pending
 * (`local_raw`) in `<table>_json`; and two search indexes keyed by rowid. Each collection's
 * repository describes its columns once and gets these operations.
 *
 * Writing a record is two steps: `prepare` turns a validated record into everything that will be
 * stored (columns, derived data, search document) without touching the database, so a feed page
 * can be prepared on a worker thread; `store` writes a prepared record.
 */
export interface RecordTableSpec<R extends { id: string; version: number; updated_at: string }> {
  table: string
  collection: CollectionName
  /** Extracted columns (besides id, version, updated_at) in table order. */
  columns: readonly string[]
  toColumns(record: R): Record<string, ColumnValue>
  /** `short`: names and titles (both indexes); `long`: free text (bigram index only). */
  searchFields(record: R): { short: string[]; long?: string[]; choseongOf: string }
  /** Columns used for single-character search (LIKE). */
  likeColumns: readonly string[]
  /**
   * Data derived from the visible copy of a record and the cached reference data (e.g. rule-check
   * results): extra columns written with the row, and tags that `storeTags` keeps in a side table.
   */
  derivedColumns?: readonly string[]
  derive?(view: R, reference: ReferenceLookup): Derived
  storeTags?(db: Database.Database, id: string, tags: readonly string[], replacing: boolean): void
  onRemove?(db: Database.Database, id: string): void
}

export type UpsertOutcome = 'inserted' | 'updated' | 'stale'

export interface Derived {
  columns: Record<string, ColumnValue>
  tags?: readonly string[]
}

/** A record ready to be written: plain data only (it may come from a worker thread). */
export interface PreparedRecord {
  id: string
  /** The server's version, status and updated_at (the history of versions seen records these). */
  version: number
  status: string | null
  updatedAt: string
  /**
   * The row's values in the table's `rowColumns` order: from the visible copy, derived columns and the
   * search hash included (an array: cheaper to pass between threads and to bind than an object).
   */
  row: ColumnValue[]
  tags: readonly string[] | null
  search: SearchDocument
  searchHash: string
}

export interface StoreOptions {
  /** The server's JSON text with unknown fields kept, and the local view's when writes are pending. */
  raw: string
  localRaw: string | null
  pulledAt: string
  generation: number
}

export interface UpsertInput<R> {
  /** The record as the server sent it (validated), and its raw JSON text with unknown fields kept. */
  record: R
  raw: string
  /** The local view when writes for this record are pending, else null. */
  local: R | null
  pulledAt: string
  generation: number
}

export interface StoredRecordRow {
  rowid: number
  id: string
  version: number
  raw: string
  local_raw: string | null
  pulled_at: string
  search_hash: string | null
}

export function createRecordTable<R extends { id: string; version: number; updated_at: string }>(spec: RecordTableSpec<R>) {
  const table = sqlId(spec.table)
  const derivedColumns = (spec.derivedColumns ?? []).map(sqlId)
  const json = sqlId(`${spec.table}_json`)
  const rowColumns = ['id', 'version', 'updated_at', ...spec.columns.map(sqlId), ...derivedColumns, 'search_hash']
  const allColumns = [...rowColumns, 'pulled_at', 'pull_generation']
  const insertLocalSql = `INSERT INTO ${table} (${allColumns.join(', ')}) VALUES (${allColumns.map(() => '?').join(', ')})`
  const insertSql = `${insertLocalSql}
    ON CONFLICT (id) DO UPDATE SET ${allColumns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}
    WHERE excluded.version > ${table}.version`
  const upsertJsonSql = `INSERT INTO ${json} (rowid, raw, local_raw) VALUES (?, ?, ?)
    ON CONFLICT (rowid) DO UPDATE SET raw = excluded.raw, local_raw = excluded.local_raw`
  const trigram = `${table}_trigram`
  const bigram = `${table}_bigram`
  const stage = `${table}_search_stage`
  // Built once: a statement is looked up by its text, and a string made per call is hashed per call.
  const SQL = {
    existing: `SELECT rowid, version, search_hash FROM ${table} WHERE id = ?`,
    insertReturning: `${insertSql} RETURNING rowid`,
    markCurrent: `UPDATE ${table} SET pull_generation = ?, pulled_at = ? WHERE id = ?`,
    indexTrigram: `INSERT INTO ${trigram} (rowid, text) VALUES (?, ?)`,
    indexBigram: `INSERT INTO ${bigram} (rowid, tokens) VALUES (?, ?)`,
    unindexTrigram: `DELETE FROM ${trigram} WHERE rowid = ?`,
    unindexBigram: `DELETE FROM ${bigram} WHERE rowid = ?`,
    stage: `INSERT OR REPLACE INTO temp.${stage} (rowid, text, bigrams) VALUES (?, ?, ?)`,
    unstage: `DELETE FROM temp.${stage} WHERE rowid = ?`
  }

  function rowValues(named: Record<string, ColumnValue | undefined>): ColumnValue[] {
    return rowColumns.map((column) => named[column] ?? null)
  }

  /**
   * Everything stored for a record, from the copy the user sees (`view`: the local view while
   * writes are pending, else the server's) and the server's own copy (id, version, history).
   */
  function prepare(server: R, view: R, reference: ReferenceLookup): PreparedRecord {
    const derived = spec.derive?.(view, reference) ?? { columns: {} }
    const { short, long = [], choseongOf } = spec.searchFields(view)
    const search = buildSearchDocument(short, long, choseongOf)
    // Identifies the searchable text, so a write that leaves it unchanged leaves the search indexes alone.
    const searchHash = hash('sha1', `${search.text}\u0000${search.bigrams}`, 'base64')
    return {
      id: server.id,
      version: server.version,
      status: ((server as { status?: unknown }).status as string | undefined) ?? null,
      updatedAt: server.updated_at,
      row: rowValues({
        ...spec.toColumns(view),
        ...derived.columns,
        id: server.id,
        version: server.version,
        updated_at: view.updated_at,
        search_hash: searchHash
      }),
      tags: spec.storeTags ? (derived.tags ?? []) : null,
      search,
      searchHash
    }
  }

  /** Remembers each server version this PC has seen, for the record's history. */
  function recordVersionSeen(db: Db, prepared_: Pick<PreparedRecord, 'id' | 'version' | 'status' | 'updatedAt'>, seenAt: string): void {
    prepared(
      db,
      `INSERT INTO record_versions (collection, record_id, version, status, updated_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`
    ).run(spec.collection, prepared_.id, prepared_.version, prepared_.status, prepared_.updatedAt, seenAt)
  }

  /** `fresh`: the row was just inserted, so no search entry can exist for its rowid yet. */
  function indexRow(db: Db, rowid: number, search: SearchDocument, fresh: boolean): void {
    if (!fresh) unindexRow(db, rowid)
    prepared(db, SQL.indexTrigram).run(rowid, search.text)
    prepared(db, SQL.indexBigram).run(rowid, search.bigrams)
  }

  function unindexRow(db: Db, rowid: number): void {
    prepared(db, SQL.unindexTrigram).run(rowid)
    prepared(db, SQL.unindexBigram).run(rowid)
  }

  /**
   * Search documents of a bulk load wait in a temporary table: inserting them into the FTS indexes
   * page by page costs about three times more than in one statement at the end (each commit flushes
   * and merges index segments).
   */
  const stagedOn = new WeakSet<Db>()
  function ensureStage(db: Db): void {
    if (stagedOn.has(db)) return
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, bigrams TEXT NOT NULL)`)
    stagedOn.add(db)
  }
  function stageSearch(db: Db, rowid: number, search: SearchDocument): void {
    ensureStage(db)
    prepared(db, SQL.stage).run(rowid, search.text, search.bigrams)
  }
  /** A row whose visible copy changed outside the load: its staged document no longer holds. */
  function unstage(db: Db, rowid: number): void {
    if (stagedOn.has(db)) prepared(db, SQL.unstage).run(rowid)
  }

  function storeTags(db: Db, record: PreparedRecord, replacing: boolean): void {
    if (spec.storeTags && record.tags) spec.storeTags(db, record.id, record.tags, replacing)
  }

  /** Not newer than the stored copy, but confirmed current as of now. */
  function markCurrent(db: Db, id: string, options: StoreOptions): void {
    prepared(db, SQL.markCurrent).run(options.generation, options.pulledAt, id)
  }

  /** Never lets an older (or equal) version overwrite what is stored; a stale copy only marks it seen. */
  function store(db: Db, record: PreparedRecord, options: StoreOptions): UpsertOutcome {
    const existing = prepared(db, SQL.existing).get(record.id) as
      | { rowid: number; version: number; search_hash: string | null }
      | undefined
    if (existing && existing.version >= record.version) {
      markCurrent(db, record.id, options)
      return 'stale'
    }
    const info = prepared(db, insertSql).run(...record.row, options.pulledAt, options.generation)
    const rowid = existing ? existing.rowid : Number(info.lastInsertRowid)
    prepared(db, upsertJsonSql).run(rowid, options.raw, options.localRaw)
    // Most updates (a status, a comment, attendance) leave the searchable text as it was.
    if (existing?.search_hash !== record.searchHash) indexRow(db, rowid, record.search, !existing)
    recordVersionSeen(db, record, options.pulledAt)
    storeTags(db, record, existing !== undefined)
    return existing ? 'updated' : 'inserted'
  }

  /**
   * `store` for a bulk load (a full pull into a table that was empty): one statement writes or skips
   * the row, the search document is staged, and the version seen is left for `finishBulkLoad`,
   * which does both for all rows at once.
   */
  function storeBulk(db: Db, record: PreparedRecord, options: StoreOptions): 'stored' | 'stale' {
    const stored = prepared(db, SQL.insertReturning).get(...record.row, options.pulledAt, options.generation) as { rowid: number } | undefined
    if (!stored) {
      markCurrent(db, record.id, options)
      return 'stale'
    }
    prepared(db, upsertJsonSql).run(stored.rowid, options.raw, options.localRaw)
    stageSearch(db, stored.rowid, record.search)
    // The same record may come twice in one load (changed meanwhile): its earlier tags go.
    storeTags(db, record, true)
    return 'stored'
  }

  return {
    table,
    collection: spec.collection,

    rowColumns: rowColumns as readonly string[],
    prepare,
    store,
    storeBulk,

    /** Prepares and stores a server copy here on the main thread (single records: refresh, push answers). */
    upsert(db: Db, input: UpsertInput<R>): UpsertOutcome {
      const record = prepare(input.record, input.local ?? input.record, referenceLookup(db))
      return store(db, record, {
        raw: input.raw,
        localRaw: input.local ? JSON.stringify(input.local) : null,
        pulledAt: input.pulledAt,
        generation: input.generation
      })
    },

    /** Replaces the local view of a stored record (after a local write, or when its pending writes end). */
    setLocalView(db: Db, id: string, local: R | null): void {
      const row = this.getStored(db, id)
      if (!row) return
      const server = JSON.parse(row.raw) as R
      const record = prepare(server, local ?? server, referenceLookup(db))
      // Every column but the record's identity (id) and the server's version.
      const kept = rowColumns.flatMap((column, i) => (column === 'id' || column === 'version' ? [] : [[column, record.row[i] ?? null] as const]))
      prepared(db, `UPDATE ${table} SET ${kept.map(([column]) => `${column} = ?`).join(', ')} WHERE rowid = ?`).run(
        ...kept.map(([, value]) => value),
        row.rowid
      )
      prepared(db, `UPDATE ${json} SET local_raw = ? WHERE rowid = ?`).run(local ? JSON.stringify(local) : null, row.rowid)
      if (row.search_hash !== record.searchHash) indexRow(db, row.rowid, record.search, false)
      unstage(db, row.rowid)
      storeTags(db, record, true)
    },

    /** A record that exists only here so far (a walk-in registered offline): version 0 until confirmed. */
    insertLocal(db: Db, local: R, createdAt: string): void {
      const record = prepare(local, local, referenceLookup(db))
      const values = record.row.map((value, i) => (rowColumns[i] === 'version' ? 0 : value))
      const info = prepared(db, insertLocalSql).run(...values, createdAt, 0)
      const rowid = Number(info.lastInsertRowid)
      const text = JSON.stringify(local)
      prepared(db, upsertJsonSql).run(rowid, text, text)
      indexRow(db, rowid, record.search, true)
      storeTags(db, record, false)
    },

    remove(db: Db, id: string): boolean {
      const row = prepared(db, `SELECT rowid FROM ${table} WHERE id = ?`).get(id) as { rowid: number } | undefined
      if (!row) return false
      unindexRow(db, row.rowid)
      unstage(db, row.rowid)
      prepared(db, `DELETE FROM ${json} WHERE rowid = ?`).run(row.rowid)
      prepared(db, `DELETE FROM ${table} WHERE rowid = ?`).run(row.rowid)
      spec.onRemove?.(db, id)
      return true
    },

    getStored(db: Db, id: string): StoredRecordRow | undefined {
      return prepared(
        db,
        `SELECT r.rowid AS rowid, r.id AS id, r.version AS version, j.raw AS raw, j.local_raw AS local_raw, r.pulled_at AS pulled_at,
           r.search_hash AS search_hash
         FROM ${table} r JOIN ${json} j ON j.rowid = r.rowid WHERE r.id = ?`
      ).get(id) as
        | StoredRecordRow
        | undefined
    },

    /** The record as the user sees it: the local view if writes are pending, else the server's copy. */
    getView(db: Db, id: string): R | undefined {
      const row = this.getStored(db, id)
      return row ? (JSON.parse(row.local_raw ?? row.raw) as R) : undefined
    },

    /** id, version, updated_at and the indexed columns of every record (the CLI's `list`). */
    listSummaries(db: Db, status?: string): Record<string, ColumnValue>[] {
      const columns = ['id', 'version', 'updated_at', ...spec.columns.map(sqlId)].join(', ')
      return (
        status
          ? prepared(db, `SELECT ${columns} FROM ${table} WHERE status = ? ORDER BY id`).all(status)
          : prepared(db, `SELECT ${columns} FROM ${table} ORDER BY id`).all()
      ) as Record<string, ColumnValue>[]
    },

    count(db: Db): number {
      return (prepared(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    },

    /** Removes records a completed full pull did not return, except those in `keep` (pending writes). */
    removeUnseen(db: Db, generation: number, keep: ReadonlySet<string>): number {
      const unseen = prepared(db, `SELECT id FROM ${table} WHERE pull_generation < ?`).all(generation) as { id: string }[]
      let removed = 0
      for (const { id } of unseen) {
        if (keep.has(id)) continue
        if (this.remove(db, id)) removed += 1
      }
      return removed
    },

    isEmpty(db: Db): boolean {
      return prepared(db, `SELECT 1 FROM ${table} LIMIT 1`).get() === undefined
    },

    /**
     * Completes a bulk load: every row's search entries and the versions seen. The stage holds the
     * current document of each row stored in this load; rows it does not hold (a load resumed after
     * a restart, a record changed locally meanwhile) are indexed from their JSON. Nothing here reads
     * the JSON of the other rows: at 100k records four scans of it cost seconds. `withOpenWrites`:
     * records whose row shows a local view (their server status comes from the JSON). A record that
     * changed twice during the load keeps only the later version in its history.
     */
    finishBulkLoad(db: Db, withOpenWrites: ReadonlySet<string>): void {
      ensureStage(db)
      db.exec(`DELETE FROM ${trigram}; DELETE FROM ${bigram};`)
      const staged = `FROM temp.${stage} s WHERE EXISTS (SELECT 1 FROM ${table} t WHERE t.rowid = s.rowid)`
      db.exec(`INSERT INTO ${trigram} (rowid, text) SELECT s.rowid, s.text ${staged}; INSERT INTO ${bigram} (rowid, tokens) SELECT s.rowid, s.bigrams ${staged};`)
      const uncovered = prepared(db, `SELECT t.rowid AS rowid FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM temp.${stage} s WHERE s.rowid = t.rowid)`).all() as {
        rowid: number
      }[]
      for (const { rowid } of uncovered) {
        const row = prepared(db, `SELECT raw, local_raw FROM ${json} WHERE rowid = ?`).get(rowid) as { raw: string; local_raw: string | null }
        const { short, long = [], choseongOf } = spec.searchFields(JSON.parse(row.local_raw ?? row.raw) as R)
        indexRow(db, rowid, buildSearchDocument(short, long, choseongOf), true)
      }
      db.exec(`DELETE FROM temp.${stage}`)
      for (const id of withOpenWrites) {
        const stored = this.getStored(db, id)
        if (!stored || stored.version === 0) continue
        const server = JSON.parse(stored.raw) as R & { status?: string }
        recordVersionSeen(db, { id, version: server.version, status: server.status ?? null, updatedAt: server.updated_at }, stored.pulled_at)
      }
      prepared(
        db,
        `INSERT INTO record_versions (collection, record_id, version, status, updated_at, seen_at)
         SELECT ?, id, version, status, updated_at, pulled_at FROM ${table} WHERE version > 0
         ON CONFLICT DO NOTHING`
      ).run(spec.collection)
    },

    /**
     * Merges each search index into one segment, after a full pull or rebuild: otherwise the next
     * delta pull's first updates pay for merging the many segments a bulk load leaves (at 100k
     * records: ~0.8 s instead of ~0.15 s per 1,000 updates).
     */
    optimizeSearch(db: Db): void {
      db.exec(`INSERT INTO ${trigram} (${trigram}) VALUES ('optimize'); INSERT INTO ${bigram} (${bigram}) VALUES ('optimize');`)
    },

    /**
     * SQL fragment (with its parameters) restricting `${table}` rows to a Korean search, or null
     * when the query is empty. Used inside each repository's list query.
     */
    searchCondition(query: string | undefined): { sql: string; params: ColumnValue[] } | null {
      if (!query) return null
      const plan = planSearch(query)
      if (!plan) return null
      const parts: string[] = []
      const params: ColumnValue[] = []
      if (plan.bigram && plan.trigram) {
        parts.push(
          `${table}.rowid IN (SELECT rowid FROM ${trigram} WHERE ${trigram} MATCH ? UNION SELECT rowid FROM ${bigram} WHERE ${bigram} MATCH ?)`
        )
        params.push(plan.trigram, plan.bigram)
      } else if (plan.bigram) {
        parts.push(`${table}.rowid IN (SELECT rowid FROM ${bigram} WHERE ${bigram} MATCH ?)`)
        params.push(plan.bigram)
      }
      for (const char of plan.like) {
        const ors = spec.likeColumns.map((c) => `${table}.${sqlId(c)} LIKE ? ESCAPE '\\'`)
        parts.push(`(${ors.join(' OR ')})`)
        for (let i = 0; i < spec.likeColumns.length; i += 1) params.push(`%${escapeLike(char)}%`)
      }
      // A record id typed or pasted (AJ-2026-000012, e.g. from 확인 필요 or the CLI) finds that record too.
      const trimmed = query.trim()
      if (RECORD_ID_PATTERN.test(trimmed)) {
        return { sql: `((${parts.join(' AND ')}) OR ${table}.id = ? COLLATE NOCASE)`, params: [...params, trimmed] }
      }
      return { sql: parts.join(' AND '), params }
    }
  }
}

export type RecordTable<R extends { id: string; version: number; updated_at: string }> = ReturnType<typeof createRecordTable<R>>

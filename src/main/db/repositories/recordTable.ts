import { hash } from 'node:crypto'
import type { Db } from '../types'
import type { CollectionName } from '../../../shared/portal'
import { prepared, sqlId } from '../statements'
import type { SearchDocument } from '../search'
import { createRecordSearch, searchDocumentOf, type SearchFields } from './recordSearch'

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
export interface RecordTableSpec<R extends { id: string; version: number; updated_at: string }, L = undefined, S = readonly string[]> {
  table: string
  collection: CollectionName
  /** Extracted columns (besides id, version, updated_at) in table order. */
  columns: readonly string[]
  toColumns(record: R): Record<string, ColumnValue>
  searchFields: SearchFields<R>
  /** Columns used for single-character search (LIKE). */
  likeColumns: readonly string[]
  /**
   * Data derived from the visible copy of a record and the cached reference data (e.g. rule-check
   * results, score sheets): extra columns written with the row, and side data (`S`) that `storeSide`
   * keeps in the domain's side tables. `S` is plain data: a feed page is derived on the decode worker
   * and the result crosses to the main thread by structured clone.
   */
  derivedColumns?: readonly string[]
  derive?(view: R, reference: L): Derived<S>
  /** The reference data `derive` reads, from the database (on a worker thread it comes from a snapshot). */
  liveReference?(db: Db): L
  /** Writes a record's side data; `replacing`: the record may have side rows already (delete them first). */
  storeSide?(db: Db, id: string, side: S, replacing: boolean): void
  onRemove?(db: Db, id: string): void
}

export type UpsertOutcome = 'inserted' | 'updated' | 'stale'

export interface Derived<S = readonly string[]> {
  columns: Record<string, ColumnValue>
  /** What `storeSide` writes beside the row (a table with `storeSide` derives it for every record). */
  side?: S
}

/** A record ready to be written: plain data only (it may come from a worker thread). */
export interface PreparedRecord<S = unknown> {
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
  /** The derived side data (null: the table keeps none, or `derive` gave none). */
  side: S | null
  search: SearchDocument
  searchHash: string
}

/**
 * A record's JSON as the server sent it: text, or the UTF-8 bytes of the feed page it came in
 * (stored as text all the same; the bytes spare a bulk load a conversion to and from UTF-16).
 */
export type RawJson = string | Uint8Array

const utf8 = new TextDecoder()

export function rawJsonText(raw: RawJson): string {
  return typeof raw === 'string' ? raw : utf8.decode(raw)
}

export interface StoreOptions {
  /** The server's JSON with unknown fields kept, and the local view's text when writes are pending. */
  raw: RawJson
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

/** A bulk load in progress on one connection (see `beginBulkLoad`). */
export interface BulkLoad<S = unknown> {
  store(record: PreparedRecord<S>, options: StoreOptions): 'stored' | 'stale'
  /**
   * Indexes up to `limit` more staged search documents; false when none were left, or fewer than
   * `atLeast` (indexing a few at a time makes many small index segments, each merged again later).
   */
  indexStep(limit: number, atLeast?: number): boolean
  /** The last step: documents not yet indexed, then the versions seen; `withOpenWrites` show a local view. */
  finish(withOpenWrites: ReadonlySet<string>): void
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

export function createRecordTable<R extends { id: string; version: number; updated_at: string }, L = undefined, S = readonly string[]>(
  spec: RecordTableSpec<R, L, S>
) {
  const table = sqlId(spec.table)
  const derivedColumns = (spec.derivedColumns ?? []).map(sqlId)
  const json = sqlId(`${spec.table}_json`)
  const rowColumns = ['id', 'version', 'updated_at', ...spec.columns.map(sqlId), ...derivedColumns, 'search_hash']
  const allColumns = [...rowColumns, 'pulled_at', 'pull_generation']
  // A local view rewrites every column but the record's identity (id) and the server's version.
  const isLocalViewColumn = rowColumns.map((column) => column !== 'id' && column !== 'version')
  const insertLocalSql = `INSERT INTO ${table} (${allColumns.join(', ')}) VALUES (${allColumns.map(() => '?').join(', ')})`
  const insertSql = `${insertLocalSql}
    ON CONFLICT (id) DO UPDATE SET ${allColumns
      .filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}
    WHERE excluded.version > ${table}.version`
  // CAST: JSON passed as bytes is stored as the text it is (a no-op for a string).
  const upsertJsonSql = `INSERT INTO ${json} (rowid, raw, local_raw) VALUES (?, CAST(? AS TEXT), ?)
    ON CONFLICT (rowid) DO UPDATE SET raw = excluded.raw, local_raw = excluded.local_raw`
  const search = createRecordSearch<R>({ table, json, searchFields: spec.searchFields, likeColumns: spec.likeColumns })
  // Built once: a statement is looked up by its text, and a string made per call is hashed per call.
  const SQL = {
    existing: `SELECT rowid, version, search_hash FROM ${table} WHERE id = ?`,
    insertReturning: `${insertSql} RETURNING rowid`,
    markCurrent: `UPDATE ${table} SET pull_generation = ?, pulled_at = ? WHERE id = ?`,
    setLocalView: `UPDATE ${table} SET ${rowColumns.filter((_, i) => isLocalViewColumn[i]).map((column) => `${column} = ?`).join(', ')} WHERE rowid = ?`
  }

  const liveReference = (db: Db): L => spec.liveReference?.(db) as L

  function rowValues(named: Record<string, ColumnValue | undefined>): ColumnValue[] {
    return rowColumns.map((column) => named[column] ?? null)
  }

  /**
   * Everything stored for a record, from the copy the user sees (`view`: the local view while
   * writes are pending, else the server's) and the server's own copy (id, version, history).
   */
  function prepare(server: R, view: R, reference: L): PreparedRecord<S> {
    const derived: Derived<S> = spec.derive?.(view, reference) ?? { columns: {} }
    const document = searchDocumentOf(spec.searchFields, view)
    // Identifies the searchable text, so a write that leaves it unchanged leaves the search indexes alone.
    const searchHash = hash('sha1', `${document.text}\u0000${document.bigrams}`, 'base64')
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
      side: spec.storeSide ? (derived.side ?? null) : null,
      search: document,
      searchHash
    }
  }

  /** Remembers each server version this PC has seen, for the record's history. */
  function recordVersionSeen(db: Db, seen: Pick<PreparedRecord, 'id' | 'version' | 'status' | 'updatedAt'>, seenAt: string): void {
    prepared(
      db,
      `INSERT INTO record_versions (collection, record_id, version, status, updated_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`
    ).run(spec.collection, seen.id, seen.version, seen.status, seen.updatedAt, seenAt)
  }

  function storeSide(db: Db, record: PreparedRecord<S>, replacing: boolean): void {
    if (spec.storeSide && record.side !== null) spec.storeSide(db, record.id, record.side, replacing)
  }

  /** Not newer than the stored copy, but confirmed current as of now. */
  function markCurrent(db: Db, id: string, options: StoreOptions): void {
    prepared(db, SQL.markCurrent).run(options.generation, options.pulledAt, id)
  }

  /** Never lets an older (or equal) version overwrite what is stored; a stale copy only marks it seen. */
  function store(db: Db, record: PreparedRecord<S>, options: StoreOptions): UpsertOutcome {
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
    if (existing?.search_hash !== record.searchHash) search.index(db, rowid, record.search, !existing)
    recordVersionSeen(db, record, options.pulledAt)
    storeSide(db, record, existing !== undefined)
    return existing ? 'updated' : 'inserted'
  }

  /**
   * `store` for a bulk load (a full pull into a table that was empty): one statement writes or skips
   * the row, the search document is staged, and the version seen is left for `completeBulkFinish`,
   * which records them for all rows at once.
   */
  function storeBulk(db: Db, record: PreparedRecord<S>, options: StoreOptions): 'stored' | 'stale' {
    const stored = prepared(db, SQL.insertReturning).get(...record.row, options.pulledAt, options.generation) as { rowid: number } | undefined
    if (!stored) {
      markCurrent(db, record.id, options)
      return 'stale'
    }
    prepared(db, upsertJsonSql).run(stored.rowid, options.raw, options.localRaw)
    search.stage(db, stored.rowid, record.search)
    // The same record may come twice in one load (changed meanwhile): its earlier side rows go.
    storeSide(db, record, true)
    return 'stored'
  }

  function getStored(db: Db, id: string): StoredRecordRow | undefined {
    return prepared(
      db,
      `SELECT r.rowid AS rowid, r.id AS id, r.version AS version, j.raw AS raw, j.local_raw AS local_raw, r.pulled_at AS pulled_at,
         r.search_hash AS search_hash
       FROM ${table} r JOIN ${json} j ON j.rowid = r.rowid WHERE r.id = ?`
    ).get(id) as
      | StoredRecordRow
      | undefined
  }

  /**
   * The last step: rows the stage does not hold, then the versions seen. `withOpenWrites`: records
   * whose row shows a local view (their server status comes from the JSON). A record that changed
   * twice during the load keeps only the later version in its history.
   */
  function completeBulkFinish(db: Db, withOpenWrites: ReadonlySet<string>): void {
    search.indexUnstaged(db)
    for (const id of withOpenWrites) {
      const stored = getStored(db, id)
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
  }

  return {
    table,
    collection: spec.collection,

    rowColumns: rowColumns as readonly string[],
    prepare,
    store,

    /** Prepares and stores a server copy here on the main thread (single records: refresh, push answers). */
    upsert(db: Db, input: UpsertInput<R>): UpsertOutcome {
      const record = prepare(input.record, input.local ?? input.record, liveReference(db))
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
      const record = prepare(server, local ?? server, liveReference(db))
      prepared(db, SQL.setLocalView).run(...record.row.filter((_, i) => isLocalViewColumn[i]), row.rowid)
      prepared(db, `UPDATE ${json} SET local_raw = ? WHERE rowid = ?`).run(local ? JSON.stringify(local) : null, row.rowid)
      if (row.search_hash !== record.searchHash) search.index(db, row.rowid, record.search, false)
      storeSide(db, record, true)
    },

    /**
     * Derives a stored record again from the copy the user sees, its JSON left as it is: after the
     * reference data its derived columns read changed, or after a migration added derived data
     * that only code computes. Returns false when the record is not cached.
     */
    rederive(db: Db, id: string): boolean {
      const row = getStored(db, id)
      if (!row) return false
      const server = JSON.parse(row.raw) as R
      const record = prepare(server, row.local_raw ? (JSON.parse(row.local_raw) as R) : server, liveReference(db))
      prepared(db, SQL.setLocalView).run(...record.row.filter((_, i) => isLocalViewColumn[i]), row.rowid)
      if (row.search_hash !== record.searchHash) search.index(db, row.rowid, record.search, false)
      storeSide(db, record, true)
      return true
    },

    /** A record that exists only here so far (a walk-in registered offline): version 0 until confirmed. */
    insertLocal(db: Db, local: R, createdAt: string): void {
      const record = prepare(local, local, liveReference(db))
      const values = record.row.map((value, i) => (rowColumns[i] === 'version' ? 0 : value))
      const info = prepared(db, insertLocalSql).run(...values, createdAt, 0)
      const rowid = Number(info.lastInsertRowid)
      const text = JSON.stringify(local)
      prepared(db, upsertJsonSql).run(rowid, text, text)
      search.index(db, rowid, record.search, true)
      storeSide(db, record, false)
    },

    remove(db: Db, id: string): boolean {
      const row = prepared(db, `SELECT rowid FROM ${table} WHERE id = ?`).get(id) as { rowid: number } | undefined
      if (!row) return false
      search.unindex(db, row.rowid)
      prepared(db, `DELETE FROM ${json} WHERE rowid = ?`).run(row.rowid)
      prepared(db, `DELETE FROM ${table} WHERE rowid = ?`).run(row.rowid)
      spec.onRemove?.(db, id)
      return true
    },

    getStored,

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
     * Begins (or, in a new connection after a restart, resumes) a bulk load of this table: records
     * are stored by `store` below, search documents wait in a stage and are indexed a step at a
     * time, versions seen are recorded at the end. Until `finish`, every search write of this table
     * in this connection goes through the load's stage.
     */
    beginBulkLoad(db: Db): BulkLoad<S> {
      search.beginLoad(db)
      return {
        store: (record, options) => storeBulk(db, record, options),
        indexStep: (limit, atLeast) => search.indexStaged(db, limit, atLeast),
        finish: (withOpenWrites) => completeBulkFinish(db, withOpenWrites)
      }
    },

    /** Merges each search index into one segment (after a full pull). */
    optimizeSearch: search.optimize,

    /** SQL fragment (with its parameters) restricting the table's rows to a Korean search, or null for no search. */
    searchCondition: search.condition
  }
}

export type RecordTable<R extends { id: string; version: number; updated_at: string }, L = unknown, S = unknown> = ReturnType<
  typeof createRecordTable<R, L, S>
>

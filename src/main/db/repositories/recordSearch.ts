import type { Db } from '../types'
import { prepared, sqlId } from '../statements'
import { buildSearchDocument, escapeLike, planSearch, syllableRangeOf, type SearchDocument } from '../search'

type ColumnValue = string | number | null

const RECORD_ID_PATTERN = /^[A-Za-z]{1,6}-[A-Za-z0-9-]{2,40}$/

/** The Hangul syllables 가–힣: a string starting with one sorts from `first` to before `end`. */
const SYLLABLES = { first: '\uac00', end: '\ud7a4' }

/**
 * Characters a title may start with that its 초성 string leaves out (ASCII, spaces, common brackets
 * and marks), skipped before a single 초성 is compared with the title's first syllable.
 */
const NOT_CHOSEONG_LEADERS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') + '\t\n\r「」『』【】〈〉《》〔〕［］（）·•○●◎◇◆□■△▲▷▶※★☆‘’“”…–—'

/** `short`: names and titles (both indexes); `long`: free text (bigram index only). */
export type SearchFields<R> = (record: R) => { short: string[]; long?: string[]; choseongOf: string }

export function searchDocumentOf<R>(searchFields: SearchFields<R>, record: R): SearchDocument {
  const { short, long = [], choseongOf } = searchFields(record)
  return buildSearchDocument(short, long, choseongOf)
}

/** FTS5's own defaults: segments are merged as they accumulate, four of a level at a time. */
const DEFAULT_MERGING = { automerge: 4, crisismerge: 16 }
/**
 * During a bulk load each step writes a segment and nothing is merged until the load's one
 * `optimize`: merging level by level as the steps come cost 1.5–4 s more at 100k records. A load of
 * 100k records leaves ~20 segments per index; past 128 of a level FTS5 still merges (its structure
 * holds at most 2,000 segments, and search slows with every one).
 */
const LOAD_MERGING = { automerge: 0, crisismerge: 128 }

/**
 * The two search indexes of a record table (`<table>_trigram`, `<table>_bigram`, keyed by the row's
 * rowid) and, during a bulk load, the stage its documents wait in. Staged documents are indexed in
 * steps of thousands (one statement per index and step): inserting them page by page, each commit
 * flushing and merging index segments, cost about three times more. Steps run while the pull waits
 * for the next page and at the end; `indexedThrough` marks how far they got, and a staged row at or
 * below it (a record stored again, a reused rowid) is indexed at once instead.
 */
export function createRecordSearch<R>(options: { table: string; json: string; searchFields: SearchFields<R>; likeColumns: readonly string[] }) {
  const { table, json } = options
  // The first like column holds the text whose 초성 is indexed (a title, a name): a single 초성 matches its start.
  const choseongColumn = options.likeColumns[0]
  const trigram = `${table}_trigram`
  const bigram = `${table}_bigram`
  const stage = `${table}_search_stage`
  // Built once: a statement is looked up by its text, and a string made per call is hashed per call.
  const SQL = {
    indexTrigram: `INSERT INTO ${trigram} (rowid, text) VALUES (?, ?)`,
    indexBigram: `INSERT INTO ${bigram} (rowid, tokens) VALUES (?, ?)`,
    unindexTrigram: `DELETE FROM ${trigram} WHERE rowid = ?`,
    unindexBigram: `DELETE FROM ${bigram} WHERE rowid = ?`,
    stage: `INSERT OR REPLACE INTO temp.${stage} (rowid, text, bigrams) VALUES (?, ?, ?)`,
    unstage: `DELETE FROM temp.${stage} WHERE rowid = ?`
  }
  /**
   * The bulk loads under way, per connection (the stage is a temp table of that connection), each
   * with how far its staged documents have been indexed. A load is begun explicitly by the bulk
   * writer and ended by `indexUnstaged`; while one runs, every search write of this table in that
   * connection (a local write, a push answer) goes through its stage, so the load's steps never
   * index an outdated document.
   */
  const loads = new WeakMap<Db, { indexedThrough: number }>()

  function loadOf(db: Db): { indexedThrough: number } {
    const load = loads.get(db)
    if (!load) throw new Error(`no bulk load of ${table} has begun in this connection`)
    return load
  }

  function setMerging(db: Db, merging: { automerge: number; crisismerge: number }): void {
    for (const index of [trigram, bigram]) {
      // FTS5 refuses these settings as REAL, which is how a JS number is bound; a BigInt binds as INTEGER.
      prepared(db, `INSERT INTO ${index} (${index}, rank) VALUES ('automerge', ?)`).run(BigInt(merging.automerge))
      prepared(db, `INSERT INTO ${index} (${index}, rank) VALUES ('crisismerge', ?)`).run(BigInt(merging.crisismerge))
    }
  }

  function deleteEntries(db: Db, rowid: number): void {
    prepared(db, SQL.unindexTrigram).run(rowid)
    prepared(db, SQL.unindexBigram).run(rowid)
  }

  function writeEntries(db: Db, rowid: number, document: SearchDocument, fresh: boolean): void {
    if (!fresh) deleteEntries(db, rowid)
    prepared(db, SQL.indexTrigram).run(rowid, document.text)
    prepared(db, SQL.indexBigram).run(rowid, document.bigrams)
  }

  /** The row's current document goes to the stage, and into the indexes too once the steps are past its rowid. */
  function stageIn(db: Db, load: { indexedThrough: number }, rowid: number, document: SearchDocument): void {
    prepared(db, SQL.stage).run(rowid, document.text, document.bigrams)
    if (rowid <= load.indexedThrough) writeEntries(db, rowid, document, false)
  }

  const search = {
    /**
     * Starts the load's search entries afresh (once per connection): the table was empty when the
     * load began, and entries written before (an earlier session cut off, a local write) belong to
     * rows the stage does not hold, which `indexUnstaged` indexes from their JSON at the end.
     */
    beginLoad(db: Db): void {
      if (loads.has(db)) return
      db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${stage} (rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, bigrams TEXT NOT NULL);
        DELETE FROM temp.${stage}; DELETE FROM ${trigram}; DELETE FROM ${bigram};`)
      setMerging(db, LOAD_MERGING)
      loads.set(db, { indexedThrough: 0 })
    },

    unindex(db: Db, rowid: number): void {
      deleteEntries(db, rowid)
      if (loads.has(db)) prepared(db, SQL.unstage).run(rowid)
    },

    /**
     * `fresh`: the row was just inserted, so no search entry can exist for its rowid yet. While a bulk
     * load runs in this connection, every document goes through its stage (a local write, a push
     * answer), so the load's steps never index an outdated one.
     */
    index(db: Db, rowid: number, document: SearchDocument, fresh: boolean): void {
      const load = loads.get(db)
      if (load) stageIn(db, load, rowid, document)
      else writeEntries(db, rowid, document, fresh)
    },

    /** A bulk-loaded row's document. */
    stage(db: Db, rowid: number, document: SearchDocument): void {
      stageIn(db, loadOf(db), rowid, document)
    },

    /**
     * Indexes up to `limit` more staged documents; false when none were left, or fewer than
     * `atLeast` (indexing a few at a time makes many small index segments, each merged again later).
     */
    indexStaged(db: Db, limit: number, atLeast = 1): boolean {
      const load = loadOf(db)
      const after = load.indexedThrough
      const next = prepared(db, `SELECT count(*) AS rows, max(rowid) AS last FROM (SELECT rowid FROM temp.${stage} WHERE rowid > ? ORDER BY rowid LIMIT ?)`).get(after, limit) as {
        rows: number
        last: number | null
      }
      if (next.last === null || next.rows < atLeast) return false
      const last = next.last
      const staged = `FROM temp.${stage} s WHERE s.rowid > ? AND s.rowid <= ? AND EXISTS (SELECT 1 FROM ${table} t WHERE t.rowid = s.rowid)`
      prepared(db, `INSERT INTO ${trigram} (rowid, text) SELECT s.rowid, s.text ${staged}`).run(after, last)
      prepared(db, `INSERT INTO ${bigram} (rowid, tokens) SELECT s.rowid, s.bigrams ${staged}`).run(after, last)
      load.indexedThrough = last
      return true
    },

    /**
     * The last step: rows the stage does not hold (a load resumed after a restart: stored by the
     * session before) are indexed from their JSON; nothing else reads record JSON (at 100k
     * records a scan of it costs seconds). Staged documents not indexed yet go first. The stage is emptied.
     */
    indexUnstaged(db: Db): void {
      search.indexStaged(db, Number.MAX_SAFE_INTEGER)
      const unstaged = prepared(db, `SELECT t.rowid AS rowid FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM temp.${stage} s WHERE s.rowid = t.rowid)`).all() as {
        rowid: number
      }[]
      for (const { rowid } of unstaged) {
        const row = prepared(db, `SELECT raw, local_raw FROM ${json} WHERE rowid = ?`).get(rowid) as { raw: string; local_raw: string | null }
        // Fresh: the load's start in this connection cleared every entry, and since then only staged rows got any.
        writeEntries(db, rowid, searchDocumentOf(options.searchFields, JSON.parse(row.local_raw ?? row.raw) as R), true)
      }
      db.exec(`DELETE FROM temp.${stage}`)
      setMerging(db, DEFAULT_MERGING)
      loads.delete(db)
    },

    /**
     * Merges each index into one segment: otherwise the next delta pull's first updates pay for
     * merging the many segments a bulk load leaves (at 100k records ~0.8 s instead of ~0.15 s per 1,000).
     */
    optimize(db: Db): void {
      db.exec(`INSERT INTO ${trigram} (${trigram}) VALUES ('optimize'); INSERT INTO ${bigram} (${bigram}) VALUES ('optimize');`)
    },

    /**
     * SQL fragment (with its parameters) restricting `${table}` rows to a Korean search, or null
     * when the query is empty. Used inside each repository's list query. `scansRows`: no index
     * answers it (single characters, a single 초성), so every row's columns are read.
     */
    condition(query: string | undefined): { sql: string; params: ColumnValue[]; scansRows: boolean } | null {
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
      if (plan.initials.length > 0 && choseongColumn) {
        // Nearly every title starts with a syllable and is compared as it is (two string comparisons
        // per row). The 초성 string drops what is not Hangul, so for the few titles that start with
        // 「, (, digits… those are skipped first; AND and OR stop at the first branch that decides.
        const column = `${table}.${sqlId(choseongColumn)}`
        const trimmed = `ltrim(${column}, ?)`
        for (const initial of plan.initials) {
          const range = syllableRangeOf(initial)
          if (!range) continue
          parts.push(
            `((${column} >= ? AND ${column} < ?) OR (NOT (${column} >= ? AND ${column} < ?) AND ` +
              `((${trimmed} >= ? AND ${trimmed} < ?) OR substr(${trimmed}, 1, 1) = ?)))`
          )
          params.push(range.first, range.end, SYLLABLES.first, SYLLABLES.end)
          params.push(NOT_CHOSEONG_LEADERS, range.first, NOT_CHOSEONG_LEADERS, range.end, NOT_CHOSEONG_LEADERS, initial)
        }
      }
      for (const char of plan.like) {
        const ors = options.likeColumns.map((c) => `${table}.${sqlId(c)} LIKE ? ESCAPE '\\'`)
        parts.push(`(${ors.join(' OR ')})`)
        for (let i = 0; i < options.likeColumns.length; i += 1) params.push(`%${escapeLike(char)}%`)
      }
      // A record id typed or pasted (AJ-2026-000012, e.g. from 확인 필요 or the CLI) finds that record too.
      const trimmed = query.trim()
      const scansRows = plan.bigram === null
      if (RECORD_ID_PATTERN.test(trimmed)) {
        return { sql: `((${parts.join(' AND ')}) OR ${table}.id = ? COLLATE NOCASE)`, params: [...params, trimmed], scansRows }
      }
      return { sql: parts.join(' AND '), params, scansRows }
    }
  }
  return search
}

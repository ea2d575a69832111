import { josa } from 'es-hangul'
import type { z } from 'zod'
import type { Channel } from '../../shared/ipc/contract'
import type { ContractPart } from '../../shared/ipc/contractParts'
import type { PersonalField } from '../../shared/domain/personalData'
import type { RecordLookupHit } from '../../shared/ipc/lookupViews'
import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import type { CoreContext } from '../core/context'
import type { Handlers } from '../core/dispatch'
import type { RecordTable } from '../db/repositories/recordTable'
import type { Db } from '../db/types'
import type { PortalClient } from '../sync/portalClient'
import type { AnyWriteOp } from './ops'
import type { ReportSpec } from '../reports/types'

export type { AnyWriteOp, OpMeta, WriteOp, WriteRequest } from './ops'
export { defineOp } from './ops'

/**
 * Declares a collection with its record type checked, and hands it to the registry: generic code
 * handles its records as AnyCollectionRecord, each validated by the collection's own schema.
 */
export function defineCollection<R extends AnyCollectionRecord, L, S>(spec: CollectionSpec<R, L, S>): CollectionSpec {
  return spec as unknown as CollectionSpec
}

/** A change-feed collection the domain caches. */
export interface CollectionSpec<R extends AnyCollectionRecord = AnyCollectionRecord, L = unknown, S = unknown> {
  name: CollectionName
  schema: z.ZodType<R>
  /** `L`: the reference data its derived columns read (see DomainReference); `S`: the side data they store. */
  table: RecordTable<R, L, S>
  /** A name a person recognises for a record (its title, company, participant and session). */
  titleOf(record: R): string
  /** Rows for the CLI's `list` (default: the table's typed columns); `onlyFailing` where rule checks exist. */
  summaries?(db: Db, options: { status?: string | undefined; onlyFailing: boolean }): Record<string, unknown>[]
  /** Whether `onlyFailing` means anything here (the CLI refuses `--failing` otherwise). */
  hasRuleChecks?: boolean
  /**
   * Where its records name a person (name, phone, e-mail), each masked by the one rule: a copy kept
   * outside the schema-checked cache — a quarantined item — is masked there by these paths.
   */
  personalFields?: readonly PersonalField[]
}

/** What a domain's retention (파기) did: records removed, and those kept because writes of them still wait. */
export interface RetentionOutcome {
  purged: number
  keptForOpenWrites: number
}

/**
 * The reference data a domain needs offline (yearly thresholds, criteria…): how it is fetched
 * around the pull, and how the derived columns read it — from the database on the main thread, or
 * from a snapshot of plain data posted to the decode worker.
 */
export interface DomainReference<Lookup> {
  /** Before the domain's feeds are pulled, so records are checked once as they arrive. */
  refreshBeforePull?(db: Db, client: PortalClient, now: Date): Promise<void>
  /** After the pull: what only the pulled records revealed (e.g. a program year not seen before). */
  refreshAfterPull?(db: Db, client: PortalClient, now: Date): Promise<void>
  snapshot(db: Db): unknown
  fromSnapshot(snapshot: unknown): Lookup
}

/**
 * 명령 팔레트's look-up of one collection of a domain: a few words, an id or part of one, answered
 * from the collection's own search index (the same the lists search). Never a collection of people.
 */
export interface RecordLookup {
  /** The collection its hits open (the caller's roles must cover it, or it is never asked). */
  collection: CollectionName
  /** At most `limit` records matching `text` (trimmed, two characters or more), most recent first. */
  find(db: Db, text: string, limit: number): Omit<RecordLookupHit, 'collection'>[]
}

/** An option a domain's CLI command reads (`--stage S`, `--note …`); the CLI parses them all. */
export interface CliOption {
  type: 'string' | 'boolean'
}

/**
 * A CLI command: parsed arguments in, one contract call out (validated and checked by dispatch).
 * `prints`: 'queued' (the default) — the call queues one write and the CLI prints its outbox entry;
 * 'answer' — the CLI prints the answer, shaped by `output`, as JSON with `--json`, else as a table.
 */
export interface CliCommand {
  name: string
  /** One usage line, shown by `--help`. */
  usage: string
  prints?: 'queued' | 'answer'
  /** The options it reads besides the CLI's own (`--json`, `--data-dir`, …), by name without the dashes. */
  options?: Readonly<Record<string, CliOption>>
  /** Throws CliUsageError (a one-line Korean reason) when the arguments do not fit. */
  toCall(args: CliArgs): { channel: Channel; input: unknown }
  /**
   * The answer as printed: rows (an array) or one object (default: the answer itself). Throws
   * CliRefusal when the answer means the command did not do what was asked (e.g. a batch that skipped it).
   */
  output?(value: unknown): unknown
  /** The file the command reads (`import SESSION FILE`): the CLI's open dialog answers with this path. */
  inputFile?(args: CliArgs): string
  /**
   * A second call made with the first one's answer (a preview, then its confirmation); null: none.
   * `output` then shapes the second answer.
   */
  followUp?(value: unknown, args: CliArgs): { channel: Channel; input: unknown } | null
}

export interface CliArgs {
  positionals: string[]
  /** String options as given; a boolean option is "true" when set. */
  options: Readonly<Record<string, string | undefined>>
  now: Date
}

export class CliUsageError extends Error {}

/** The command ran but could not do what was asked: a one-line Korean reason, exit 1. */
export class CliRefusal extends Error {}

/** An argument a CLI command cannot do without: its value, or a one-line Korean reason. */
export function requireArg(value: string | undefined, what: string): string {
  if (!value) throw new CliUsageError(`${josa(what, '이/가')} 필요합니다.`)
  return value
}

export type HandlersOf<P extends ContractPart> = Pick<Handlers, Extract<keyof P, Channel>>

/** What a domain's handlers get: the core's context, with writes queued through the outbox. */
export type DomainContext = CoreContext

/**
 * What a domain (매력일자리, 재취업, 강소기업, …) declares about itself, in one object. Generic code —
 * sync, reference refresh, the outbox, the 확인 필요 texts, the CLI — loops over the registered
 * domains (registry.ts) and never names one.
 */
export interface Domain<P extends ContractPart = ContractPart> {
  /** Also the key of its reference snapshot. */
  name: string
  collections: readonly CollectionSpec[]
  ops: readonly AnyWriteOp[]
  reference?: DomainReference<unknown>
  contract: P
  handlers(ctx: DomainContext): HandlersOf<P>
  cli?: readonly CliCommand[]
  /**
   * Run once each time the cache is opened, after its migrations: brings derived data that only
   * code computes up to date for rows a migration left without it (a migration cannot run domain
   * code). Cheap when there is nothing to do — it is on every start.
   */
  repairDerived?(db: Db): void
  /**
   * 파기: removes cached records whose 보유기간 ended before `cutoffDate` (a Seoul date, YYYY-MM-DD)
   * from the cache, its search index and side data — except those with writes still to send or
   * waiting in 확인 필요. The core runs it at start, after each sync and on request.
   */
  retention?(db: Db, cutoffDate: string): RetentionOutcome
  /** What 명령 팔레트 finds of it (optional): one collection, by id or name. */
  lookup?: RecordLookup
  /** Its reports (보고서): the catalog lists them in this order; ids start with the domain's name. */
  reports?: readonly ReportSpec[]
}

/** Declares a domain with its handlers checked against its contract part. */
export function defineDomain<P extends ContractPart>(domain: Domain<P>): Domain<P> {
  return domain
}

import type { AnyCollectionRecord, CollectionName } from '../../shared/portal'
import { attractiveJobsDomain } from './attractive-jobs'
import { reemploymentDomain } from './reemployment'
import { smeDomain } from './sme'
import type { AnyWriteOp, CliCommand, CollectionSpec, Domain, DomainContext, RecordLookup } from './types'
import type { ReportSpec } from '../reports/types'

/**
 * Every domain the app knows, one line each. Generic code reaches domains only through the
 * lookups below; adding a domain is a new folder and one line here.
 */
export const DOMAINS = [attractiveJobsDomain, smeDomain, reemploymentDomain] as const

type RegisteredDomain = (typeof DOMAINS)[number]
type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never
/** The handlers of every domain's contract part together. */
export type DomainHandlers = UnionToIntersection<ReturnType<RegisteredDomain['handlers']>>

const domains: readonly Domain[] = DOMAINS

const reports = new Map<string, ReportSpec>()
const collections = new Map<CollectionName, { domain: Domain; spec: CollectionSpec }>()
const ops = new Map<string, AnyWriteOp>()
for (const domain of domains) {
  for (const spec of domain.collections) {
    if (collections.has(spec.name)) throw new Error(`collection ${spec.name} registered twice`)
    collections.set(spec.name, { domain, spec })
  }
  for (const report of domain.reports ?? []) {
    if (reports.has(report.descriptor.id)) throw new Error(`report ${report.descriptor.id} registered twice`)
    reports.set(report.descriptor.id, report)
  }
  for (const op of domain.ops) {
    if (ops.has(op.name)) throw new Error(`write op ${op.name} registered twice`)
    ops.set(op.name, op)
  }
}

export function registeredDomains(): readonly Domain[] {
  return domains
}

/** Every cached collection, in the order feeds are pulled and listed. */
export function registeredCollections(): CollectionSpec[] {
  return [...collections.values()].map((entry) => entry.spec)
}

export function collectionSpec(name: CollectionName): CollectionSpec {
  const entry = collections.get(name)
  if (!entry) throw new Error(`no domain registers the collection ${name}`)
  return entry.spec
}

export function domainOfCollection(name: CollectionName): Domain {
  const entry = collections.get(name)
  if (!entry) throw new Error(`no domain registers the collection ${name}`)
  return entry.domain
}

export function isWriteOpName(name: string): boolean {
  return ops.has(name)
}

export function writeOp(name: string): AnyWriteOp {
  const op = ops.get(name)
  if (!op) throw new Error(`unknown outbox op: ${name}`)
  return op
}

export function registeredOps(): AnyWriteOp[] {
  return [...ops.values()]
}

/** The label of an op as stored in the outbox (the raw name if no domain knows it any more). */
export function opLabel(name: string): string {
  return ops.get(name)?.label ?? name
}

export function titleOfRecord(collection: CollectionName, record: AnyCollectionRecord | undefined | null, fallback: string): string {
  if (!record) return fallback
  try {
    return collectionSpec(collection).titleOf(record) || fallback
  } catch {
    return fallback
  }
}

export function domainHandlers(ctx: DomainContext): DomainHandlers {
  return Object.assign({}, ...domains.map((domain) => domain.handlers(ctx))) as DomainHandlers
}

export function cliCommands(): CliCommand[] {
  return domains.flatMap((domain) => domain.cli ?? [])
}

/** Every domain's record look-up (명령 팔레트), in the order the domains are listed. */
export function recordLookups(): RecordLookup[] {
  return domains.flatMap((domain) => (domain.lookup ? [domain.lookup] : []))
}

/** Every report of every domain, in catalog order. */
export function registeredReports(): ReportSpec[] {
  return [...reports.values()]
}

export function reportSpec(id: string): ReportSpec | undefined {
  return reports.get(id)
}

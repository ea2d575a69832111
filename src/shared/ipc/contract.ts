import { z } from 'zod'
import { CollectionName, District, Staff, StaffDirectoryEntry } from '../portal'
import { attractiveJobsContract } from '../domains/attractive-jobs/contract'
import { reemploymentContract } from '../domains/reemployment/contract'
import { smeContract } from '../domains/sme/contract'
import { Empty, Ok, type ContractPart } from './contractParts'
import { InboxItem, PendingWrite, QuarantinedItem, RefreshResult } from './outboxViews'
import { AppInfo, CacheStatus, PortalUrl, Session, Settings, SyncStatus } from './views'

/** Channels every screen shares: the app, sign-in, settings, sync, reference data, the outbox. */
const genericContract = {
  'app:info': { input: Empty, output: AppInfo },

  'auth:session': { input: Empty, output: Session },
  'auth:signIn': {
    input: z.object({
      username: z.string().trim().min(1, '아이디를 입력하세요.'),
      password: z.string().min(1, '비밀번호를 입력하세요.'),
      portalUrl: PortalUrl.optional()
    }),
    output: Staff
  },
  'auth:continueOffline': { input: Empty, output: Session },
  'auth:signOut': { input: Empty, output: Ok },

  'settings:get': { input: Empty, output: Settings },
  'settings:update': { input: Settings.partial(), output: Settings },

  'sync:start': { input: Empty, output: z.object({ started: z.boolean() }) },
  'sync:status': { input: Empty, output: SyncStatus },
  'cache:status': { input: Empty, output: CacheStatus },

  'reference:districts': { input: Empty, output: z.array(District) },
  /** The staff directory (names and departments by id), cached at sync so names show offline. */
  'reference:staff': { input: Empty, output: z.array(StaffDirectoryEntry) },

  'records:refresh': { input: z.object({ collection: CollectionName, id: z.string().min(1) }), output: RefreshResult },
  /** Every cached record of a collection as typed columns (the CLI's `list`). */
  'records:summaries': {
    input: z.object({ collection: CollectionName, status: z.string().optional(), onlyFailing: z.boolean().default(false) }),
    output: z.array(z.record(z.string(), z.unknown()))
  },

  'inbox:list': { input: Empty, output: z.array(InboxItem) },
  'inbox:reapply': { input: z.object({ seq: z.number().int() }), output: Ok },
  'inbox:discard': { input: z.object({ seq: z.number().int() }), output: z.object({ discarded: z.number().int() }) },
  'outbox:pending': { input: Empty, output: z.array(PendingWrite) },
  'sync:quarantine': { input: Empty, output: z.array(QuarantinedItem) }
} as const satisfies ContractPart

/**
 * The one IPC contract: the generic channels and each domain's part. The preload API, the main-side
 * handler map and the renderer client are all derived from this object, so a missing or extra
 * handler fails to compile, and every input is validated in main before a handler runs.
 */
export const contract = {
  ...genericContract,
  ...attractiveJobsContract,
  ...smeContract,
  ...reemploymentContract
} as const satisfies ContractPart

/** The parts the contract is made of (a test checks that no channel is declared twice). */
export const CONTRACT_PARTS: readonly ContractPart[] = [genericContract, attractiveJobsContract, smeContract, reemploymentContract]

export type Contract = typeof contract
export type Channel = keyof Contract
export const CHANNELS = Object.keys(contract) as Channel[]

/** What the caller passes (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives (after zod parsing). */
export type HandlerInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never
export type Domain = DomainOf<Channel>

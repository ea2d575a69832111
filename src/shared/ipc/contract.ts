import { z } from 'zod'
import type { Access } from './access'
import { CollectionName, District, Staff, StaffDirectoryEntry } from '../portal'
import { attractiveJobsContract } from '../domains/attractive-jobs/contract'
import { reemploymentContract } from '../domains/reemployment/contract'
import { smeContract } from '../domains/sme/contract'
import { reportsContract } from '../reports/contract'
import { Empty, IdText, Ok, type ContractPart } from './contractParts'
import { AuditPage, AuditQuery, AuditVerification, MarkReviewedRequest, MonthlyReview, MonthlyReviewRequest, RetentionStatus } from './privacyViews'
import { InboxItem, PendingWrite, QuarantinedItem, RefreshResult } from './outboxViews'
import { RecordLookupHit, RecordLookupRequest } from './lookupViews'
import { AppInfo, CacheStatus, OutboxCounts, PortalUrl, Session, Settings, SyncStatus } from './views'
import { DataDirState, Diagnostics, DiagnosticsSaved } from './diagnosticsViews'

/** Channels every screen shares: the app, sign-in, settings, sync, reference data, the outbox, the audit trail. */
const genericContract = {
  'app:info': { input: Empty, output: AppInfo, access: 'public' },
  /** Packaged app with no portal configured: starts the built-in simulator for this run; the user then signs in with a demo account. */
  'app:startDemo': { input: Empty, output: Session, access: 'public' },

  'auth:session': { input: Empty, output: Session, access: 'public' },
  'auth:signIn': {
    input: z.object({
      username: z.string().trim().min(1, '아이디를 입력하세요.').max(100),
      password: z.string().min(1, '비밀번호를 입력하세요.').max(200),
      portalUrl: PortalUrl.optional()
    }),
    output: Staff,
    access: 'public'
  },
  /** Going on without the portal needs the password verified at this staff member's last online sign-in here. */
  'auth:continueOffline': {
    input: z.object({
      username: z.string().trim().min(1, '아이디를 입력하세요.').max(100),
      password: z.string().min(1, '비밀번호를 입력하세요.').max(200)
    }),
    output: Session,
    access: 'public'
  },
  /** Locked (idle or 잠금): the signed-in staff member's password opens it again. */
  'auth:unlock': { input: z.object({ password: z.string().min(1, '비밀번호를 입력하세요.').max(200) }), output: Session, access: 'public' },
  'auth:lock': { input: Empty, output: Session, access: 'public' },
  /** The renderer saw keyboard or mouse input: the idle clock starts again. */
  'auth:activity': { input: Empty, output: Ok, access: 'signedIn' },
  'auth:signOut': { input: Empty, output: Ok, access: 'public' },

  'settings:get': { input: Empty, output: Settings, access: 'signedIn' },
  'settings:update': { input: Settings.partial(), output: Settings, access: 'signedIn' },
  /** 데이터 폴더: the folder in use and a move waiting for the next start (this PC's, as every setting here). */
  'settings:dataDir': { input: Empty, output: DataDirState, access: 'signedIn' },
  /** 변경…: main opens the folder dialog; the chosen folder is moved to at the next start (audited). */
  'settings:chooseDataDir': { input: Empty, output: DataDirState, access: 'signedIn' },
  'settings:cancelDataDirMove': { input: Empty, output: DataDirState, access: 'signedIn' },

  /** 진단 정보: versions, folders, counts, last syncs, outbox counts — nothing personal. */
  'diagnostics:get': { input: Empty, output: Diagnostics, access: 'signedIn' },
  /** 진단 정보 저장: the save dialog, then a zip of the same facts, the masked logs and the settings. */
  'diagnostics:save': { input: Empty, output: DiagnosticsSaved, access: 'signedIn' },
  'diagnostics:openLogFolder': { input: Empty, output: Ok, access: 'signedIn' },

  'sync:start': { input: Empty, output: z.object({ started: z.boolean() }), access: 'signedIn' },
  'sync:status': { input: Empty, output: SyncStatus, access: 'signedIn' },
  'cache:status': { input: Empty, output: CacheStatus, access: 'signedIn' },

  'reference:districts': { input: Empty, output: z.array(District), access: 'signedIn' },
  /** The staff directory (names and departments by id), cached at sync so names show offline. */
  'reference:staff': { input: Empty, output: z.array(StaffDirectoryEntry), access: 'signedIn' },

  /** Generic over collections: the handler refuses a collection the caller's roles do not cover. */
  'records:refresh': { input: z.object({ collection: CollectionName, id: IdText }), output: RefreshResult, access: 'signedIn' },
  /** Every cached record of a collection as typed columns (the CLI's `list`). */
  'records:summaries': {
    input: z.object({ collection: CollectionName, status: z.string().max(40).optional(), onlyFailing: z.boolean().default(false) }),
    output: z.array(z.record(z.string(), z.unknown())),
    access: 'signedIn'
  },
  /** 명령 팔레트: records of the caller's collections by id or name, each domain through its own search index. */
  'records:lookup': { input: RecordLookupRequest, output: z.array(RecordLookupHit), access: 'signedIn' },

  /** The caller's own parked writes (others' wait for their author and are only counted). */
  'inbox:list': { input: Empty, output: z.array(InboxItem), access: 'signedIn' },
  'inbox:reapply': { input: z.object({ seq: z.number().int() }), output: Ok, access: 'signedIn' },
  'inbox:discard': { input: z.object({ seq: z.number().int() }), output: z.object({ discarded: z.number().int() }), access: 'signedIn' },
  'outbox:pending': { input: Empty, output: z.array(PendingWrite), access: 'signedIn' },
  /** The shell's 보낼 것 and 확인 필요 counts, polled: the outbox alone, not cache:status's count of every table. */
  'outbox:counts': { input: Empty, output: OutboxCounts, access: 'signedIn' },
  'sync:quarantine': { input: Empty, output: z.array(QuarantinedItem), access: 'signedIn' },

  /** Retention (파기): the setting's value and source, the last purge. */
  'privacy:retention': { input: Empty, output: RetentionStatus, access: 'signedIn' },
  'privacy:purgeNow': { input: Empty, output: RetentionStatus, access: ['manager'] },

  'audit:list': { input: AuditQuery, output: AuditPage, access: ['manager'] },
  'audit:monthly': { input: MonthlyReviewRequest, output: MonthlyReview, access: ['manager'] },
  'audit:markReviewed': { input: MarkReviewedRequest, output: z.object({ reviewed: z.number().int() }), access: ['manager'] },
  'audit:verify': { input: Empty, output: AuditVerification, access: ['manager'] }
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
  ...reemploymentContract,
  ...reportsContract
} as const satisfies ContractPart

/** The parts the contract is made of (a test checks that no channel is declared twice). */
export const CONTRACT_PARTS: readonly ContractPart[] = [genericContract, attractiveJobsContract, smeContract, reemploymentContract, reportsContract]

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

/** Who may call a channel (dispatch enforces it before the handler runs; the screens hide what it refuses). */
export function channelAccess(channel: Channel): Access {
  return contract[channel].access
}

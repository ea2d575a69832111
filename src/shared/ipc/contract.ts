import { z } from 'zod'
import {
  AttractiveJobsRules,
  AttendanceStatus,
  CollectionName,
  District,
  RegistrationStatus,
  ReviewAction,
  RuleCheck,
  Staff
} from '../portal'
import { InboxItem, PendingWrite, QuarantinedItem, RefreshResult } from './outboxViews'
import {
  AttractiveJobDashboard,
  AttractiveJobDetail,
  AttractiveJobListRequest,
  AttractiveJobListResult,
  BulkPreview,
  BulkResult,
  BulkTarget,
  SavedView,
  ViewDefinition
} from './attractiveJobViews'
import {
  AppInfo,
  CacheStatus,
  Session,
  Settings,
  SyncStatus
} from './views'

const Empty = z.object({}).strict()
const Ok = z.object({ ok: z.literal(true) })
const RecordRef = z.object({ id: z.string().min(1) })
/** A write accepted locally: queued in the outbox, sent at the next sync. */
const Queued = z.object({ seq: z.number().int(), recordId: z.string() })

/**
 * The one IPC contract: `domain:verb` → zod input and output. The preload API, the main-side handler
 * map and the renderer client are all derived from this object, so a missing or extra handler fails
 * to compile, and every input is validated in main before a handler runs.
 */
export const contract = {
  'app:info': { input: Empty, output: AppInfo },

  'auth:session': { input: Empty, output: Session },
  'auth:signIn': {
    input: z.object({
      username: z.string().trim().min(1, '아이디를 입력하세요.'),
      password: z.string().min(1, '비밀번호를 입력하세요.'),
      portalUrl: z.string().url('포털 주소 형식이 올바르지 않습니다.').optional()
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
  'reference:attractiveJobsRules': { input: z.object({ year: z.number().int() }), output: AttractiveJobsRules.nullable() },

  'views:list': { input: Empty, output: z.array(SavedView) },
  'views:save': { input: z.object({ name: z.string().trim().min(1, '보기 이름을 입력하세요.').max(60), definition: ViewDefinition }), output: SavedView },
  'views:delete': { input: z.object({ id: z.number().int() }), output: Ok },
  'views:getLast': { input: Empty, output: ViewDefinition.nullable() },
  'views:setLast': { input: z.object({ definition: ViewDefinition }), output: Ok },

  'attractiveJobs:list': { input: AttractiveJobListRequest, output: AttractiveJobListResult },
  'attractiveJobs:get': { input: RecordRef, output: AttractiveJobDetail },
  'attractiveJobs:dashboard': { input: Empty, output: AttractiveJobDashboard },
  'attractiveJobs:bulkPreview': { input: z.object({ target: BulkTarget, action: ReviewAction }), output: BulkPreview },
  'attractiveJobs:bulkReview': {
    input: z.object({ target: BulkTarget, action: ReviewAction, reason: z.string().trim().max(2000).optional() }),
    output: BulkResult
  },
  'attractiveJobs:review': {
    input: z.object({
      id: z.string().min(1),
      action: ReviewAction,
      reason: z.string().trim().max(2000).optional(),
      checks: z.array(RuleCheck).optional()
    }),
    output: Queued
  },
  'attractiveJobs:comment': {
    input: z.object({ id: z.string().min(1), body: z.string().trim().min(1, '의견을 입력하세요.').max(4000) }),
    output: Queued
  },

  'reemployment:attendance': {
    input: z.object({ registrationId: z.string().min(1), status: AttendanceStatus, checkedAt: z.iso.datetime({ offset: true }).optional() }),
    output: Queued
  },
  'reemployment:setStatus': {
    input: z.object({ registrationId: z.string().min(1), status: RegistrationStatus }),
    output: Queued
  },
  'reemployment:walkIn': {
    input: z.object({
      sessionId: z.string().min(1),
      name: z.string().trim().min(1, '이름을 입력하세요.').max(40),
      birthYear: z.number().int().min(1900).max(2100),
      phone: z.string().trim().min(9, '전화번호를 입력하세요.')
    }),
    output: Queued
  },

  'records:refresh': { input: z.object({ collection: CollectionName, id: z.string().min(1) }), output: RefreshResult },

  'inbox:list': { input: Empty, output: z.array(InboxItem) },
  'inbox:reapply': { input: z.object({ seq: z.number().int() }), output: Ok },
  'inbox:discard': { input: z.object({ seq: z.number().int() }), output: z.object({ discarded: z.number().int() }) },
  'outbox:pending': { input: Empty, output: z.array(PendingWrite) },
  'sync:quarantine': { input: Empty, output: z.array(QuarantinedItem) }
} as const satisfies Record<`${string}:${string}`, { input: z.ZodType; output: z.ZodType }>

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

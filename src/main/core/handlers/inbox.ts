import { collectionsForRoles } from '../../../shared/domain/roles'
import { listPending, openEntriesFor, outboxCounts, PARKED_STATES, type OutboxRow } from '../../db/repositories/outbox'
import { listQuarantine } from '../../db/repositories/quarantine'
import { discardParkedEntry, listInbox, reapplyEntry } from '../../outbox/inbox'
import { recordTableOf } from '../../outbox/view'
import { opLabel, titleOfRecord, writeOp } from '../../domains/registry'
import type { PendingWrite } from '../../../shared/ipc/outboxViews'
import { explainStoredFailure, type StoredFailure } from '../../sync/errors'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

type Parked = (typeof PARKED_STATES)[number]
const isParked = (state: string): state is Parked => (PARKED_STATES as readonly string[]).includes(state)

/** The last failed attempt as stored by the push ({code, message}), told plainly with the raw text apart. */
function lastErrorOf(entry: OutboxRow): { text: string; detail: string } | null {
  if (!entry.last_error) return null
  const { message, detail } = explainStoredFailure(JSON.parse(entry.last_error) as StoredFailure, 0)
  return { text: message, detail }
}

export function inboxHandlers(ctx: CoreContext): Pick<Handlers, 'inbox:list' | 'inbox:reapply' | 'inbox:discard' | 'outbox:pending' | 'outbox:counts' | 'sync:quarantine'> {
  return {
    'inbox:list': () => listInbox(ctx.db, ctx.session.requireStaff().id),
    'inbox:reapply': ({ seq }) => {
      reapplyEntry(ctx.db, seq, ctx.session.requireStaff().id, ctx.now())
      ctx.sync.nudge()
      return { ok: true as const }
    },
    'inbox:discard': ({ seq }) => ({ discarded: discardParkedEntry(ctx.db, seq, ctx.session.requireStaff().id, ctx.now()) }),
    'outbox:counts': () => outboxCounts(ctx.db),
    'outbox:pending': () => {
      const viewer = ctx.session.requireStaff()
      const visible = new Set(collectionsForRoles(viewer.roles))
      // A record's writes queue together (a decision after comments): read each record once — its
      // title, and the head of its lane, which holds the rest back while it waits in 확인 필요.
      const lanes = new Map<string, { title: string; blockedBy: PendingWrite['blockedBy'] }>()
      const laneOf = (entry: OutboxRow) => {
        const key = `${entry.collection}\u0000${entry.record_id}`
        let lane = lanes.get(key)
        if (lane === undefined) {
          const head = openEntriesFor(ctx.db, entry.collection, entry.record_id)[0]
          lane = {
            title: titleOfRecord(entry.collection, recordTableOf(entry.collection).getView(ctx.db, entry.record_id), entry.record_id),
            blockedBy: head && isParked(head.state) ? { seq: head.seq, state: head.state } : null
          }
          lanes.set(key, lane)
        }
        return lane
      }
      return listPending(ctx.db).map((entry): PendingWrite => {
        const lane = laneOf(entry)
        const lastError = lastErrorOf(entry)
        // Another staff member's write about a record outside the viewer's roles: that it waits, not what it is.
        if (!visible.has(entry.collection)) {
          return {
            seq: entry.seq,
            op: entry.op,
            opLabel: opLabel(entry.op),
            collection: entry.collection,
            recordId: '',
            recordTitle: '다른 업무의 작업',
            intent: '',
            deviceTime: entry.device_time,
            actorId: entry.actor_id,
            attempts: entry.attempts,
            nextAttemptAt: null,
            lastError: null,
            lastErrorDetail: null,
            blockedBy: null,
            waitingForAuthor: entry.actor_id !== viewer.id
          }
        }
        return {
          seq: entry.seq,
          op: entry.op,
          opLabel: opLabel(entry.op),
          collection: entry.collection,
          recordId: entry.record_id,
          recordTitle: lane.title,
          intent: writeOp(entry.op).intent(JSON.parse(entry.body)),
          deviceTime: entry.device_time,
          actorId: entry.actor_id,
          attempts: entry.attempts,
          nextAttemptAt: entry.next_attempt_at,
          lastError: lastError?.text ?? null,
          lastErrorDetail: lastError?.detail ?? null,
          blockedBy: lane.blockedBy && lane.blockedBy.seq < entry.seq ? lane.blockedBy : null,
          waitingForAuthor: entry.actor_id !== viewer.id
        }
      })
    },
    'sync:quarantine': () => {
      const visible = new Set<string>(collectionsForRoles(ctx.session.requireStaff().roles))
      return listQuarantine(ctx.db)
        .filter((row) => visible.has(row.collection))
        .map((row) => ({
        id: row.id,
        collection: row.collection,
        itemId: row.item_id,
        error: row.error,
        raw: row.raw,
        receivedAt: row.received_at
      }))
    }
  }
}

import { listPending, type OutboxRow } from '../../db/repositories/outbox'
import { listQuarantine } from '../../db/repositories/quarantine'
import { discardParkedEntry, listInbox, reapplyEntry } from '../../outbox/inbox'
import { recordTableOf } from '../../outbox/view'
import { opLabel, titleOfRecord, writeOp } from '../../domains/registry'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

function lastErrorText(entry: OutboxRow): string | null {
  if (!entry.last_error) return null
  const error = JSON.parse(entry.last_error) as { code?: string; message?: string }
  return [error.code, error.message].filter(Boolean).join(': ')
}

export function inboxHandlers(ctx: CoreContext): Pick<Handlers, 'inbox:list' | 'inbox:reapply' | 'inbox:discard' | 'outbox:pending' | 'sync:quarantine'> {
  return {
    'inbox:list': () => listInbox(ctx.db),
    'inbox:reapply': ({ seq }) => {
      reapplyEntry(ctx.db, seq, ctx.session.requireStaff().id, ctx.now())
      ctx.sync.nudge()
      return { ok: true as const }
    },
    'inbox:discard': ({ seq }) => ({ discarded: discardParkedEntry(ctx.db, seq, ctx.session.requireStaff().id, ctx.now()) }),
    'outbox:pending': () => {
      // A record's writes queue together (a decision after comments): read each record once.
      const titles = new Map<string, string>()
      const titleFor = (entry: OutboxRow) => {
        const key = `${entry.collection}\u0000${entry.record_id}`
        let title = titles.get(key)
        if (title === undefined) {
          title = titleOfRecord(entry.collection, recordTableOf(entry.collection).getView(ctx.db, entry.record_id), entry.record_id)
          titles.set(key, title)
        }
        return title
      }
      return listPending(ctx.db).map((entry) => ({
        seq: entry.seq,
        op: entry.op,
        opLabel: opLabel(entry.op),
        collection: entry.collection,
        recordId: entry.record_id,
        recordTitle: titleFor(entry),
        intent: writeOp(entry.op).intent(JSON.parse(entry.body)),
        deviceTime: entry.device_time,
        attempts: entry.attempts,
        nextAttemptAt: entry.next_attempt_at,
        lastError: lastErrorText(entry)
      }))
    },
    'sync:quarantine': () =>
      listQuarantine(ctx.db).map((row) => ({
        id: row.id,
        collection: row.collection,
        itemId: row.item_id,
        error: row.error,
        raw: row.raw,
        receivedAt: row.received_at
      }))
  }
}

import type { ReemploymentSession } from '../../../shared/portal'
import { createRecordTable } from '../../db/repositories/recordTable'

export const reemploymentSessionsTable = createRecordTable<ReemploymentSession>({
  table: 'reemployment_sessions',
  collection: 'reemployment-sessions',
  columns: ['status', 'kind', 'service_type', 'title', 'starts_at', 'capacity'],
  toColumns: (session) => ({
    status: session.status,
    kind: session.kind,
    service_type: session.service_type,
    title: session.title,
    starts_at: session.starts_at,
    capacity: session.capacity
  }),
  searchFields: (session) => ({ short: [session.title, session.venue, session.instructor], choseongOf: session.title }),
  likeColumns: ['title']
})

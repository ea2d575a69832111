import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registeredReports } from '../../../src/main/domains/registry'
import { setSetting, getSetting } from '../../../src/main/db/repositories/settings'
import { z } from 'zod'
import { startHarness, type SimHarness } from '../../helpers/sim'

/**
 * An export runs while the staff member goes on working: between two rows the writer yields to the
 * event loop, and a sync or a decision then writes to the same connection. better-sqlite3 refuses any
 * statement while another is being iterated, so no report may hold one open between its rows — each is
 * walked here one row at a time with a write in between.
 */
describe('reports leave the connection free between rows', () => {
  let harness: SimHarness
  let sessionWithRows: string

  beforeAll(async () => {
    harness = await startHarness()
    await harness.sync()
    // A held session of a course (수료 is judged per course, no-shows once it is over) with people registered.
    sessionWithRows = harness.core.context.db
      .prepare(
        `SELECT r.session_id FROM reemployment_registrations r JOIN reemployment_sessions s ON s.id = r.session_id
         WHERE s.course_id IS NOT NULL AND s.status = 'completed' GROUP BY r.session_id ORDER BY count(*) DESC LIMIT 1`
      )
      .pluck()
      .get() as string
  })
  afterAll(() => harness.close())

  it.each(registeredReports().map((spec) => [spec.descriptor.id, spec] as const))('%s', async (_id, spec) => {
    const params = spec.params.parse({ session: sessionWithRows })
    const content = await spec.build(harness.core.context, params)
    setSetting(harness.core.context.db, 'probe_between_rows', 0)
    let rows = 0
    for (const sheet of content.sheets) {
      const source = sheet.rows()
      const iterator = Symbol.iterator in source ? source[Symbol.iterator]() : source[Symbol.asyncIterator]()
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        rows += 1
        // What a sync or a click does meanwhile: a write on the core's own connection.
        setSetting(harness.core.context.db, 'probe_between_rows', rows)
      }
    }
    expect(rows).toBeGreaterThan(0)
    expect(getSetting(harness.core.context.db, 'probe_between_rows', z.number(), -1)).toBe(rows)
  })
})

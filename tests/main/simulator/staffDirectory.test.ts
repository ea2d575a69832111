import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PortalSimulator } from '../../../src/main/simulator'
import { DEMO_ACCOUNTS } from '../../../src/main/simulator'
import { OTHER_STAFF_ID } from '../../../src/main/simulator/auth'
import { Problem, StaffDirectory, type AttractiveJob, type ReemploymentRegistration, type SmeApplication } from '../../../src/shared/portal'
import { call, login, pullAll, start } from './helpers'

/** Every staff id a seeded record names: deciders, comment authors, screeners, evaluators, selectors, check-ins. */
function staffIdsIn(items: { jobs: AttractiveJob[]; sme: SmeApplication[]; registrations: ReemploymentRegistration[] }): Set<string> {
  const ids = new Set<string>()
  for (const job of items.jobs) {
    if (job.decision) ids.add(job.decision.decided_by)
    for (const comment of job.comments) ids.add(comment.author)
  }
  for (const app of items.sme) {
    if (app.screening) ids.add(app.screening.by)
    if (app.selection) ids.add(app.selection.by)
    for (const score of app.scores) ids.add(score.evaluator_id)
  }
  for (const registration of items.registrations) if (registration.attendance) ids.add(registration.attendance.checked_by)
  return ids
}

describe('GET /reference/staff', () => {
  let sim: PortalSimulator
  let reviewer: string
  beforeAll(async () => {
    sim = await start({ scale: 400 })
    reviewer = await login(sim, 'reviewer')
  })
  afterAll(() => sim.close())

  it('answers the contract: [{id, name, department}], one entry per id, in id order', async () => {
    const res = await call(sim, 'GET', '/reference/staff', { token: reviewer })
    expect(res.status).toBe(200)
    const directory = StaffDirectory.parse(res.body)
    const ids = directory.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const entry of directory) expect(Object.keys(entry).sort()).toEqual(['department', 'id', 'name'])
  })

  it('names the demo accounts as they sign in, and every staff id the seeded records and "other staff" edits use', async () => {
    const directory = StaffDirectory.parse((await call(sim, 'GET', '/reference/staff', { token: reviewer })).body)
    const byId = new Map(directory.map((s) => [s.id, s]))
    for (const account of DEMO_ACCOUNTS) expect(byId.get(account.id)).toEqual({ id: account.id, name: account.name, department: account.department })
    const manager = await login(sim, 'manager')
    const referenced = staffIdsIn({
      jobs: (await pullAll(sim, manager, 'attractive-jobs', 1000)).items as unknown as AttractiveJob[],
      sme: (await pullAll(sim, manager, 'sme-applications', 1000)).items as unknown as SmeApplication[],
      registrations: (await pullAll(sim, manager, 'reemployment-registrations', 1000)).items as unknown as ReemploymentRegistration[]
    })
    referenced.add(OTHER_STAFF_ID)
    expect(referenced.size).toBeGreaterThan(8)
    for (const id of referenced) expect(byId.has(id), `${id} in the directory`).toBe(true)
  })

  it('is the same for every seed (a directory, not seeded data)', async () => {
    const other = await start({ seed: 11, scale: 20 })
    try {
      const a = (await call(sim, 'GET', '/reference/staff', { token: reviewer })).body
      const b = (await call(other, 'GET', '/reference/staff', { token: await login(other, 'coordinator') })).body
      expect(b).toEqual(a)
    } finally {
      await other.close()
    }
  })

  it('needs a signed-in staff member', async () => {
    const res = await call(sim, 'GET', '/reference/staff')
    expect(res.status).toBe(401)
    expect(Problem.parse(res.body).code).toBe('unauthorized')
  })
})

/** The simulator's staff directory (GET /reference/staff): the demo accounts and every other staff id the seed and the "other staff" edits use. */
import type { StaffDirectoryEntry } from '../../../shared/portal/reference'
import { DEMO_ACCOUNTS, OTHER_STAFF_ID } from '../auth'

const TEAMS = {
  policy: '일자리정책과',
  attractiveJobs: '일자리정책과 매력일자리팀',
  sme: '일자리정책과 강소기업팀',
  reemployment: '일자리정책과 재취업지원팀'
} as const

/** Staff who appear in seeded records (reviewers, screeners, evaluators, coordinators) but have no demo account. */
const OTHER_STAFF: readonly StaffDirectoryEntry[] = [
  { id: 'S-0008', name: '박서준', department: TEAMS.attractiveJobs },
  { id: 'S-0009', name: '최지우', department: TEAMS.attractiveJobs },
  { id: 'S-0012', name: '정도윤', department: TEAMS.attractiveJobs },
  { id: 'S-0022', name: '한예린', department: TEAMS.sme },
  { id: 'S-0032', name: '윤재원', department: TEAMS.sme },
  { id: 'S-0033', name: '장민서', department: TEAMS.sme },
  { id: 'S-0034', name: '임태현', department: TEAMS.sme },
  { id: 'S-0042', name: '오승우', department: TEAMS.reemployment },
  { id: OTHER_STAFF_ID, name: '강은지', department: TEAMS.policy }
]

/** Ordered by id; the same for every seed and scale. */
export const STAFF_DIRECTORY: readonly StaffDirectoryEntry[] = [
  ...DEMO_ACCOUNTS.map(({ id, name, department }) => ({ id, name, department })),
  ...OTHER_STAFF
].sort((a, b) => a.id.localeCompare(b.id))

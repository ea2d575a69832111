/** The simulator's staff directory (GET /reference/staff): the demo accounts and every other staff id the seed and the "other staff" edits use. */
import type { StaffDirectoryEntry } from '../../../shared/portal/reference'
import { DEMO_ACCOUNTS, OTHER_STAFF_ID } from '../auth'

const TEAMS = {
  policy: '일자리정책과',
  attractiveJobs: '일자리정책과 매력일자리팀',
  sme: '일자리정책과 강소기업팀',
  reemployment: '일자리정책과 재취업지원팀'
} as const

const EVALUATOR_DEPARTMENTS = {
  committee: '강소기업 평가위원회 (외부 전문가)',
  siteExpert: '강소기업 현장실사단 (외부 전문가)',
  siteYouth: '강소기업 현장실사단 (청년 평가위원)'
} as const

/**
 * An evaluator's personal habit, fixed for every seed: `offset` points added to each item they score
 * (lenient > 0, severe < 0) and `spread`, the standard deviation of their own noise. Their raw means
 * and their z-scores therefore disagree, as real committees do.
 */
export interface EvaluatorHabit {
  offset: number
  spread: number
}

interface Evaluator extends StaffDirectoryEntry, EvaluatorHabit {}

/** The demo `evaluator` (S-0031) signs in with the department of its account; only its habit is here. */
const DEMO_EVALUATOR_HABIT: EvaluatorHabit = { offset: 0.5, spread: 0.9 }

const EVALUATORS: readonly Evaluator[] = [
  { id: 'S-0032', name: '윤재원', department: EVALUATOR_DEPARTMENTS.committee, offset: 1.2, spread: 0.6 },
  { id: 'S-0033', name: '장민서', department: EVALUATOR_DEPARTMENTS.committee, offset: -1.2, spread: 0.8 },
  { id: 'S-0034', name: '임태현', department: EVALUATOR_DEPARTMENTS.committee, offset: 0, spread: 1.8 },
  { id: 'S-0035', name: '송하윤', department: EVALUATOR_DEPARTMENTS.committee, offset: 0.6, spread: 1.1 },
  { id: 'S-0036', name: '배준호', department: EVALUATOR_DEPARTMENTS.committee, offset: -0.7, spread: 0.5 },
  { id: 'S-0037', name: '신유나', department: EVALUATOR_DEPARTMENTS.committee, offset: -0.3, spread: 1.3 },
  { id: 'S-0051', name: '권도현', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: 1.5, spread: 1.0 },
  { id: 'S-0052', name: '황예준', department: EVALUATOR_DEPARTMENTS.siteYouth, offset: 2.0, spread: 1.6 },
  { id: 'S-0053', name: '안지성', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: -1.5, spread: 0.9 },
  { id: 'S-0054', name: '홍세린', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: -2.0, spread: 1.2 },
  { id: 'S-0055', name: '문채원', department: EVALUATOR_DEPARTMENTS.siteYouth, offset: 0, spread: 1.8 },
  { id: 'S-0056', name: '양현우', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: 0.5, spread: 0.7 },
  { id: 'S-0057', name: '조은서', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: 0, spread: 1.0 },
  { id: 'S-0058', name: '백시우', department: EVALUATOR_DEPARTMENTS.siteYouth, offset: 1.0, spread: 2.0 },
  { id: 'S-0059', name: '허민재', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: -0.5, spread: 0.9 },
  { id: 'S-0060', name: '노지아', department: EVALUATOR_DEPARTMENTS.siteExpert, offset: 2.5, spread: 0.8 },
  { id: 'S-0061', name: '유건우', department: EVALUATOR_DEPARTMENTS.siteYouth, offset: -1.0, spread: 1.4 }
]

/** Staff who appear in seeded records (reviewers, screeners, evaluators, coordinators) but have no demo account. */
const OTHER_STAFF: readonly StaffDirectoryEntry[] = [
  { id: 'S-0008', name: '박서준', department: TEAMS.attractiveJobs },
  { id: 'S-0009', name: '최지우', department: TEAMS.attractiveJobs },
  { id: 'S-0012', name: '정도윤', department: TEAMS.attractiveJobs },
  { id: 'S-0022', name: '한예린', department: TEAMS.sme },
  ...EVALUATORS.map(({ id, name, department }) => ({ id, name, department })),
  { id: 'S-0042', name: '오승우', department: TEAMS.reemployment },
  { id: OTHER_STAFF_ID, name: '강은지', department: TEAMS.policy }
]

/** Ordered by id; the same for every seed and scale. */
export const STAFF_DIRECTORY: readonly StaffDirectoryEntry[] = [
  ...DEMO_ACCOUNTS.map(({ id, name, department }) => ({ id, name, department })),
  ...OTHER_STAFF
].sort((a, b) => a.id.localeCompare(b.id))

const HABITS = new Map<string, EvaluatorHabit>([
  ['S-0031', DEMO_EVALUATOR_HABIT],
  ...EVALUATORS.map((e): [string, EvaluatorHabit] => [e.id, { offset: e.offset, spread: e.spread }])
])

/** The scoring habit of an evaluator of the directory; throws for an id that is not one. */
export function evaluatorHabit(id: string): EvaluatorHabit {
  const habit = HABITS.get(id)
  if (!habit) throw new Error(`${id} is not an evaluator of the simulator`)
  return habit
}

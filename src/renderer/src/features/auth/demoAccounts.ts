import type { Role } from '../../../../shared/portal'

/** The password of every demo account of the built-in simulator. */
export const DEMO_PASSWORD = 'demo'

export interface DemoAccountChoice {
  username: string
  name: string
  roles: readonly Role[]
}

/**
 * The built-in simulator's staff accounts (src/main/simulator/auth.ts; a test keeps the two lists
 * equal), offered on the sign-in screen once demo mode is started: one per work area, so each screen
 * can be tried as the staff member who does that work.
 */
export const DEMO_ACCOUNT_CHOICES: readonly DemoAccountChoice[] = [
  { username: 'manager', name: '김민준', roles: ['manager'] },
  { username: 'reviewer', name: '이서연', roles: ['attractive_jobs_reviewer'] },
  { username: 'screener', name: '박지훈', roles: ['sme_screener'] },
  { username: 'evaluator', name: '최수빈', roles: ['sme_evaluator'] },
  { username: 'coordinator', name: '정하은', roles: ['reemployment_coordinator'] }
]

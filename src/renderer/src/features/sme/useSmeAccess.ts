import { mayCall } from '../auth/access'
import type { Role } from '../../../../shared/portal'
import { useSession } from '../auth/useSession'

export interface SmeAccess {
  staffId: string | null
  /** 자격검토 (`sme:screen`): a screener or a manager. */
  screens: boolean
  /** Has score sheets of their own: an evaluator (a manager opens anyone's from the committee view). */
  evaluates: boolean
  /** The evaluator's work list (`sme:mySheets`). */
  sheets: boolean
  /** Saving a score sheet (`sme:score`). */
  scores: boolean
  /** The committee view, 기피·제척 (`sme:committee`). */
  manages: boolean
  /** Advancing to the next stage and the final selection (`sme:advance`, `sme:select`). */
  advances: boolean
  selects: boolean
}

/** What roles allow in the 강소기업 screens: the contract's channel rules (main and the portal check them again). */
export function smeAccessOf(roles: readonly Role[]): Omit<SmeAccess, 'staffId'> {
  return {
    screens: mayCall(roles, 'sme:screen'),
    // Whose sheets exist is a matter of assignment, not of permission: a manager may score, but has no list of their own.
    evaluates: roles.includes('sme_evaluator'),
    sheets: mayCall(roles, 'sme:mySheets'),
    scores: mayCall(roles, 'sme:score'),
    manages: mayCall(roles, 'sme:committee'),
    advances: mayCall(roles, 'sme:advance'),
    selects: mayCall(roles, 'sme:select')
  }
}

/** What the signed-in staff member may do in the 강소기업 screens. */
export function useSmeAccess(): SmeAccess {
  const staff = useSession().data?.staff ?? null
  return { staffId: staff?.id ?? null, ...smeAccessOf(staff?.roles ?? []) }
}

import type { Role } from '../../../../shared/portal'
import { useSession } from '../auth/useSession'

export interface SmeAccess {
  staffId: string | null
  /** 자격검토: a screener or a manager. */
  screens: boolean
  /** Score sheets of one's own: an evaluator (a manager opens anyone's from the committee view). */
  evaluates: boolean
  /** The committee view, 기피·제척, advancing and the final selection. */
  manages: boolean
}

export function smeAccessOf(roles: readonly Role[]): Omit<SmeAccess, 'staffId'> {
  const manages = roles.includes('manager')
  return { screens: manages || roles.includes('sme_screener'), evaluates: roles.includes('sme_evaluator'), manages }
}

/** What the signed-in staff member may do in the 강소기업 screens (main and the portal check it again). */
export function useSmeAccess(): SmeAccess {
  const staff = useSession().data?.staff ?? null
  return { staffId: staff?.id ?? null, ...smeAccessOf(staff?.roles ?? []) }
}

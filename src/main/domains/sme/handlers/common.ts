import { josa } from 'es-hangul'
import type { SmeApplication, SmeCriteria, Staff } from '../../../../shared/portal'
import { SmeApplication as SmeApplicationSchema } from '../../../../shared/portal'
import { AppError } from '../../../core/errors'
import type { Db } from '../../../db/types'
import type { DomainContext } from '../../types'
import { cachedCriteria } from '../criteriaRepository'
import { smeApplicationsTable } from '../repository'

export const COLLECTION = 'sme-applications'

export function isManager(staff: Staff): boolean {
  return staff.roles.includes('manager')
}

/** The signed-in manager; anyone else is refused with `what` named ("위원회 화면", "단계 넘기기"). */
export function requireManager(ctx: DomainContext, what: string): Staff {
  const staff = ctx.session.requireStaff()
  if (!isManager(staff)) throw new AppError('forbidden', `${josa(what, '은/는')} 관리자만 할 수 있습니다.`)
  return staff
}

/** The application as the user sees it (local view while writes are pending), parsed with the schema's defaults. */
export function applicationView(db: Db, id: string): SmeApplication {
  const view = smeApplicationsTable.getView(db, id)
  if (!view) throw new AppError('not_found', `강소기업 신청(${id})은 캐시에 없습니다.`)
  return SmeApplicationSchema.parse(view)
}

export function requireCriteria(db: Db, round: string): SmeCriteria {
  const criteria = cachedCriteria(db, round)
  if (!criteria) throw new AppError('invalid_transition', `${round} 차수의 심사 기준이 아직 이 PC에 없습니다. 온라인에서 동기화한 뒤 다시 하세요.`)
  return criteria
}

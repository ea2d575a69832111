import type { AttractiveJobDashboard } from '../../../shared/domains/attractive-jobs/views'
import type { Db } from '../../db/types'
import { dashboardCounts, programYearsInCache } from './repository'

/** The home screen's 매력일자리 tile: submissions by status and by 기관구분, and rule-failure counts. */
export function attractiveJobDashboard(db: Db): AttractiveJobDashboard {
  return { ...dashboardCounts(db), programYears: programYearsInCache(db) }
}

import type { SmeApplication } from '../../../shared/portal'
import { createRecordTable } from '../../db/repositories/recordTable'

export const smeApplicationsTable = createRecordTable<SmeApplication>({
  table: 'sme_applications',
  collection: 'sme-applications',
  columns: ['status', 'stage', 'round', 'company_name', 'business_no', 'district_code'],
  toColumns: (app) => ({
    status: app.status,
    stage: app.stage,
    round: app.round,
    company_name: app.company.name,
    business_no: app.company.business_no,
    district_code: app.company.district_code
  }),
  searchFields: (app) => ({ short: [app.company.name, app.company.business_no], long: [app.company.address], choseongOf: app.company.name }),
  likeColumns: ['company_name']
})

import type { SmeStage, SmeStatus } from '../../portal/smeApplications'

/** 서울형 강소기업's Korean labels. */

export const SME_STATUS_LABELS: Record<SmeStatus, string> = {
  submitted: '접수',
  screening: '자격검토',
  ineligible: '부적격',
  evaluating: '심사중',
  selected: '선정',
  not_selected: '미선정',
  withdrawn: '철회'
}

export const SME_STAGE_LABELS: Record<SmeStage, string> = {
  document: '서면심사',
  site_visit: '현장실사',
  interview: '면접심사'
}

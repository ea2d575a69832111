import { CONTACT_REASON_MIN } from '../ipc/privacyViews'

/**
 * "연락처 보기" (portal-admin-api.md §9): the reasons staff commonly give for looking up one
 * person's contact, and every word of the dialog. The chosen reason's text is what the portal logs
 * and the audit trail keeps, so each preset is a sentence a reviewer understands on its own.
 */

export const CONTACT_REASON_MAX = 200

/** How long the full contact stays on screen before it is hidden again. */
export const CONTACT_REVEAL_SECONDS = 60

export const CONTACT_REASON_PRESETS = [
  { value: 'identity_call', label: '본인 확인 전화' },
  { value: 'documents', label: '서류 보완 안내' },
  { value: 'schedule', label: '일정 변경 안내' },
  { value: 'complaint', label: '민원 회신' },
  { value: 'custom', label: '직접 입력' }
] as const

export type ContactReasonPreset = (typeof CONTACT_REASON_PRESETS)[number]['value']

/** The reason text a preset stands for; `custom` starts empty (the person types it). */
export function presetReasonText(preset: ContactReasonPreset): string {
  return preset === 'custom' ? '' : (CONTACT_REASON_PRESETS.find((p) => p.value === preset)?.label ?? '')
}

/** What is wrong with a typed reason, in Korean, or null when it may be sent (the same rule main checks). */
export function contactReasonProblem(text: string): string | null {
  const length = text.trim().length
  if (length < CONTACT_REASON_MIN) return `사유를 ${CONTACT_REASON_MIN}자 이상 적으세요. (지금 ${length}자)`
  if (length > CONTACT_REASON_MAX) return `사유는 ${CONTACT_REASON_MAX}자까지 적을 수 있습니다. (지금 ${length}자)`
  return null
}

/** Whose contact a button shows, by the masked name on screen ("담당자 김*수"). */
export const CONTACT_WHO = {
  attractiveJobsContact: (maskedName: string) => `담당자 ${maskedName}`,
  smeCeo: (maskedName: string) => `대표자 ${maskedName}`,
  reemploymentPerson: (maskedName: string) => `신청자 ${maskedName}`
} as const

/** Every word of the button and the dialog. */
export const CONTACT_REVEAL_TEXT = {
  button: '연락처 보기',
  /** The button's accessible name, with whose contact it shows ("담당자 김*수 연락처 보기"). */
  buttonFor: (who: string) => `${who} 연락처 보기`,
  title: '연락처 보기',
  notice: '연락처는 이 PC에 저장되지 않습니다. 조회할 때마다 포털에서 가져오고, 누가 언제 어떤 사유로 보았는지 감사 기록에 남습니다.',
  reasonPresets: '조회 사유',
  reasonInput: '사유',
  reasonPlaceholder: '사유를 골라 두거나 직접 적으세요 (5자 이상)',
  submit: '조회',
  close: '닫기',
  name: '성명',
  phone: '전화번호',
  email: '이메일',
  noEmail: '없음',
  shownFor: (who: string) => `${who}의 연락처`,
  countdown: (seconds: number) => `${seconds}초 후 가립니다`,
  expired: '시간이 지나 가렸습니다. 다시 보려면 사유를 적고 다시 조회하세요.'
} as const

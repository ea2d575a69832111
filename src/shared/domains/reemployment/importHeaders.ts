import { IMPORT_FIELD_LABELS } from './importLabels'
import type { ImportField } from './importViews'

/**
 * The column headers a walk-in or pre-registration list comes with, as offices write them (성명,
 * 이름, 성 명, 참여자명 …), recognised after normalising spaces, brackets, marks and case. The
 * screen's mapping step and the CLI's one-line failure name the fields by IMPORT_FIELD_LABELS.
 */

const SYNONYMS: readonly (readonly [ImportField, readonly string[]])[] = [
  ['name', ['성명', '이름', '성함', '참여자명', '참여자', '참가자명', '신청자명', '신청자', '교육생명', '대상자명', 'name']],
  ['birthYear', ['출생연도', '출생년도', '출생년', '생년', '생년월일', '출생일', '출생연월일', 'birthyear', 'yearofbirth']],
  [
    'phone',
    ['연락처', '휴대폰', '휴대폰번호', '휴대전화', '휴대전화번호', '핸드폰', '핸드폰번호', '전화번호', '전화', '휴대폰연락처', '연락처휴대폰', 'hp', 'mobile', 'phone']
  ],
  ['expectedRetirement', ['퇴직예정일', '퇴직예정일자', '퇴직예정', '퇴직일', '퇴직일자', '퇴직예정년월일', '퇴직(예정)일']]
]

/** Spaces (also full-width), brackets, required marks and punctuation removed; lower case; NFC. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u3000()[\]{}<>（）［］【】「」*※·・.,:;_\-/\\'"`~!?#]/g, '')
}

/** The same header with what stood in brackets left out ("출생연도(4자리)" → "출생연도"). */
function withoutBracketed(text: string): string {
  return text.replace(/[(（[［【][^)）\]］】]*[)）\]］】]/g, '')
}

const BY_NORMALISED_HEADER = new Map<string, ImportField>(
  SYNONYMS.flatMap(([field, headers]) => headers.map((header) => [normaliseHeader(header), field] as const))
)

/** The field a header names, or null. */
export function recogniseHeader(text: string): ImportField | null {
  return BY_NORMALISED_HEADER.get(normaliseHeader(text)) ?? BY_NORMALISED_HEADER.get(normaliseHeader(withoutBracketed(text))) ?? null
}

/** What the CLI and the mapping step tell someone whose headers were not recognised. */
export function expectedHeadersSentence(): string {
  return SYNONYMS.map(([field, headers]) => `${IMPORT_FIELD_LABELS[field]}(${headers.filter((h) => /[가-힣]/.test(h)).slice(0, 3).join('·')})`).join(', ')
}

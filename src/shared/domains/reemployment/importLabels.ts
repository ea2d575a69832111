import type { ImportField, ImportPreview, ImportRowView } from './importViews'

/** The Korean wording of importing a walk-in or pre-registration list (the dialog, its notices, its tests). */

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: '성명',
  birthYear: '출생연도',
  phone: '연락처',
  expectedRetirement: '퇴직예정일'
}

/** The fields in the order a list usually has them (and the mapping step shows them). */
export const IMPORT_FIELD_ORDER: readonly ImportField[] = ['name', 'birthYear', 'phone', 'expectedRetirement']

export const IMPORT_FORMAT_LABELS: Record<ImportPreview['format'], string> = {
  xlsx: 'Excel 통합 문서(.xlsx)',
  xls: 'Excel 97-2003 통합 문서(.xls)',
  csv: 'CSV(쉼표로 구분)'
}

export const IMPORT_ENCODING_LABELS: Record<NonNullable<ImportPreview['encoding']>, string> = {
  'utf-8': 'UTF-8',
  cp949: 'CP949(한글 Windows)'
}

export type ImportRowStatus = 'ok' | 'invalid' | 'duplicate'

export const IMPORT_ROW_STATUS_LABELS: Record<ImportRowStatus, string> = {
  ok: '정상',
  invalid: '오류',
  duplicate: '중복'
}

/** A duplicate is named as such even when it has other errors too: it is left out either way. */
export function importRowStatus(row: Pick<ImportRowView, 'errors' | 'duplicate'>): ImportRowStatus {
  if (row.duplicate) return 'duplicate'
  return row.errors.length > 0 ? 'invalid' : 'ok'
}

/** Said of a duplicate row whose errors do not already say why. */
export const IMPORT_DUPLICATE_REASON = '이 회차에 이미 있거나 파일의 앞쪽 행과 같은 사람입니다.'

export const IMPORT_BUTTON_LABEL = '명단 가져오기'

/** Rows of the file that will not be imported (errors and duplicates, counted once each). */
export function excludedRows(totals: ImportPreview['totals']): number {
  return Math.max(0, totals.rows - totals.valid)
}

/** The question before anything is queued. */
export function importConfirmSentence(valid: number, excluded: number): string {
  const left = excluded > 0 ? ` 오류·중복 ${excluded.toLocaleString('ko-KR')}행은 제외합니다.` : ''
  return `${valid.toLocaleString('ko-KR')}명을 현장등록으로 보낼 목록에 넣습니다.${left}`
}

/** The notice after the import: what was queued, and who decides the seats. */
export function importDoneTitle(queued: number): string {
  return `${queued.toLocaleString('ko-KR')}명을 보낼 목록에 넣었습니다`
}

/** `sendHint`: when the writes leave this PC (one of SEND_HINTS). */
export function importDoneMessage(skipped: number, sendHint: string): string {
  const left = skipped > 0 ? `오류·중복 ${skipped.toLocaleString('ko-KR')}행은 제외했습니다. ` : ''
  return `${left}${sendHint} 확정·대기는 다음 동기화 때 포털이 정합니다.`
}

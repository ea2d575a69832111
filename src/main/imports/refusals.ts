/**
 * Why a file is not read, each as one Korean sentence a clerk can act on: what the file is, and what
 * to do instead. Kept apart from the readers so the wording is in one place.
 */

export const MAX_FILE_MEGABYTES = 10

export type RefusalReason =
  | 'empty'
  | 'too_large'
  | 'unreadable'
  | 'executable'
  | 'not_a_table'
  | 'html'
  | 'utf16'
  | 'old_format'
  | 'drm'
  | 'password'
  | 'zip_bomb'
  | 'corrupt'
  | 'too_many_columns'
  | 'too_many_rows'
  | 'formula'
  | 'unsafe_sheet_name'
  | 'unknown_encoding'
  | 'no_data'

export interface TableRefusal {
  reason: RefusalReason
  /** The sentence shown to the user. */
  message: string
  /** What was found, for the log and "자세히" (never a cell's value). */
  detail: string
}

const SAVE_AS_XLSX = '엑셀에서 열어 "Excel 통합 문서(.xlsx)"로 다시 저장한 뒤 가져오세요.'

export const REFUSAL_MESSAGES: Readonly<Record<Exclude<RefusalReason, 'formula' | 'too_many_columns' | 'too_many_rows' | 'unsafe_sheet_name'>, string>> = {
  empty: '빈 파일입니다. 내용이 있는 파일을 고르세요.',
  too_large: `파일이 너무 큽니다(최대 ${MAX_FILE_MEGABYTES}MB). 필요한 열과 행만 남겨 다시 저장한 뒤 가져오세요.`,
  unreadable: '파일을 읽을 수 없습니다. 파일이 다른 프로그램에서 열려 있지 않은지 확인하고 다시 고르세요.',
  executable: '실행 파일은 가져올 수 없습니다. 엑셀(.xlsx, .xls) 또는 CSV 파일을 고르세요.',
  not_a_table: '표 파일이 아닙니다. 엑셀(.xlsx, .xls) 또는 CSV 파일을 고르세요.',
  html: `웹 페이지(HTML) 형식으로 저장된 파일입니다. ${SAVE_AS_XLSX}`,
  utf16: '유니코드 텍스트(UTF-16) 파일은 가져올 수 없습니다. 엑셀에서 "CSV UTF-8(쉼표로 분리)"로 다시 저장한 뒤 가져오세요.',
  old_format: `Excel 5.0/95 이전의 오래된 형식입니다. ${SAVE_AS_XLSX}`,
  drm: '문서보안(DRM)이 적용된 파일입니다. 문서보안 프로그램에서 해제한 뒤 다시 가져오세요.',
  password: '암호가 걸린 파일입니다. 엑셀에서 암호를 해제하고 다시 저장한 뒤 가져오세요.',
  zip_bomb: '압축을 풀면 비정상적으로 커지는 파일이라 열지 않았습니다. 엑셀에서 필요한 내용만 새 파일로 저장한 뒤 가져오세요.',
  corrupt: `파일이 손상되었거나 엑셀 형식이 아닙니다. ${SAVE_AS_XLSX}`,
  unknown_encoding: '글자 인코딩을 알 수 없는 CSV 파일입니다. 엑셀에서 "CSV UTF-8(쉼표로 분리)"로 다시 저장한 뒤 가져오세요.',
  no_data: '가져올 내용이 없습니다. 명단이 첫 번째 시트에 있는지 확인하세요.'
}

export function tooManyColumns(maxColumns: number): string {
  return `열이 너무 많습니다(최대 ${maxColumns.toLocaleString('ko-KR')}열). 필요한 열만 남겨 다시 저장한 뒤 가져오세요.`
}

export function tooManyRows(maxRows: number): string {
  return `행이 너무 많습니다(최대 ${maxRows.toLocaleString('ko-KR')}행). 파일을 나누어 가져오세요.`
}

/** `where`: the sheet and cell, e.g. `'명단' 시트 B3`. */
export function formulaFound(where: string): string {
  return `수식이 들어 있는 파일입니다(${where} 셀). 값만 붙여넣은 파일로 다시 저장하세요.`
}

export function unsafeSheetName(name: string): string {
  return `시트 이름 '${name}'은(는) 쓸 수 없습니다. 시트 이름을 바꿔 다시 저장한 뒤 가져오세요.`
}

export function refusal(reason: keyof typeof REFUSAL_MESSAGES, detail: string): TableRefusal {
  return { reason, message: REFUSAL_MESSAGES[reason], detail }
}

import { josa } from 'es-hangul'
import { IMPORT_FIELD_LABELS, IMPORT_FIELD_ORDER, importRowStatus } from '../../../../../shared/domains/reemployment/importLabels'
import { REQUIRED_IMPORT_FIELDS, type ImportField, type ImportMapping, type ImportPreview, type ImportRowView } from '../../../../../shared/domains/reemployment/importViews'

/** The dialog's steps, in order; the mapping step is skipped when main recognised every required header. */
export type ImportStep = 'choose' | 'mapping' | 'preview'

export const IMPORT_STEP_LABELS: Record<ImportStep | 'import', string> = {
  choose: '파일 선택',
  mapping: '열 연결',
  preview: '미리보기',
  import: '가져오기'
}

/** Where a freshly read file lands: the mapping first when a required field has no column. */
export function stepAfterPreview(preview: ImportPreview): ImportStep {
  return preview.unmapped.length > 0 ? 'mapping' : 'preview'
}

/** A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** "B열 · 년생" — the letter too, so a file whose headers are blank or repeated can still be mapped. */
export function columnLabel(index: number, header: string): string {
  const text = header.trim()
  return `${columnLetter(index)}열 · ${text === '' ? '(제목 없음)' : text}`
}

export type MappingProblems = Partial<Record<ImportField, string>>

/** What keeps a mapping from being applied: a required field without a column, one column for two fields. */
export function mappingProblems(mapping: ImportMapping): MappingProblems {
  const problems: MappingProblems = {}
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (mapping[field] === null) problems[field] = `${josa(IMPORT_FIELD_LABELS[field], '이/가')} 든 열을 고르세요.`
  }
  const firstOwner = new Map<number, ImportField>()
  for (const field of IMPORT_FIELD_ORDER) {
    const column = mapping[field]
    if (column === null) continue
    const owner = firstOwner.get(column)
    if (owner === undefined) firstOwner.set(column, field)
    else problems[field] ??= `${IMPORT_FIELD_LABELS[owner]}에 이미 고른 열입니다. 다른 열을 고르세요.`
  }
  return problems
}

export function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  return IMPORT_FIELD_ORDER.every((field) => a[field] === b[field])
}

/** The rows the table shows: all of them, or only those left out on import. */
export function rowsToShow(rows: readonly ImportRowView[], onlyProblems: boolean): readonly ImportRowView[] {
  return onlyProblems ? rows.filter((row) => importRowStatus(row) !== 'ok') : rows
}

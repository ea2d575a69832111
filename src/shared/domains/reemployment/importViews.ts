import { z } from 'zod'
import { IdText } from '../../ipc/contractParts'

/**
 * Importing a walk-in or pre-registration list (.xlsx, .xls, .csv) into a 재취업 session: the file is
 * read in main (never handed to the renderer), each row checked, and nothing queued until the user
 * confirms — then every valid row as one walk-in write, in one transaction.
 */

/** What a column of the file can be: a person's name, birth year and mobile number are required. */
export const ImportField = z.enum(['name', 'birthYear', 'phone', 'expectedRetirement'])
export type ImportField = z.infer<typeof ImportField>
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'birthYear', 'phone']

/** Which column (0-based index into `headers`) holds each field; null: not in the file. */
export const ImportMapping = z.object({
  name: z.number().int().min(0).max(199).nullable(),
  birthYear: z.number().int().min(0).max(199).nullable(),
  phone: z.number().int().min(0).max(199).nullable(),
  expectedRetirement: z.number().int().min(0).max(199).nullable()
})
export type ImportMapping = z.infer<typeof ImportMapping>

export const ImportRowView = z.object({
  /** The row's line in the file as a spreadsheet shows it (the header is line 1 or where it was found). */
  line: z.number().int(),
  name: z.string(),
  birthYear: z.string(),
  /** Masked (010-****-5678): the preview shows enough to recognise a row, not the number. */
  phone: z.string(),
  /** One Korean sentence per problem; a row with none is imported on confirm. */
  errors: z.array(z.string()),
  /** Already registered in the session, or a repeat of an earlier line of the file. */
  duplicate: z.boolean()
})
export type ImportRowView = z.infer<typeof ImportRowView>

export const ImportPreview = z.object({
  importId: IdText,
  sessionId: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'xls', 'csv']),
  /** The text encoding detected for a CSV; null for a workbook. */
  encoding: z.enum(['utf-8', 'cp949']).nullable(),
  sheetName: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: ImportMapping,
  /** Required fields no column is mapped to: the screen asks for the mapping before anything else. */
  unmapped: z.array(ImportField),
  rows: z.array(ImportRowView),
  totals: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int(), duplicates: z.number().int() })
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportChooseRequest = z.object({ sessionId: IdText })
export const ImportChosen = z.object({ preview: ImportPreview.nullable() })
export const ImportMappingRequest = z.object({ importId: IdText, mapping: ImportMapping })
export const ImportResult = z.object({
  sessionId: z.string(),
  /** Walk-in writes queued (sent at the next sync; the portal decides 확정 or 대기). */
  queued: z.number().int(),
  /** Rows left out because of their errors. */
  skipped: z.number().int()
})
export type ImportResult = z.infer<typeof ImportResult>

import type { WriteReport } from './types'
import { writeCsv } from './csv'
import { writeXlsx } from './xlsx'

/**
 * Writes a report's file in the format asked: the styled .xlsx (요약 first, then the data sheets) or
 * the UTF-8 CSV. Both stream the rows, stop between rows on a cancel (rejecting with an AbortError)
 * and resolve only once the file is closed, so the caller may hash, rename or delete it at once.
 */
export const writeReport: WriteReport = (path, document, options) =>
  options.format === 'csv' ? writeCsv(path, document, options) : writeXlsx(path, document, options)

import log from 'electron-log/main'
import { maskLogValue } from '../shell/logMask'
import { LOG_ARCHIVES_KEPT, LOG_MAX_BYTES, rotateLogFile } from '../shell/logRotation'
import type { Logger } from '../core/log'

/**
 * electron-log for the app: no preload (a second, unvalidated bridge into every page), the mask on every
 * transport (a hook runs before any transport writes), and the file rotated at 5 MB into main.1.log …
 * main.3.log (older ones removed), so a PC's log folder stays small and holds nothing personal.
 */
export function setUpLogging(): Logger {
  log.initialize({ preload: false })
  log.hooks.push((message) => ({ ...message, data: message.data.map((part: unknown) => maskLogValue(part)) }))
  log.transports.file.maxSize = LOG_MAX_BYTES
  log.transports.file.archiveLogFn = (file) => {
    try {
      rotateLogFile(file.path, LOG_ARCHIVES_KEPT)
    } catch {
      // A file another program holds open: electron-log's own fallback would crop it; it grows until the next try.
    }
  }
  return (level, message, meta) => log[level](message, meta ?? '')
}

/** Where the current log file is (진단 정보 reads it and its archives). */
export function currentLogFile(): string {
  return log.transports.file.getFile().path
}

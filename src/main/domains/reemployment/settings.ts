import { CompletionSettings, HintSettings } from '../../../shared/domains/reemployment/views'
import { appendAudit } from '../../db/repositories/auditLog'
import { getSetting, setSetting } from '../../db/repositories/settings'
import type { Db } from '../../db/types'

/** The program's conditions and the 수료 rule, kept on this PC (one setting each, for every coordinator). */
const HINTS_KEY = 'reemployment:hint_settings'
const COMPLETION_KEY = 'reemployment:completion_settings'

export const DEFAULT_HINT_SETTINGS: HintSettings = HintSettings.parse({})
export const DEFAULT_COMPLETION_SETTINGS: CompletionSettings = CompletionSettings.parse({})

export function hintSettings(db: Db): HintSettings {
  return getSetting(db, HINTS_KEY, HintSettings, DEFAULT_HINT_SETTINGS)
}

export function completionSettings(db: Db): CompletionSettings {
  return getSetting(db, COMPLETION_KEY, CompletionSettings, DEFAULT_COMPLETION_SETTINGS)
}

/** Settings changes are recorded (who changed which rule when), as the portal's audit rules ask. */
function saveSetting<T>(db: Db, key: string, value: T, actorId: string, at: string): T {
  db.transaction(() => {
    setSetting(db, key, value)
    appendAudit(db, { at, actorId, action: 'settings_change', detail: { key, value }, deviceTime: at })
  })()
  return value
}

export function saveHintSettings(db: Db, value: HintSettings, actorId: string, at: string): HintSettings {
  return saveSetting(db, HINTS_KEY, value, actorId, at)
}

export function saveCompletionSettings(db: Db, value: CompletionSettings, actorId: string, at: string): CompletionSettings {
  // One status listed twice means nothing more.
  return saveSetting(db, COMPLETION_KEY, { ...value, countedStatuses: [...new Set(value.countedStatuses)] }, actorId, at)
}

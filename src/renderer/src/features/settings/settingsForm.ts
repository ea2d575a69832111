import { IDLE_LOCK_MINUTES, PortalUrl, ProxySettings, RETENTION_DAYS, SYNC_INTERVAL_MINUTES } from '../../../../shared/ipc/views'

/** Where the 보유기간 in force comes from (belongs beside the other enum labels in src/shared/domain/labels.ts). */

/** What a number field holds while typed (Mantine's NumberInput: a number, or the text when it is not one yet). */
export type NumberFieldValue = number | string

export interface SecurityFormValues {
  syncIntervalMinutes: NumberFieldValue
  idleLockMinutes: NumberFieldValue
  retentionDays: NumberFieldValue
}

export interface SecurityFormErrors {
  syncIntervalMinutes: string | null
  idleLockMinutes: string | null
  retentionDays: string | null
}

function wholeNumberIn(value: NumberFieldValue, range: { min: number; max: number }): number | null {
  const number = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)
  return Number.isInteger(number) && number >= range.min && number <= range.max ? number : null
}

/** The form's problems, field by field, in the words of the screen (null: the field is fine). */
export function securityFormErrors(values: SecurityFormValues): SecurityFormErrors {
  return {
    syncIntervalMinutes:
      wholeNumberIn(values.syncIntervalMinutes, SYNC_INTERVAL_MINUTES) === null
        ? `동기화 간격은 ${SYNC_INTERVAL_MINUTES.min}분에서 ${SYNC_INTERVAL_MINUTES.max}분 사이의 정수로 입력하세요.`
        : null,
    idleLockMinutes:
      wholeNumberIn(values.idleLockMinutes, IDLE_LOCK_MINUTES) === null
        ? `자동 잠금 시간은 ${IDLE_LOCK_MINUTES.min}분에서 ${IDLE_LOCK_MINUTES.max}분 사이의 정수로 입력하세요.`
        : null,
    retentionDays:
      wholeNumberIn(values.retentionDays, RETENTION_DAYS) === null
        ? `보유기간은 ${RETENTION_DAYS.min}일에서 ${RETENTION_DAYS.max}일 사이의 정수로 입력하세요.`
        : null
  }
}

/** The values to send, when every field is fine. */
export function securityFormSettings(values: SecurityFormValues): { syncIntervalMinutes: number; idleLockMinutes: number; retentionDays: number } | null {
  const syncIntervalMinutes = wholeNumberIn(values.syncIntervalMinutes, SYNC_INTERVAL_MINUTES)
  const idleLockMinutes = wholeNumberIn(values.idleLockMinutes, IDLE_LOCK_MINUTES)
  const retentionDays = wholeNumberIn(values.retentionDays, RETENTION_DAYS)
  return syncIntervalMinutes === null || idleLockMinutes === null || retentionDays === null ? null : { syncIntervalMinutes, idleLockMinutes, retentionDays }
}

export interface ProxyFormValues {
  mode: 'system' | 'manual'
  server: string
  bypass: string
}

/**
 * The proxy as typed, checked by the contract's own ProxySettings schema (its Korean messages, e.g. a
 * password in the address); main checks it again. `errors` by field.
 */
export function parseProxyForm(values: ProxyFormValues): { ok: true; value: ProxySettings } | { ok: false; errors: { server: string | null; bypass: string | null } } {
  const parsed = ProxySettings.safeParse(values.mode === 'system' ? { mode: 'system' } : { mode: 'manual', server: values.server, bypass: values.bypass })
  if (parsed.success) return { ok: true, value: parsed.data }
  const at = (field: string) => parsed.error.issues.find((issue) => issue.path[0] === field)?.message ?? null
  return { ok: false, errors: { server: at('server'), bypass: at('bypass') } }
}

/**
 * The portal address as typed: an empty field goes back to the default (null); anything else must pass
 * the contract's own PortalUrl rule, whose message is shown (main checks it again).
 */
export function parsePortalUrl(text: string): { ok: true; value: string | null } | { ok: false; message: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: true, value: null }
  const parsed = PortalUrl.safeParse(trimmed)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, message: parsed.error.issues[0]?.message ?? '포털 주소 형식이 올바르지 않습니다.' }
}

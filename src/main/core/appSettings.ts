import { z } from 'zod'
import type { Db } from '../db/types'
import { getSetting, setSetting } from '../db/repositories/settings'
import { IDLE_LOCK_MINUTES, ProxySettings, RETENTION_DAYS, SYNC_INTERVAL_MINUTES } from '../../shared/ipc/views'

const SETTING_IDLE_LOCK_MINUTES = 'idle_lock_minutes'
const SETTING_RETENTION_DAYS = 'retention_days'
const SETTING_SYNC_INTERVAL_MINUTES = 'sync_interval_minutes'
const SETTING_PROXY = 'proxy'

const IdleMinutes = z.number().int().min(IDLE_LOCK_MINUTES.min).max(IDLE_LOCK_MINUTES.max)
const RetentionDays = z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max)

/** Minutes without input before the app locks itself (안전성 확보조치 기준: 일정 시간 미사용 시 접속 차단). */
export function idleLockMinutes(db: Db): number {
  return getSetting(db, SETTING_IDLE_LOCK_MINUTES, IdleMinutes, IDLE_LOCK_MINUTES.default)
}

export function setIdleLockMinutes(db: Db, minutes: number): void {
  setSetting(db, SETTING_IDLE_LOCK_MINUTES, IdleMinutes.parse(minutes))
}

/** The 보유기간 of cached 재취업 registrations; `set` once the division has entered its 처리방침's value. */
export function retentionDays(db: Db): { days: number; source: 'default' | 'set' } {
  const days = getSetting(db, SETTING_RETENTION_DAYS, RetentionDays.nullable(), null)
  return days === null ? { days: RETENTION_DAYS.default, source: 'default' } : { days, source: 'set' }
}

export function setRetentionDays(db: Db, days: number): void {
  setSetting(db, SETTING_RETENTION_DAYS, RetentionDays.parse(days))
}

const SyncIntervalMinutes = z.number().int().min(SYNC_INTERVAL_MINUTES.min).max(SYNC_INTERVAL_MINUTES.max)

/** Minutes between automatic syncs. */
export function syncIntervalMinutes(db: Db): number {
  return getSetting(db, SETTING_SYNC_INTERVAL_MINUTES, SyncIntervalMinutes, SYNC_INTERVAL_MINUTES.default)
}

export function setSyncIntervalMinutes(db: Db, minutes: number): void {
  setSetting(db, SETTING_SYNC_INTERVAL_MINUTES, SyncIntervalMinutes.parse(minutes))
}

/** How the portal is reached (default: the Windows proxy settings, as the browser staff use). */
export function proxySettings(db: Db): ProxySettings {
  return getSetting(db, SETTING_PROXY, ProxySettings, { mode: 'system' })
}

export function setProxySettings(db: Db, proxy: ProxySettings): void {
  setSetting(db, SETTING_PROXY, ProxySettings.parse(proxy))
}

import { z } from 'zod'
import type { Db } from '../db/types'
import { getSetting, setSetting } from '../db/repositories/settings'
import { IDLE_LOCK_MINUTES, RETENTION_DAYS } from '../../shared/ipc/views'

const SETTING_IDLE_LOCK_MINUTES = 'idle_lock_minutes'
const SETTING_RETENTION_DAYS = 'retention_days'

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

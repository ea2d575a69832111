import dayjs from 'dayjs'
import 'dayjs/locale/ko'
import relativeTime from 'dayjs/plugin/relativeTime'

dayjs.extend(relativeTime)
dayjs.locale('ko')

const numberFormat = new Intl.NumberFormat('ko-KR')

/** 1200 → "1,200" */
export function formatCount(value: number): string {
  return numberFormat.format(value)
}

/** 12121 → "12,121원" */
export function formatWon(value: number): string {
  return `${numberFormat.format(value)}원`
}

/** An RFC 3339 instant → "2026-11-20 10:12" in the machine's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const d = dayjs(value)
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : value
}

/** "YYYY-MM-DD" or an instant → "2026-03-02" */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—'
  const d = dayjs(value)
  return d.isValid() ? d.format('YYYY-MM-DD') : value
}

/** An instant → "3분 전" */
export function formatRelative(value: string | null | undefined, now: Date = new Date()): string {
  if (!value) return '없음'
  const d = dayjs(value)
  return d.isValid() ? d.from(now) : value
}

/** 482113 → "470.8KB" */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size}B`
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)}KB`
  return `${(size / 1024 / 1024).toFixed(1)}MB`
}

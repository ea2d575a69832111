import { createElement } from 'react'
import { notifications, notificationsStore } from '@mantine/notifications'
import { errorDetail, errorMessage } from '../api'
import { NoticeBody } from '../components/ErrorDetail'

/**
 * The one way screens tell the staff member what happened. Success and information close by
 * themselves; a failure stays until closed. Notices that answer the same question share a `topic`
 * (e.g. 'sync-result'): a newer one replaces the older — a success replaces a stale failure — and
 * the same notice shown again is counted ("· 3회") instead of stacked. A failure's technical detail
 * is folded under "자세히".
 */
export type NoticeKind = 'success' | 'info' | 'warning' | 'failure'

export interface Notice {
  title: string
  message?: string
  /** Notices of one topic replace each other; without one, the title is the topic. */
  topic?: string
  /** Milliseconds before it closes by itself (failures: never, unless given). */
  autoClose?: number | false
}

const COLORS: Record<NoticeKind, string> = { success: 'teal', info: 'blue', warning: 'yellow', failure: 'red' }
const AUTO_CLOSE: Record<NoticeKind, number | false> = { success: 4_000, info: 4_000, warning: 8_000, failure: false }

/** What was last shown per topic, to count repeats. Whether it is still on screen is the store's to say. */
const shown = new Map<string, { kind: NoticeKind; title: string; message: string; repeats: number; updates: number }>()

/** Closes every notice and forgets their text (the app locked or signed out: nothing of a record stays in memory). */
export function forgetNotices(): void {
  shown.clear()
  notifications.clean()
}

function idOf(topic: string): string {
  return `notice:${topic}`
}

function isOnScreen(id: string): boolean {
  const { notifications: visible, queue } = notificationsStore.getState()
  return visible.some((n) => n.id === id) || queue.some((n) => n.id === id)
}

function show(kind: NoticeKind, notice: Notice, detail: string | null = null): void {
  const topic = notice.topic ?? notice.title
  const id = idOf(topic)
  const message = notice.message ?? ''
  const onScreen = isOnScreen(id)
  const previous = onScreen ? shown.get(topic) : undefined
  const repeats = previous && previous.kind === kind && previous.title === notice.title && previous.message === message ? previous.repeats + 1 : 1
  const updates = previous ? previous.updates + 1 : 0
  shown.set(topic, { kind, title: notice.title, message, repeats, updates })
  const autoClose = notice.autoClose ?? AUTO_CLOSE[kind]
  const options = {
    id,
    color: COLORS[kind],
    title: repeats > 1 ? `${notice.title} · ${repeats}회` : notice.title,
    message: createElement(NoticeBody, { message, detail }),
    // Mantine restarts a notice's close timer only when its duration changes: a notice updated in
    // place alternates it by a millisecond, so the newer news gets its full time on screen (otherwise
    // a result replacing one shown 3 s earlier would vanish a second later).
    autoClose: autoClose === false ? false : autoClose + (updates % 2),
    withCloseButton: true,
    closeButtonProps: { 'aria-label': '알림 닫기' },
    'data-testid': 'notice',
    'data-topic': topic,
    'data-kind': kind,
    onClose: () => {
      shown.delete(topic)
    }
  }
  if (onScreen) notifications.update(options)
  else notifications.show(options)
}

export const notify = {
  success: (notice: Notice) => show('success', notice),
  info: (notice: Notice) => show('info', notice),
  warning: (notice: Notice) => show('warning', notice),
  /** `error`: anything thrown by the api client (its Korean message is shown, its detail folded) or a message. */
  failure: (notice: Omit<Notice, 'message'> & { error: unknown; detail?: string | null }) => {
    const { error, detail, ...rest } = notice
    if (typeof error === 'string') show('failure', { ...rest, message: error }, detail ?? null)
    else show('failure', { ...rest, message: errorMessage(error) }, detail ?? errorDetail(error))
  },
  /** Closes a topic's notice, if shown (e.g. a failure the next attempt made stale). */
  dismiss: (topic: string) => {
    shown.delete(topic)
    if (isOnScreen(idOf(topic))) notifications.hide(idOf(topic))
  }
}

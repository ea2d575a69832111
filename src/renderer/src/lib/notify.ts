import { notifications } from '@mantine/notifications'
import { errorMessage } from '../api'

/**
 * The one way screens tell the staff member what happened. Success and information close by
 * themselves; a failure stays until closed. Notices that answer the same question share a `topic`
 * (e.g. 'sync-result'): a newer one replaces the older — a success replaces a stale failure — and
 * the same notice shown again is counted ("· 3회") instead of stacked.
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

/** What is on screen per topic, to count repeats and to replace rather than stack. */
const shown = new Map<string, { kind: NoticeKind; title: string; message: string; repeats: number }>()

function idOf(topic: string): string {
  return `notice:${topic}`
}

function show(kind: NoticeKind, notice: Notice): void {
  const topic = notice.topic ?? notice.title
  const message = notice.message ?? ''
  const previous = shown.get(topic)
  const repeats = previous && previous.kind === kind && previous.title === notice.title && previous.message === message ? previous.repeats + 1 : 1
  shown.set(topic, { kind, title: notice.title, message, repeats })
  const options = {
    id: idOf(topic),
    color: COLORS[kind],
    title: repeats > 1 ? `${notice.title} · ${repeats}회` : notice.title,
    message,
    autoClose: notice.autoClose ?? AUTO_CLOSE[kind],
    withCloseButton: true,
    onClose: () => {
      shown.delete(topic)
    }
  }
  if (previous) notifications.update(options)
  else notifications.show(options)
}

export const notify = {
  success: (notice: Notice) => show('success', notice),
  info: (notice: Notice) => show('info', notice),
  warning: (notice: Notice) => show('warning', notice),
  /** `error`: anything thrown by the api client (its Korean message is shown) or a message. */
  failure: (notice: Omit<Notice, 'message'> & { error: unknown }) => {
    const { error, ...rest } = notice
    show('failure', { ...rest, message: typeof error === 'string' ? error : errorMessage(error) })
  },
  /** Closes a topic's notice, if shown (e.g. a failure the next attempt made stale). */
  dismiss: (topic: string) => {
    if (!shown.has(topic)) return
    shown.delete(topic)
    notifications.hide(idOf(topic))
  }
}

import { Badge, Group, Text, Timeline, Title } from '@mantine/core'
import { HISTORY_KIND_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { HistoryEntry } from '../../../../shared/domains/attractive-jobs/views'
import { StaffName } from '../../components/StaffName'
import { formatDateTime } from '../../lib/format'

const KIND_COLORS: Record<HistoryEntry['kind'], string> = {
  version: 'gray',
  queued: 'orange',
  synced: 'teal',
  conflict: 'red',
  rejected: 'red',
  reapplied: 'blue',
  discarded: 'gray',
  comment: 'violet',
  decision: 'indigo',
  contact: 'yellow'
}

/**
 * When it happened, by whose clock: a copy received (the time this PC got it), something the portal
 * recorded (its own time), or something done on this PC (this PC's time, and when the portal confirmed it).
 */
function EntryTimes({ entry }: { entry: HistoryEntry }) {
  if (entry.kind === 'version') return <>받은 시각 {formatDateTime(entry.syncTime)}</>
  if (entry.clock === 'portal') return <>포털 시각 {formatDateTime(entry.deviceTime)}</>
  return (
    <>
      이 PC 시각 {formatDateTime(entry.deviceTime)} · 동기화 시각 {entry.syncTime ? formatDateTime(entry.syncTime) : '아직 안 됨'}
    </>
  )
}

/** Versions seen, decisions, comments and local writes: who (by name), and when by whose clock. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  return (
    <section aria-label="이력" data-testid="aj-history">
      <Title order={5} mb={8} c="blue">
        이력 {history.length > 0 ? `${history.length}건` : ''}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          이력이 없습니다.
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {history.map((h, i) => {
            const color = KIND_COLORS[h.kind]
            return (
              <Timeline.Item
                key={`${h.kind}-${i}`}
                color={color}
                data-testid="aj-history-entry"
                data-kind={h.kind}
                title={
                  <Group gap={6}>
                    <Badge size="xs" variant="light" color={color}>
                      {HISTORY_KIND_LABELS[h.kind]}
                    </Badge>
                    <Text size="sm">{h.summary}</Text>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {h.actor ? <StaffName id={h.actor} /> : '—'}
                  {h.version !== null ? ` · 버전 ${h.version}` : ''}
                </Text>
                <Text size="xs" c="dimmed" data-testid="aj-history-time">
                  <EntryTimes entry={h} />
                </Text>
              </Timeline.Item>
            )
          })}
        </Timeline>
      )}
    </section>
  )
}

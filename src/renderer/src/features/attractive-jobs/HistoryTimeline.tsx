import { Badge, Group, Text, Timeline, Title } from '@mantine/core'
import { HISTORY_KIND_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import type { HistoryEntry } from '../../../../shared/domains/attractive-jobs/views'
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

/** Versions seen, decisions, comments and local writes, with device time and sync time side by side. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  return (
    <section aria-label="이력" data-testid="aj-history">
      <Title order={5} mb={8} c="blue.8">
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
              <Timeline.Item key={`${h.kind}-${i}`} color={color}
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
                  {h.actor ?? '—'}
                  {h.version !== null ? ` · 버전 ${h.version}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  이 PC 시각 {formatDateTime(h.deviceTime)} · 동기화 시각 {h.syncTime ? formatDateTime(h.syncTime) : '아직 안 됨'}
                </Text>
              </Timeline.Item>
            )
          })}
        </Timeline>
      )}
    </section>
  )
}

import { Badge, Group, Text, Timeline, Title } from '@mantine/core'
import type { HistoryEntry } from '../../../../shared/ipc/attractiveJobViews'
import { formatDateTime } from '../../lib/format'

const KIND_LABELS: Record<HistoryEntry['kind'], { label: string; color: string }> = {
  version: { label: '버전 수신', color: 'gray' },
  queued: { label: '전송 대기', color: 'orange' },
  synced: { label: '포털 반영', color: 'teal' },
  conflict: { label: '충돌', color: 'red' },
  rejected: { label: '포털 거부', color: 'red' },
  reapplied: { label: '다시 적용', color: 'blue' },
  discarded: { label: '취소함', color: 'gray' },
  comment: { label: '의견', color: 'violet' },
  decision: { label: '결정', color: 'indigo' },
  contact: { label: '개인정보 조회', color: 'yellow' }
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
            const kind = KIND_LABELS[h.kind]
            return (
              <Timeline.Item key={`${h.kind}-${i}`} color={kind.color}
                title={
                  <Group gap={6}>
                    <Badge size="xs" variant="light" color={kind.color}>
                      {kind.label}
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

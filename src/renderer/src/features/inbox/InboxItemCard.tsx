import { Alert, Badge, Button, Card, Collapse, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconAlertTriangle, IconArrowBackUp, IconChevronDown, IconChevronUp, IconExternalLink, IconTrash } from '@tabler/icons-react'
import { COLLECTION_LABELS, INBOX_STATE_LABELS } from '../../../../shared/domain/labels'
import { SharedTooltip } from '../../components/SharedTooltip'
import type { InboxItem } from '../../../../shared/ipc/outboxViews'
import { InboxChangesLegend, InboxChangesTable, visibleChanges } from '../../components/InboxChangesTable'
import { StaffName } from '../../components/StaffName'
import { formatDateTime, formatRelative } from '../../lib/format'

const STATE_COLORS: Record<InboxItem['state'], string> = { conflict: 'orange', rejected: 'red' }

export interface InboxItemCardProps {
  item: InboxItem
  expanded: boolean
  onToggle: () => void
  onReapply: () => void
  onDiscard: () => void
  onOpen: () => void
  /** Another action on this item is in flight. */
  busy: boolean
}

/** One 확인 필요 entry: what I did, why the portal did not take it, the changes side by side, and the actions. */
export function InboxItemCard({ item, expanded, onToggle, onReapply, onDiscard, onOpen, busy }: InboxItemCardProps) {
  const shown = visibleChanges(item.changes)
  const serverChanges = shown.filter((c) => c.changedOnServer).length
  return (
    <Card withBorder padding="md" data-testid="inbox-item" data-seq={item.seq} data-record-id={item.recordId} data-state={item.state}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Badge color={STATE_COLORS[item.state]} variant="filled" data-testid="inbox-state">
                {INBOX_STATE_LABELS[item.state]}
              </Badge>
              <Badge color="gray" variant="light">
                {item.opLabel}
              </Badge>
              <Text size="xs" c="dimmed">
                {COLLECTION_LABELS[item.collection]}
              </Text>
            </Group>
            <Text fw={700} data-testid="inbox-record">
              {item.recordTitle}{' '}
              <Text span size="sm" c="dimmed" fw={400}>
                {item.recordId}
              </Text>
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end">
            <SharedTooltip label={formatDateTime(item.deviceTime)}>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                이 컴퓨터에서 {formatDateTime(item.deviceTime)} ({formatRelative(item.deviceTime)})
              </Text>
            </SharedTooltip>
            <Text size="xs" c="dimmed" data-testid="inbox-actor">
              <StaffName id={item.actorId} />
            </Text>
          </Stack>
        </Group>

        <Alert color={STATE_COLORS[item.state]} variant="light" icon={<IconAlertTriangle size={16} />} p="xs">
          <Text size="sm" data-testid="inbox-reason">
            {item.reason}
          </Text>
        </Alert>

        <Text size="sm" data-testid="inbox-intent">
          <Text span fw={600}>
            내 변경:{' '}
          </Text>
          {item.intent}
          {item.baseVersion !== null && (
            <Text span size="xs" c="dimmed">
              {' '}
              (내가 본 버전 {item.baseVersion}
              {item.serverVersion !== null ? ` → 포털 현재 버전 ${item.serverVersion}` : ''})
            </Text>
          )}
        </Text>

        {item.waitingBehind > 0 && (
          <Text size="sm" c="orange" data-testid="inbox-waiting">
            이 자료의 뒤이은 변경 {item.waitingBehind}건이 대기 중입니다. 이 항목을 처리해야 함께 보냅니다.
          </Text>
        )}

        <Group justify="space-between">
          <Group gap="xs">
            <Tooltip label={item.reapplyBlockedReason ?? ''} disabled={item.canReapply || !item.reapplyBlockedReason} multiline w={320}>
              {/* A disabled button fires no pointer events: the wrapper carries the tooltip. */}
              <span>
                <Button
                  size="xs"
                  leftSection={<IconArrowBackUp size={14} />}
                  disabled={!item.canReapply || busy}
                  onClick={onReapply}
                  data-blocked-reason={item.reapplyBlockedReason ?? undefined}
                >
                  다시 적용
                </Button>
              </span>
            </Tooltip>
            <Button size="xs" color="red" variant="light" leftSection={<IconTrash size={14} />} disabled={busy} onClick={onDiscard}>
              내 변경 버리기
            </Button>
            <Button size="xs" variant="default" leftSection={<IconExternalLink size={14} />} onClick={onOpen}>
              자료 열기
            </Button>
          </Group>
          <Button
            size="xs"
            variant="subtle"
            onClick={onToggle}
            aria-expanded={expanded}
            rightSection={expanded ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          >
            {expanded ? '비교 접기' : `변경 비교 (${shown.length}개 필드${serverChanges > 0 ? `, 포털 변경 ${serverChanges}` : ''})`}
          </Button>
        </Group>
        {!item.canReapply && item.reapplyBlockedReason && (
          <Text size="xs" c="dimmed">
            다시 적용할 수 없는 이유: {item.reapplyBlockedReason}
          </Text>
        )}

        <Collapse expanded={expanded}>
          <Stack gap="xs" mt="xs">
            <InboxChangesLegend />
            <InboxChangesTable collection={item.collection} changes={item.changes} />
          </Stack>
        </Collapse>
      </Stack>
    </Card>
  )
}

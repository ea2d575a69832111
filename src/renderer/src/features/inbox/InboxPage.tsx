import { useState } from 'react'
import { Badge, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { ErrorAlert } from '../../components/ErrorDetail'
import type { InboxItem } from '../../../../shared/ipc/outboxViews'
import { formatCount } from '../../lib/format'
import { useHashRoute } from '../../router'
import { DiscardConfirmModal } from './DiscardConfirmModal'
import { InboxItemCard } from './InboxItemCard'
import { recordLocation, useDiscard, useInbox, useReapply } from './useInbox'

/** With this many items or fewer, every comparison starts open. */
const OPEN_ALL_UP_TO = 3

/**
 * 확인 필요: every write the portal did not take (a conflict with another staff member's change, or a
 * rejection), kept until a person re-applies it, discards it, or opens the record.
 */
export function InboxPage() {
  const inbox = useInbox()
  const reapply = useReapply()
  const discard = useDiscard()
  const { navigate } = useHashRoute()
  const [toggled, setToggled] = useState<Record<number, boolean>>({})
  const [discarding, setDiscarding] = useState<InboxItem | null>(null)

  const items = inbox.data ?? []
  const conflicts = items.filter((i) => i.state === 'conflict').length
  const rejected = items.length - conflicts
  const openByDefault = items.length <= OPEN_ALL_UP_TO
  const busySeq = reapply.isPending ? reapply.variables : discard.isPending ? discard.variables : null

  return (
    <Stack gap="lg" data-testid="inbox-page">
      <div>
        <Group gap="sm">
          <Title order={2}>확인 필요</Title>
          {conflicts > 0 && (
            <Badge color="orange" variant="light">
              충돌 {formatCount(conflicts)}
            </Badge>
          )}
          {rejected > 0 && (
            <Badge color="red" variant="light">
              거절 {formatCount(rejected)}
            </Badge>
          )}
        </Group>
        <Text c="dimmed" size="sm">
          포털이 받지 않은 내 변경입니다. 다시 적용하거나 버리기 전까지 이 목록에 남고, 포털로 보내지 않습니다.
        </Text>
      </div>

      {inbox.error && <ErrorAlert error={inbox.error} />}
      {inbox.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}

      {inbox.data && items.length === 0 && (
        <Paper withBorder p="xl" data-testid="inbox-empty">
          <Stack align="center" gap="xs">
            <IconCircleCheck size={36} color="var(--mantine-color-teal-6)" />
            <Text fw={600}>확인할 항목이 없습니다</Text>
            <Text size="sm" c="dimmed">
              포털이 받지 않은 변경이 생기면 여기에 표시됩니다.
            </Text>
          </Stack>
        </Paper>
      )}

      {items.map((item) => {
        const expanded = toggled[item.seq] ?? openByDefault
        return (
          <InboxItemCard
            key={item.seq}
            item={item}
            expanded={expanded}
            onToggle={() => setToggled((t) => ({ ...t, [item.seq]: !expanded }))}
            busy={busySeq === item.seq}
            onReapply={() => reapply.mutate(item.seq)}
            onDiscard={() => setDiscarding(item)}
            onOpen={() => {
              const target = recordLocation(item.collection, item.recordId)
              navigate(target.path, target.params)
            }}
          />
        )
      })}

      <DiscardConfirmModal
        item={discarding}
        busy={discard.isPending}
        onCancel={() => setDiscarding(null)}
        onConfirm={(item) => discard.mutate(item.seq, { onSettled: () => setDiscarding(null) })}
      />
    </Stack>
  )
}

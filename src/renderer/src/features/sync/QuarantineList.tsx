import { useState } from 'react'
import { Badge, Button, Card, Code, Collapse, Group, Stack, Text } from '@mantine/core'
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react'
import { ErrorAlert } from '../../components/ErrorDetail'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import type { QuarantinedItem } from '../../../../shared/ipc/outboxViews'
import { formatCount, formatDateTime } from '../../lib/format'
import { useQuarantine } from './useOutboxViews'

/** The raw text as received, pretty-printed when it is JSON at all. */
function prettyRaw(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2)
  } catch {
    return raw
  }
}

function QuarantineCard({ item }: { item: QuarantinedItem }) {
  const [open, setOpen] = useState(false)
  return (
    <Card withBorder padding="sm" data-testid="quarantine-item" data-item-id={item.itemId ?? ''}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Badge color="orange" variant="light">
              {COLLECTION_LABELS[item.collection]}
            </Badge>
            <Text fw={600} size="sm">
              {item.itemId ?? '(ID 없음)'}
            </Text>
            <Text size="xs" c="dimmed">
              받은 시각 {formatDateTime(item.receivedAt)}
            </Text>
          </Group>
          <Text size="sm" c="red" data-testid="quarantine-error" style={{ wordBreak: 'break-word' }}>
            {item.error}
          </Text>
        </Stack>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        >
          원본 JSON
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Code block mt="xs" mah={320} style={{ overflow: 'auto' }} data-testid="quarantine-raw">
          {prettyRaw(item.raw)}
        </Code>
      </Collapse>
    </Card>
  )
}

/** 격리된 자료: feed items that did not match the schema — kept aside with the error and the raw JSON. */
export function QuarantineList() {
  const quarantine = useQuarantine()
  const items = quarantine.data ?? []
  return (
    <div>
      <Text fw={700} mb="xs">
        격리된 자료 {quarantine.data ? `${formatCount(items.length)}건` : ''}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        포털이 보낸 자료 중 형식이 맞지 않아 캐시에 넣지 않은 것입니다. 포털 담당자에게 원본과 오류를 전달하세요.
      </Text>
      {quarantine.error && <ErrorAlert error={quarantine.error} />}
      {quarantine.data && items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="quarantine-empty">
          격리된 자료가 없습니다.
        </Text>
      ) : (
        <Stack gap="xs" data-testid="quarantine-list">
          {items.map((item) => (
            <QuarantineCard key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </div>
  )
}

import { Badge, Group, List, Table, Text } from '@mantine/core'
import type { FieldChange } from '../../../../shared/ipc/outboxViews'
import type { CollectionName } from '../../../../shared/portal'
import { useStaffDirectory } from '../../features/reference/useStaffDirectory'
import { StaffName } from '../StaffName'
import { fieldLabel, formatFieldValue, isStaffIdPath } from './fieldValues'

/** Highlight colours: what the portal changed since I looked, and what my change sets. */
export const SERVER_CHANGE_COLOR = 'orange'
export const MY_CHANGE_COLOR = 'blue'

function Value({ collection, path, value }: { collection: CollectionName; path: string; value: unknown }) {
  const { describe } = useStaffDirectory()
  if (typeof value === 'string' && isStaffIdPath(path)) {
    return (
      <Text size="sm">
        <StaffName id={value} />
      </Text>
    )
  }
  const shown = formatFieldValue(collection, path, value, describe)
  if (Array.isArray(shown)) {
    return (
      <List size="xs" spacing={2}>
        {shown.map((line, i) => (
          <List.Item key={i}>{line}</List.Item>
        ))}
      </List>
    )
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {shown}
    </Text>
  )
}

export function InboxChangesLegend() {
  return (
    <Group gap="xs" data-testid="inbox-legend">
      <Badge color={SERVER_CHANGE_COLOR} variant="light" size="sm">
        포털에서 바뀜
      </Badge>
      <Badge color={MY_CHANGE_COLOR} variant="light" size="sm">
        내 변경
      </Badge>
      <Text size="xs" c="dimmed">
        색이 칠해진 칸이 바뀐 값입니다.
      </Text>
    </Group>
  )
}

/**
 * The rows to show: a parent path whose children are listed too (`decision` going from null to an object
 * also yields `decision.outcome`, …) is left out; the status first, then my changes, then the portal's.
 */
export function visibleChanges(changes: readonly FieldChange[]): FieldChange[] {
  const paths = changes.map((c) => c.path)
  const rank = (c: FieldChange) => (c.path === 'status' ? 0 : c.changedByMe ? 1 : 2)
  return changes
    .filter((c) => !paths.some((p) => p.startsWith(`${c.path}.`)))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map(({ c }) => c)
}

export interface InboxChangesTableProps {
  collection: CollectionName
  changes: readonly FieldChange[]
}

/**
 * 필드 | 내가 본 값 | 포털 현재 값 | 내 변경 적용 시 — side by side, the portal's changes and mine in
 * different colours.
 */
export function InboxChangesTable({ collection, changes: all }: InboxChangesTableProps) {
  const changes = visibleChanges(all)
  if (changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        달라진 필드가 없습니다.
      </Text>
    )
  }
  const bg = (color: string) => `var(--mantine-color-${color}-light)`
  return (
    <Table withTableBorder withColumnBorders layout="fixed" data-testid="inbox-changes">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="22%">필드</Table.Th>
          <Table.Th>내가 본 값</Table.Th>
          <Table.Th>포털 현재 값</Table.Th>
          <Table.Th>내 변경 적용 시</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr
            key={change.path}
            data-path={change.path}
            data-changed-on-server={change.changedOnServer ? 'true' : 'false'}
            data-changed-by-me={change.changedByMe ? 'true' : 'false'}
          >
            <Table.Td>
              <Text size="sm" fw={600}>
                {fieldLabel(collection, change.path)}
              </Text>
              <Group gap={4} mt={2}>
                {change.changedOnServer && (
                  <Badge size="xs" color={SERVER_CHANGE_COLOR} variant="light">
                    포털
                  </Badge>
                )}
                {change.changedByMe && (
                  <Badge size="xs" color={MY_CHANGE_COLOR} variant="light">
                    내 변경
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Value collection={collection} path={change.path} value={change.base} />
            </Table.Td>
            <Table.Td bg={change.changedOnServer ? bg(SERVER_CHANGE_COLOR) : undefined}>
              <Value collection={collection} path={change.path} value={change.server} />
            </Table.Td>
            <Table.Td bg={change.changedByMe ? bg(MY_CHANGE_COLOR) : undefined}>
              <Value collection={collection} path={change.path} value={change.mine} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

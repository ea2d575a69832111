import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core'
import { ErrorAlert } from '../../components/ErrorDetail'
import { ExportButton } from '../../components/ExportButton'
import { formatCount } from '../../lib/format'
import { AttendanceBadge, WalkInBadge } from './badges'
import { useNoShows } from './useReemployment'

/** 확정 and not 출석/지각: 조퇴, 결석 or never checked, in name order. */
export function NoShowsList({ sessionId }: { sessionId: string }) {
  const noShows = useNoShows(sessionId)
  if (noShows.error) return <ErrorAlert error={noShows.error} title="미출석자를 불러오지 못했습니다" />
  const rows = noShows.data?.rows ?? []
  return (
    <Stack gap="xs" data-testid="no-shows" data-count={rows.length}>
      <Group justify="space-between">
        <Text fw={700}>미출석자 {noShows.data ? `${formatCount(rows.length)}명` : ''}</Text>
        <Group gap="sm" wrap="nowrap">
          <Text size="xs" c="dimmed">
            확정자 중 출석·지각이 아닌 사람 (조퇴, 결석, 미확인)
          </Text>
          <ExportButton reportId="reemployment.no-shows" params={{ session: sessionId }} />
        </Group>
      </Group>
      {noShows.data && rows.length === 0 ? (
        <Alert color="teal" variant="light">
          확정자가 모두 출석 또는 지각으로 기록되었습니다.
        </Alert>
      ) : (
        <Table striped withTableBorder fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>성명</Table.Th>
              <Table.Th>출생연도</Table.Th>
              <Table.Th>전화 뒤 4자리</Table.Th>
              <Table.Th>출석</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-registration-id={r.id}>
                <Table.Td>
                  <Group gap={6}>
                    <Text fw={600} size="sm">
                      {r.person.name}
                    </Text>
                    {r.walkIn && <WalkInBadge size="xs" />}
                  </Group>
                </Table.Td>
                <Table.Td>{r.person.birth_year}</Table.Td>
                <Table.Td ff="monospace">{r.person.phone_last4}</Table.Td>
                <Table.Td>
                  {r.attendance ? (
                    <AttendanceBadge status={r.attendance.status} size="sm" />
                  ) : (
                    <Badge variant="outline" color="gray" size="sm">
                      미확인
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

import { Anchor, Badge, Table, Text } from '@mantine/core'
import { COLLECTION_LABELS } from '../../../../shared/domain/labels'
import type { PendingWrite } from '../../../../shared/ipc/outboxViews'
import { SharedTooltip } from '../../components/SharedTooltip'
import { ErrorAlert, ErrorDetail } from '../../components/ErrorDetail'
import { StaffName } from '../../components/StaffName'
import { useStaffDirectory } from '../reference/useStaffDirectory'
import { formatCount, formatDateTime, formatRelative } from '../../lib/format'
import { PATHS, navigate } from '../../router'
import { usePendingWrites } from './useOutboxViews'

/** What the 확인 필요 entry holding a write back is, in the sentence that says so. */
const BLOCKED_BY: Record<NonNullable<PendingWrite['blockedBy']>['state'], string> = {
  conflict: '이 자료의 충돌을 먼저 해결해야 보냅니다',
  rejected: '이 자료의 거절된 변경을 먼저 처리해야 보냅니다'
}

/**
 * A write another staff member queued on this PC: it goes only under its author's own sign-in (never
 * under the token of whoever is signed in now), so nothing here can send, re-apply or drop it.
 */
function WaitsForAuthor({ actorId }: { actorId: string }) {
  const { find } = useStaffDirectory()
  return (
    <Text size="sm" c="dimmed" data-testid="pending-waiting-for-author">
      작성자({find(actorId)?.name ?? actorId}) 로그인 시 전송
    </Text>
  )
}

/** When (or why not yet) a queued write goes to the portal. */
function NextAttempt({ write }: { write: PendingWrite }) {
  if (write.waitingForAuthor) return <WaitsForAuthor actorId={write.actorId} />
  if (write.blockedBy) {
    return (
      <Text size="sm" c="orange" data-testid="pending-blocked" data-blocked-by={write.blockedBy.seq}>
        {BLOCKED_BY[write.blockedBy.state]} ·{' '}
        <Anchor
          href={`#${PATHS.inbox}`}
          size="sm"
          onClick={(event) => {
            event.preventDefault()
            navigate(PATHS.inbox)
          }}
        >
          확인 필요 열기
        </Anchor>
      </Text>
    )
  }
  if (write.attempts === 0 || !write.nextAttemptAt || Date.parse(write.nextAttemptAt) <= Date.now()) {
    return <Text size="sm">곧 보냄 (연결되면)</Text>
  }
  return <Text size="sm">{formatDateTime(write.nextAttemptAt)} 이후</Text>
}

/** 보낼 변경: each queued write with who made it, its attempts, when it goes next (or what holds it) and the last error. */
export function PendingWritesTable({ running }: { running: boolean }) {
  const pending = usePendingWrites(running)
  const rows = pending.data ?? []
  return (
    <div>
      <Text fw={700} mb="xs">
        보낼 변경 {pending.data ? `${formatCount(rows.length)}건` : ''}
      </Text>
      {pending.error && <ErrorAlert error={pending.error} />}
      {pending.data && rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="pending-empty">
          포털로 보낼 변경이 없습니다.
        </Text>
      ) : (
        <Table withTableBorder striped data-testid="pending-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>작업</Table.Th>
              <Table.Th>자료</Table.Th>
              <Table.Th>기록</Table.Th>
              <Table.Th ta="right">시도</Table.Th>
              <Table.Th>다음 시도</Table.Th>
              <Table.Th>마지막 오류</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((w) => (
              <Table.Tr
                key={w.seq}
                data-testid="pending-row"
                data-record-id={w.recordId}
                data-seq={w.seq}
                data-waiting-for-author={w.waitingForAuthor ? 'true' : 'false'}
                c={w.waitingForAuthor ? 'dimmed' : undefined}
              >
                <Table.Td>
                  <Badge variant="light" color="blue">
                    {w.opLabel}
                  </Badge>
                  <Text size="xs" mt={4} lineClamp={2} data-testid="pending-intent">
                    {w.intent}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {w.recordTitle || '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {COLLECTION_LABELS[w.collection]} · {w.recordId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SharedTooltip label={formatRelative(w.deviceTime)}>
                    <Text size="sm">{formatDateTime(w.deviceTime)}</Text>
                  </SharedTooltip>
                  <Text size="xs" c="dimmed" data-testid="pending-actor">
                    <StaffName id={w.actorId} />
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatCount(w.attempts)}</Table.Td>
                <Table.Td data-testid="pending-next">
                  <NextAttempt write={w} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c={w.lastError ? 'red' : 'dimmed'} style={{ wordBreak: 'break-word' }}>
                    {w.lastError ?? '—'}
                  </Text>
                  <ErrorDetail detail={w.lastErrorDetail} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  )
}

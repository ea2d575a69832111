import { useMemo, useState } from 'react'
import { Box, Group, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { issueAt } from '../../api'
import type { RosterFilter, RosterRow } from '../../../../shared/domains/reemployment/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { ExportButton } from '../../components/ExportButton'
import { formatCount } from '../../lib/format'
import { ConfirmDialog } from './ConfirmDialog'
import type { RosterSort } from '../../../../shared/domains/reemployment/labels'
import { PromotionAlert } from './PromotionAlert'
import { RosterFilters } from './RosterFilters'
import { RosterTable } from './RosterTable'
import { useRoster } from './useReemployment'
import { useCancelRegistrationMutation } from './useReemploymentActions'

export const ROSTER_SEARCH_DEBOUNCE_MS = 200

/** The roster of one session: filters and search, the waitlist proposal, cancelling a registration. */
export function RosterPanel({ sessionId }: { sessionId: string }) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), ROSTER_SEARCH_DEBOUNCE_MS)
  const [filter, setFilter] = useState<Omit<RosterFilter, 'search'>>({})
  const [sort, setSort] = useState<RosterSort>('status')
  const [cancelTarget, setCancelTarget] = useState<RosterRow | null>(null)
  const request = useMemo(() => ({ sessionId, filter: debounced ? { ...filter, search: debounced } : filter, sort }), [sessionId, filter, debounced, sort])
  const roster = useRoster(request)
  const cancel = useCancelRegistrationMutation()
  const searchError = issueAt(roster.error, 'filter.search')
  const data = roster.data

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }} data-testid="roster">
      <RosterFilters search={search} onSearch={setSearch} searchError={searchError} filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />
      {roster.error && !searchError && <ErrorAlert error={roster.error} title="명단을 불러오지 못했습니다" />}
      {data?.proposal && <PromotionAlert proposal={data.proposal} />}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="roster-shown" data-shown={data?.shown ?? 0} data-total={data?.total ?? 0}>
          {data ? `${formatCount(data.shown)}명 표시 / 전체 ${formatCount(data.total)}명` : '불러오는 중…'}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Text size="xs" c="dimmed">
            참고 표시는 사업 조건과 다른 점을 알려 줄 뿐, 등록·출석을 막지 않습니다.
          </Text>
          <ExportButton reportId="reemployment.roster" params={{ session: sessionId }} />
        </Group>
      </Group>
      <Box style={{ flex: 1, minHeight: 0 }}>
        <RosterTable
          rows={data?.rows ?? []}
          fetching={roster.isFetching && !data}
          emptyText={data && data.total > 0 ? '조건에 맞는 신청자가 없습니다.' : '이 회차에 신청자가 없습니다.'}
          onCancel={setCancelTarget}
          cancelling={cancel.isPending ? (cancel.variables?.registrationId ?? null) : null}
        />
      </Box>
      <ConfirmDialog
        opened={cancelTarget !== null}
        title="신청을 취소할까요?"
        confirmLabel="신청 취소"
        confirmColor="red"
        busy={cancel.isPending}
        onClose={() => setCancelTarget(null)}
        onConfirm={() => {
          if (!cancelTarget) return
          cancel.mutate({ registrationId: cancelTarget.id, name: cancelTarget.person.name }, { onSettled: () => setCancelTarget(null) })
        }}
      >
        {cancelTarget && (
          <Text size="sm">
            {cancelTarget.person.name} ({cancelTarget.person.birth_year}년생, 전화 뒤 {cancelTarget.person.phone_last4})님의 신청을 취소합니다. 취소한 신청은 되돌릴 수
            없습니다.
            {cancelTarget.status === 'registered' ? ' 자리가 비면 첫 번째 대기자를 확정할지 물어봅니다.' : ''}
          </Text>
        )}
      </ConfirmDialog>
    </Stack>
  )
}

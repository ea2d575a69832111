import { useState } from 'react'
import { Badge, Group, Popover, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconUserSearch } from '@tabler/icons-react'
import { ErrorAlert } from '../../components/ErrorDetail'
import { AttendanceBadge, RegistrationStatusBadge, WalkInBadge } from './badges'
import { sessionDay } from './dates'
import { usePersonSearch } from './useReemployment'

export const PERSON_SEARCH_DEBOUNCE_MS = 200

/**
 * Which session someone registered for, across all sessions: two conditions are needed (name and
 * phone last 4, or name and birth year), as the personal-data search rules ask. A hit opens its session.
 */
export function PersonFinder({ onOpenSession }: { onOpenSession: (id: string) => void }) {
  const [query, setQuery] = useState('')
  const [focused, setFocused] = useState(false)
  const [debounced] = useDebouncedValue(query.trim(), PERSON_SEARCH_DEBOUNCE_MS)
  const search = usePersonSearch(debounced)
  const result = debounced === '' ? null : search.data
  return (
    // A text box, not a combobox: the results are links to rosters, so the popover adds no ARIA roles to it
    // (aria-expanded is not allowed on a textbox); the results announce themselves as a live region.
    <Popover opened={focused && query.trim() !== ''} position="bottom-end" width={520} shadow="md" withinPortal withRoles={false}>
      <Popover.Target>
        <TextInput
          w={300}
          size="sm"
          leftSection={<IconUserSearch size={16} />}
          placeholder="전체 회차에서 사람 찾기 (이름 + 전화 뒤 4자리)"
          aria-label="전체 회차에서 사람 찾기"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          data-testid="person-finder"
        />
      </Popover.Target>
      <Popover.Dropdown p="xs" data-testid="person-finder-results" aria-live="polite">
        <Stack gap={4}>
          {search.error && <ErrorAlert error={search.error} />}
          {result?.notice && (
            <Text size="sm" c="dimmed">
              {result.notice}
            </Text>
          )}
          {result && !result.notice && result.candidates.length === 0 && (
            <Text size="sm" c="dimmed">
              맞는 신청자가 없습니다.
            </Text>
          )}
          {result?.candidates.map((c) => (
            <UnstyledButton
              key={c.registrationId}
              // mousedown, not click: the box's blur would close the list before the click lands.
              onMouseDown={(e) => {
                e.preventDefault()
                setQuery('')
                onOpenSession(c.sessionId)
              }}
              data-registration-id={c.registrationId}
            >
              <Group justify="space-between" wrap="nowrap" px={6} py={4} style={{ borderRadius: 4 }} bg="gray.0">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="nowrap">
                    <Text fw={700}>{c.person.name}</Text>
                    <Text size="sm">
                      {c.person.birth_year}년생 · {c.person.phone_last4}
                    </Text>
                    {c.walkIn && <WalkInBadge size="xs" />}
                  </Group>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {sessionDay(c.sessionStartsAt)} {c.sessionTitle}
                  </Text>
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <RegistrationStatusBadge status={c.status} rank={c.waitlist_rank} size="sm" />
                  {c.attendance ? <AttendanceBadge status={c.attendance} size="sm" /> : <Badge size="sm" variant="outline" color="gray">미확인</Badge>}
                </Group>
              </Group>
            </UnstyledButton>
          ))}
          {result?.truncated && (
            <Text size="xs" c="dimmed">
              더 있습니다. 조건을 더 입력하세요.
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}

import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core'
import type { CheckInCandidate } from '../../../../shared/domains/reemployment/views'
import { AttendanceBadge, RegistrationStatusBadge, WalkInBadge } from './badges'
import { clockTime } from './dates'

export interface CheckInResultsProps {
  candidates: CheckInCandidate[]
  highlight: number
  onHighlight: (index: number) => void
  /** A click records 출석 for the person, as Enter does. */
  onPick: (candidate: CheckInCandidate) => void
}

/** The people the search found, in large type; the highlighted one is what Enter checks in. */
export function CheckInResults({ candidates, highlight, onHighlight, onPick }: CheckInResultsProps) {
  return (
    <Stack gap={8} role="listbox" aria-label="검색 결과" data-testid="check-in-results">
      {candidates.map((c, index) => {
        const selected = index === highlight
        const blocked = c.blockedReason !== null
        return (
          <UnstyledButton
            key={c.registrationId}
            role="option"
            aria-selected={selected}
            data-registration-id={c.registrationId}
            data-highlighted={selected ? 'true' : 'false'}
            onMouseEnter={() => onHighlight(index)}
            onClick={() => onPick(c)}
            tabIndex={-1}
          >
            <Paper
              withBorder
              radius="md"
              px="lg"
              py="sm"
              bg={selected ? (blocked ? 'gray.1' : 'teal.0') : undefined}
              style={{
                borderWidth: selected ? 3 : 1,
                borderColor: selected ? 'var(--mantine-color-teal-6)' : undefined,
                opacity: blocked ? 0.6 : 1
              }}
            >
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xl" wrap="nowrap">
                  <Text fz={40} fw={800} lh={1.1} miw={150} data-testid="candidate-name">
                    {c.person.name}
                  </Text>
                  <Text fz={26} fw={500}>
                    {c.person.birth_year}년생
                  </Text>
                  <Text fz={30} fw={700} ff="monospace" c="gray.8">
                    ☎ {c.person.phone_last4}
                  </Text>
                </Group>
                <Group gap="sm" wrap="nowrap">
                  {c.walkIn && <WalkInBadge size="xl" />}
                  {c.status !== 'registered' && <RegistrationStatusBadge status={c.status} rank={c.waitlist_rank} size="xl" />}
                  {c.attendance ? (
                    <Group gap={6} wrap="nowrap">
                      <AttendanceBadge status={c.attendance} size="xl" />
                      {c.checked_at && <Text fz={20}>{clockTime(c.checked_at)}</Text>}
                    </Group>
                  ) : (
                    c.status === 'registered' && (
                      <Badge size="xl" variant="outline" color="gray">
                        미확인
                      </Badge>
                    )
                  )}
                </Group>
              </Group>
              {blocked && (
                <Text fz={18} c="red" mt={4}>
                  {c.blockedReason}
                </Text>
              )}
            </Paper>
          </UnstyledButton>
        )
      })}
    </Stack>
  )
}

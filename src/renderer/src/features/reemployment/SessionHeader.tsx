import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core'
import { IconArrowLeft, IconPrinter, IconUserCheck } from '@tabler/icons-react'
import type { SessionDetail } from '../../../../shared/domains/reemployment/views'
import { SERVICE_TYPE_LABELS, SESSION_KIND_LABELS } from '../../../../shared/domains/reemployment/labels'
import { formatCount } from '../../lib/format'
import { SessionStatusBadge } from './badges'
import { CapacityBar } from './CapacityBar'
import { attendanceLine } from './checkInCounts'
import { monthDay, sessionWhen } from './dates'
import { CourseBadge, PendingMarks } from './SessionList'
import { ImportListButton } from './import/ImportListButton'

export interface SessionHeaderProps {
  detail: SessionDetail
  onBack: () => void
  onOpenSession: (id: string) => void
  onCheckIn: () => void
  onPrint: () => void
}

/** What the session is, how full, and the two things done with it in the room: check-in and the 출석부. */
export function SessionHeader({ detail, onBack, onOpenSession, onCheckIn, onPrint }: SessionHeaderProps) {
  const { session, summary, checkIn } = detail
  const otherDays = detail.courseSessions.filter((s) => s.id !== session.id)
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap={8} wrap="nowrap">
              <Tooltip label="회차 목록으로">
                <ActionIcon variant="subtle" size="lg" onClick={onBack} aria-label="회차 목록">
                  <IconArrowLeft size={20} />
                </ActionIcon>
              </Tooltip>
              <Title order={3} lineClamp={1} data-testid="session-title">
                {session.title}
              </Title>
              <SessionStatusBadge status={session.status} size="lg" style={{ flexShrink: 0 }} />
            </Group>
            <Group gap={8}>
              <Badge variant="default">{SESSION_KIND_LABELS[session.kind]}</Badge>
              <Badge variant="default">{SERVICE_TYPE_LABELS[session.service_type]}</Badge>
              {session.course && <CourseBadge course={session.course} />}
              <Text size="sm" fw={600}>
                {sessionWhen(session.starts_at, session.ends_at)} ({formatCount(session.hours)}시간)
              </Text>
            </Group>
            <Group gap={6}>
              <Text size="sm" c="dimmed">
                {session.venue} · {session.instructor}
              </Text>
              {otherDays.length > 0 && (
                <Text size="sm" c="dimmed">
                  · 같은 과정:
                </Text>
              )}
              {otherDays.map((s) => (
                <Anchor key={s.id} component="button" type="button" size="sm" onClick={() => onOpenSession(s.id)}>
                  {s.course?.day}일차 {monthDay(s.starts_at)}
                </Anchor>
              ))}
            </Group>
          </Stack>
          <Stack gap={6} align="flex-end" style={{ flexShrink: 0 }}>
            <Group gap="sm" wrap="nowrap">
              <ImportListButton sessionId={session.id} blockedReason={detail.importBlockedReason} />
              <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={onPrint} data-testid="open-sign-in-sheet">
                출석부 인쇄
              </Button>
              <Tooltip label={detail.checkInBlockedReason ?? ''} disabled={!detail.checkInBlockedReason} multiline maw={280}>
                <Button
                  size="md"
                  color="teal"
                  leftSection={<IconUserCheck size={20} />}
                  onClick={onCheckIn}
                  disabled={detail.checkInBlockedReason !== null}
                  data-testid="open-check-in"
                >
                  출석 체크 모드
                </Button>
              </Tooltip>
            </Group>
            <CapacityBar registered={summary.counts.registered} capacity={session.capacity} waitlisted={summary.counts.waitlisted} />
            <Group gap={6}>
              <Text size="xs" c="dimmed" data-testid="session-attendance-line">
                {attendanceLine(checkIn)}
              </Text>
              <PendingMarks pending={summary.pendingWrites} attention={summary.needsAttention} />
            </Group>
          </Stack>
        </Group>
        {detail.checkInBlockedReason && (
          <Text size="xs" c="orange" data-testid="check-in-blocked">
            출석 체크 모드를 열 수 없습니다: {detail.checkInBlockedReason}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

import { useEffect, useState } from 'react'
import { ActionIcon, Box, Group, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useHashParams } from '../../router'
import { monthLabel, seoulMonth, shiftMonth } from './dates'
import { MonthReviewPanel } from './MonthReviewPanel'
import { PersonFinder } from './PersonFinder'
import { ReemploymentSettingsPanel } from './ReemploymentSettingsPanel'
import { SessionsOverview } from './SessionsOverview'
import { SessionWorkspace } from './SessionWorkspace'

type PageTab = 'sessions' | 'review' | 'settings'

/**
 * The page fills the window below the app's header, so lists scroll inside it with their headers in
 * sight; below the minimum the page scrolls instead.
 */
const PAGE_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 0px) - 2 * var(--mantine-spacing-md))'
const PAGE_MIN_HEIGHT = 520

/**
 * 재취업 지원: the month's sessions (list or week calendar, education and consultation apart), a
 * session's roster with check-in mode and the 출석부, 수료 and per-person counts, and the settings of
 * the hints and the 수료 rule. A link may open a session directly (`?open=RS-…`).
 */
export function ReemploymentPage() {
  const { params, clear } = useHashParams()
  const [sessionId, setSessionId] = useState<string | null>(params.open ?? null)
  const [month, setMonth] = useState(() => seoulMonth(new Date()))
  const [tab, setTab] = useState<PageTab>('sessions')
  const routeOpen = params.open
  useEffect(() => {
    if (!routeOpen) return
    setSessionId(routeOpen)
    clear()
  }, [routeOpen, clear])

  if (sessionId) {
    return (
      <Box h={PAGE_HEIGHT} mih={PAGE_MIN_HEIGHT}>
        <SessionWorkspace key={sessionId} sessionId={sessionId} onBack={() => setSessionId(null)} onOpenSession={setSessionId} />
      </Box>
    )
  }

  return (
    <Stack gap="sm" h={PAGE_HEIGHT} mih={PAGE_MIN_HEIGHT} data-testid="reemployment-page">
      <Group justify="space-between">
        <Title order={2}>재취업 지원</Title>
        <Group gap="lg">
          <PersonFinder onOpenSession={setSessionId} />
          <Group gap={6}>
            <Tooltip label="이전 달">
              <ActionIcon variant="default" aria-label="이전 달" onClick={() => setMonth((m) => shiftMonth(m, -1))}>
                <IconChevronLeft size={16} />
              </ActionIcon>
            </Tooltip>
            <Text fw={700} size="lg" miw={110} ta="center" data-testid="reemployment-month">
              {monthLabel(month)}
            </Text>
            <Tooltip label="다음 달">
              <ActionIcon variant="default" aria-label="다음 달" onClick={() => setMonth((m) => shiftMonth(m, 1))}>
                <IconChevronRight size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setTab(v as PageTab)}>
        <Tabs.List>
          <Tabs.Tab value="sessions" fw={600}>
            회차
          </Tabs.Tab>
          <Tabs.Tab value="review" fw={600} data-testid="review-tab">
            수료 · 참여 현황
          </Tabs.Tab>
          <Tabs.Tab value="settings" fw={600} data-testid="settings-tab">
            참고·수료 기준
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Box style={{ flex: 1, minHeight: 0 }}>
        {tab === 'sessions' && <SessionsOverview month={month} onOpen={setSessionId} />}
        {tab === 'review' && <MonthReviewPanel month={month} onOpenSession={setSessionId} />}
        {tab === 'settings' && <ReemploymentSettingsPanel />}
      </Box>
    </Stack>
  )
}

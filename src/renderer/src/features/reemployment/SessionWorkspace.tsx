import { useState } from 'react'
import { Box, Center, Loader, Stack, Tabs } from '@mantine/core'
import { ErrorAlert } from '../../components/ErrorDetail'
import { AfterSessionPanel } from './AfterSessionPanel'
import { CheckInMode } from './CheckInMode'
import { RosterPanel } from './RosterPanel'
import { SessionHeader } from './SessionHeader'
import { SignInSheetView } from './SignInSheetView'
import { useSessionDetail } from './useReemployment'

type SessionTab = 'roster' | 'after'

export interface SessionWorkspaceProps {
  sessionId: string
  onBack: () => void
  onOpenSession: (id: string) => void
}

/** One session: its header, the roster or the after-session review, and check-in mode and the 출석부 over it. */
export function SessionWorkspace({ sessionId, onBack, onOpenSession }: SessionWorkspaceProps) {
  const detail = useSessionDetail(sessionId)
  const [tab, setTab] = useState<SessionTab>('roster')
  const [checkIn, setCheckIn] = useState(false)
  // A new nonce per opening: the 출석부 is read (and its printout recorded) once each time.
  const [printNonce, setPrintNonce] = useState<number | null>(null)

  if (detail.error) return <ErrorAlert error={detail.error} title="회차를 불러오지 못했습니다" />
  if (!detail.data) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    )
  }
  if (checkIn) return <CheckInMode detail={detail.data} onClose={() => setCheckIn(false)} />

  return (
    <Stack gap="sm" h="100%" style={{ minHeight: 0 }} data-testid="session-workspace" data-session-id={sessionId}>
      <SessionHeader detail={detail.data} onBack={onBack} onOpenSession={onOpenSession} onCheckIn={() => setCheckIn(true)} onPrint={() => setPrintNonce(Date.now())} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as SessionTab)}>
        <Tabs.List>
          <Tabs.Tab value="roster" fw={600}>
            명단
          </Tabs.Tab>
          <Tabs.Tab value="after" fw={600} data-testid="after-session-tab">
            교육 후 점검 (미출석 · 수료)
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Box style={{ flex: 1, minHeight: 0 }}>{tab === 'roster' ? <RosterPanel sessionId={sessionId} /> : <AfterSessionPanel detail={detail.data} />}</Box>
      {printNonce !== null && <SignInSheetView sessionId={sessionId} nonce={printNonce} onClose={() => setPrintNonce(null)} />}
    </Stack>
  )
}

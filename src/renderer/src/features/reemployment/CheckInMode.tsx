import { useEffect, useRef, useState } from 'react'
import { Alert, Box, Button, Group, Kbd, Portal, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core'
import { useFullscreenDocument } from '@mantine/hooks'
import { IconMaximize, IconSearch, IconUserPlus, IconX } from '@tabler/icons-react'
import { ATTENDANCE_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from '../../../../shared/domains/reemployment/labels'
import type { CheckInCandidate, SessionDetail } from '../../../../shared/domains/reemployment/views'
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../../../../shared/portal'
import { ErrorAlert } from '../../components/ErrorDetail'
import { notify } from '../../lib/notify'
import { useStartSync, useSyncStatus } from '../sync/useSync'
import { attendanceLine, seatsLine } from './checkInCounts'
import { CHECK_IN_KEYS, WALK_IN_KEY, statusForKey } from './checkInKeys'
import { CheckInResults } from './CheckInResults'
import { CheckInStatusBar } from './CheckInStatusBar'
import { sessionWhen } from './dates'
import { ATTENDANCE_STATUS_COLORS } from './labels'
import { RecentCheckIns } from './RecentCheckIns'
import { useCheckInCounts } from './useReemployment'
import { useCheckInMode } from './useCheckInMode'
import { WalkInDialog, type WalkInDone } from './WalkInDialog'

/** Above the app shell's header and navigation; dialogs of this mode go above it (CHECK_IN_DIALOG_Z). */
const LAYER_Z = 300

function WalkInNotice({ done }: { done: WalkInDone }) {
  const { predicted, waitlist_rank } = done.result
  const status = predicted === 'waitlisted' && waitlist_rank !== null ? `${REGISTRATION_STATUS_LABELS.waitlisted} ${waitlist_rank}번` : REGISTRATION_STATUS_LABELS[predicted]
  return (
    <Alert color={predicted === 'registered' ? 'grape' : 'yellow'} variant="light" data-testid="walk-in-result" data-predicted={predicted}>
      <Text fz={20}>
        현장 접수를 저장했습니다: <b>{status}</b> (포털이 답하기 전 이 컴퓨터의 예상입니다).
        {predicted === 'registered' ? ' 아래 목록에서 고르고 Enter로 출석을 기록하세요.' : ' 정원이 차서 대기자로 접수됩니다.'}
      </Text>
    </Alert>
  )
}

export interface CheckInModeProps {
  detail: SessionDetail
  onClose: () => void
}

/**
 * Check-in mode for the session room: the whole window, large type, one search box scoped to the
 * session. Enter checks the highlighted person in as 출석, F2/F3/F4 record 지각/조퇴/결석, Ctrl+Z
 * undoes the latest check-in while its few seconds last, F6 opens 현장 접수. Everything is recorded
 * on this PC first and works without any network; the counter says how much waits to be sent.
 */
export function CheckInMode({ detail, onClose }: CheckInModeProps) {
  const { session } = detail
  const mode = useCheckInMode(session.id)
  const counts = useCheckInCounts(session.id)
  const c = counts.data ?? detail.checkIn
  const sync = useSyncStatus()
  const online = sync.data?.online ?? false
  const sending = sync.data?.running ?? false
  const send = useStartSync({ announce: false })
  const [walkInOpen, setWalkInOpen] = useState(false)
  const [walkInDone, setWalkInDone] = useState<WalkInDone | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const fullscreen = useFullscreenDocument()

  const focusSearch = () => inputRef.current?.focus()

  const record = (status: AttendanceStatus, candidate?: CheckInCandidate) => {
    void mode.record(status, candidate).then((done) => {
      if (done) setWalkInDone(null)
      focusSearch()
    })
  }

  const undoLatest = () => {
    const entry = mode.undoable(Date.now())
    if (entry) void mode.undo(entry).then(focusSearch)
  }

  // Keys work wherever the focus is in this mode (a clicked button, the list), never while typing a
  // Korean syllable (its Enter ends the syllable) or while the walk-in form is open.
  useEffect(() => {
    if (walkInOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing) return
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        mode.move(event.key === 'ArrowDown' ? 1 : -1)
        return
      }
      if ((event.ctrlKey || event.metaKey) && event.code === 'KeyZ') {
        if (!mode.undoable(Date.now())) return
        event.preventDefault()
        undoLatest()
        return
      }
      if (event.key === WALK_IN_KEY) {
        event.preventDefault()
        if (detail.walkInBlockedReason) notify.warning({ topic: 'check-in', title: '현장 접수를 할 수 없습니다', message: detail.walkInBlockedReason })
        else setWalkInOpen(true)
        return
      }
      if (event.key === 'Escape') {
        event.preventDefault()
        if (mode.query !== '') mode.setQuery('')
        else onClose()
        return
      }
      const status = statusForKey(event.key)
      if (!status) return
      if (status === 'present' && event.target instanceof HTMLElement && event.target.closest('button') !== null) return
      event.preventDefault()
      record(status)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const showEmptyHint = mode.query.trim() === ''
  const searchResult = mode.searchResult

  return (
    <Portal>
      <Box
        pos="fixed"
        inset={0}
        bg="white"
        style={{ zIndex: LAYER_Z, display: 'flex', flexDirection: 'column' }}
        data-testid="check-in-mode"
        data-session-id={session.id}
        role="dialog"
        aria-modal="true"
        aria-label={`출석 체크: ${session.title}`}
      >
        <Group justify="space-between" px="lg" py="sm" bg="teal.7" c="white" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={2} c="white" lineClamp={1}>
              출석 체크 · {session.title}
            </Title>
            <Text fz={18}>
              {sessionWhen(session.starts_at, session.ends_at)} · {session.venue}
            </Text>
          </Stack>
          <Group gap="sm" wrap="nowrap">
            <Button variant="white" color="teal" leftSection={<IconMaximize size={18} />} onClick={() => void fullscreen.toggle()}>
              {fullscreen.fullscreen ? '창 모드' : '전체 화면'}
            </Button>
            <Button variant="white" color="dark" leftSection={<IconX size={18} />} onClick={onClose} data-testid="close-check-in">
              닫기 (Esc)
            </Button>
          </Group>
        </Group>

        <CheckInStatusBar counts={c} online={online} sending={sending || send.isPending} onSend={() => send.mutate()} />

        <Group px="lg" py="sm" justify="space-between" wrap="nowrap" bg="gray.0" data-testid="check-in-counts" data-present={c.present} data-late={c.late} data-unchecked={c.unchecked} data-registered={c.registered} data-walk-ins={c.walkIns}>
          <Text fz={40} fw={800} lh={1.1}>
            {attendanceLine(c)}
          </Text>
          <Text fz={32} fw={700} c="gray.7" lh={1.1}>
            / {seatsLine(c)}
          </Text>
        </Group>

        <Group px="lg" pt="md" gap="md" wrap="nowrap" align="flex-start">
          <TextInput
            ref={inputRef}
            autoFocus
            size="xl"
            style={{ flex: 1 }}
            styles={{ input: { fontSize: 32, height: 72 } }}
            leftSection={<IconSearch size={28} />}
            leftSectionWidth={60}
            placeholder="이름, 전화 뒤 4자리, 출생연도 또는 초성"
            aria-label="출석 체크 검색"
            value={mode.query}
            onChange={(e) => mode.setQuery(e.currentTarget.value)}
            autoComplete="off"
            data-testid="check-in-search"
          />
          <Button size="xl" h={72} color="grape" leftSection={<IconUserPlus size={28} />} onClick={() => setWalkInOpen(true)} data-testid="open-walk-in" disabled={detail.walkInBlockedReason !== null} title={detail.walkInBlockedReason ?? undefined}>
            현장 접수 <Kbd ml={8}>{WALK_IN_KEY}</Kbd>
          </Button>
        </Group>

        <ScrollArea px="lg" py="sm" style={{ flex: 1 }} type="auto">
          <Stack gap="sm">
            {walkInDone && <WalkInNotice done={walkInDone} />}
            {mode.searchError && <ErrorAlert error={mode.searchError} />}
            {searchResult?.notice && <Alert color="yellow"><Text fz={20}>{searchResult.notice}</Text></Alert>}
            {showEmptyHint ? (
              <Text fz={22} c="dimmed" py="sm">
                이름 전체(예: 박서영)나 전화번호 뒤 4자리, 출생연도, 초성(예: ㅂㅅㅇ)을 입력하세요. 이름은 가려진 명단(박*영)과 맞춰 찾습니다.
              </Text>
            ) : (
              searchResult &&
              mode.candidates.length === 0 && (
                <Text fz={24} c="dimmed" py="sm" data-testid="check-in-no-match">
                  이 회차에서 ‘{mode.query}’에 맞는 사람이 없습니다. 현장 접수라면 {WALK_IN_KEY} 키를 누르세요.
                </Text>
              )
            )}
            <CheckInResults candidates={mode.candidates} highlight={mode.highlight} onHighlight={mode.setHighlight} onPick={(candidate) => record('present', candidate)} />
            {searchResult?.truncated && (
              <Text fz={18} c="dimmed">
                더 있습니다. 검색어를 더 입력하세요.
              </Text>
            )}
            <RecentCheckIns recent={mode.recent} undoing={mode.undoing} onUndo={(entry) => void mode.undo(entry).then(focusSearch)} />
          </Stack>
        </ScrollArea>

        <Group px="lg" py="md" gap="md" grow bg="gray.0" wrap="nowrap">
          {ATTENDANCE_STATUSES.map((status) => (
            <Button
              key={status}
              size="xl"
              h={76}
              fz={28}
              color={ATTENDANCE_STATUS_COLORS[status]}
              variant={status === 'present' ? 'filled' : 'light'}
              disabled={!mode.current || mode.current.blockedReason !== null}
              loading={mode.recording}
              onClick={() => record(status)}
              data-testid={`check-in-${status}`}
            >
              {ATTENDANCE_STATUS_LABELS[status]} <Kbd ml={10} size="lg">{CHECK_IN_KEYS[status]}</Kbd>
            </Button>
          ))}
        </Group>
      </Box>
      <WalkInDialog
        sessionId={session.id}
        opened={walkInOpen}
        onClose={() => {
          setWalkInOpen(false)
          focusSearch()
        }}
        onDone={(done) => {
          setWalkInOpen(false)
          setWalkInDone(done)
          mode.setQuery(done.name)
          focusSearch()
        }}
      />
    </Portal>
  )
}

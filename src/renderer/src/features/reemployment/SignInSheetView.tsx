import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import { Alert, Button, Center, Group, Loader, Paper, Text } from '@mantine/core'
import { IconPrinter, IconX } from '@tabler/icons-react'
import { SESSION_KIND_LABELS } from '../../../../shared/domains/reemployment/labels'
import type { SignInSheet } from '../../../../shared/domains/reemployment/views'
import { ErrorAlert } from '../../components/ErrorDetail'
import { StaffName } from '../../components/StaffName'
import { formatCount, formatDateTime } from '../../lib/format'
import { sessionWhen } from './dates'
import { paginateSheet, type SheetPage } from './signInSheetPages'
import { useSignInSheet } from './useReemployment'
import './signInSheet.css'

function SheetPageView({ sheet, page, pages }: { sheet: SignInSheet; page: SheetPage<SignInSheet['rows'][number]>; pages: number }) {
  const { session } = sheet
  return (
    <section className="reemp-sheet-page" data-testid="sign-in-sheet-page" data-page={page.number}>
      <div className="reemp-sheet-title">
        <h1>출석부</h1>
        <span>
          {page.number} / {pages}쪽
        </span>
      </div>
      <table className="reemp-sheet-info">
        <tbody>
          <tr>
            <th>회차</th>
            <td colSpan={3}>
              {session.title} ({session.id})
            </td>
          </tr>
          <tr>
            <th>일시</th>
            <td>{sessionWhen(session.starts_at, session.ends_at)}</td>
            <th>구분</th>
            <td>
              {SESSION_KIND_LABELS[session.kind]}
              {session.course ? ` · ${session.course.title} ${session.course.day}/${session.course.days}일차` : ''}
            </td>
          </tr>
          <tr>
            <th>장소</th>
            <td>{session.venue}</td>
            <th>강사</th>
            <td>{session.instructor}</td>
          </tr>
          <tr>
            <th>인원</th>
            <td colSpan={3}>
              확정 {formatCount(sheet.rows.length)}명 / 정원 {formatCount(session.capacity)}명
            </td>
          </tr>
        </tbody>
      </table>
      <table className="reemp-sheet-table">
        <colgroup>
          <col style={{ width: '14mm' }} />
          <col style={{ width: '32mm' }} />
          <col style={{ width: '26mm' }} />
          <col style={{ width: '30mm' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th>연번</th>
            <th>성명</th>
            <th>출생연도</th>
            <th>전화 뒤 4자리</th>
            <th>서명</th>
          </tr>
        </thead>
        <tbody>
          {page.rows.map((row) => (
            <tr key={row.registrationId} data-testid="sign-in-sheet-row" data-no={row.no}>
              <td>{row.no}</td>
              <td>{row.name}</td>
              <td>{row.birth_year}</td>
              <td>{row.phone_last4}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="reemp-sheet-footer">
        <span>개인정보가 포함된 문서입니다. 사용 후 바로 파기하세요.</span>
        <span>
          출력 {formatDateTime(sheet.generatedAt)} · <StaffName id={sheet.generatedBy} />
        </span>
      </div>
    </section>
  )
}

export interface SignInSheetViewProps {
  sessionId: string
  /** A new value per opening: the sheet is read (and its printout recorded) once each. */
  nonce: number
  onClose: () => void
}

/** The font comes in unicode-range pieces: the print waits until the pieces the names need are in. */
function printWhenFontsLoaded(): void {
  void document.fonts.ready.then(() => window.print())
}

/**
 * The printable 출석부 (A4, one row per 확정 person: 연번, masked 성명, 출생연도, 전화 뒤 4자리, 서명란).
 * Shown as paper over the app; 인쇄 opens the system print dialog, which prints only the pages.
 */
export function SignInSheetView({ sessionId, nonce, onClose }: SignInSheetViewProps) {
  const sheet = useSignInSheet(sessionId, nonce)
  const data = sheet.data
  const pages = data ? paginateSheet(data.rows, data.rowsPerPage) : []

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  return createPortal(
    <div className="reemp-print-root" data-testid="sign-in-sheet" data-pages={pages.length} data-rows={data?.rows.length ?? 0} role="dialog" aria-label="출석부 인쇄">
      <Paper className="reemp-print-toolbar" radius={0} shadow="sm" px="lg" py="sm">
        <Group justify="space-between">
          <div>
            <Text fw={700}>출석부 인쇄 미리 보기</Text>
            <Text size="xs" c="dimmed">
              {data ? `A4 ${formatCount(pages.length)}쪽 · 확정 ${formatCount(data.rows.length)}명 · 출력 기록이 남습니다.` : '불러오는 중…'}
            </Text>
          </div>
          <Group gap="sm">
            <Button leftSection={<IconPrinter size={18} />} onClick={printWhenFontsLoaded} disabled={!data} data-testid="print-sign-in-sheet">
              인쇄
            </Button>
            <Button variant="default" leftSection={<IconX size={18} />} onClick={onClose}>
              닫기
            </Button>
          </Group>
        </Group>
      </Paper>
      {sheet.error && (
        <Center p="lg" className="reemp-screen-only">
          <ErrorAlert error={sheet.error} title="출석부를 만들지 못했습니다" maw={520} />
        </Center>
      )}
      {!data && !sheet.error && (
        <Center p="xl" className="reemp-screen-only">
          <Loader />
        </Center>
      )}
      {data && data.rows.length === 0 && (
        <Center pt="md" className="reemp-screen-only">
          <Alert color="yellow" maw={520}>
            확정된 사람이 없어 빈 출석부입니다.
          </Alert>
        </Center>
      )}
      {data && pages.map((page) => <SheetPageView key={page.number} sheet={data} page={page} pages={pages.length} />)}
    </div>,
    document.body
  )
}

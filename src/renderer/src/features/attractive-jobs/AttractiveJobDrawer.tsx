import { Center, Drawer, Loader } from '@mantine/core'
import { ErrorAlert } from '../../components/ErrorDetail'
import type { ReviewAction } from '../../../../shared/portal'
import { AttractiveJobDetail } from './AttractiveJobDetail'
import { DecisionButtons } from './DecisionButtons'
import { useAttractiveJob } from './useAttractiveJobs'

export interface AttractiveJobDrawerProps {
  id: string | null
  onClose: () => void
  /** Left out when the roles do not allow decisions: the buttons are then not shown. */
  onAction?: (id: string, action: ReviewAction) => void
  busy?: boolean
}

/**
 * The detail as a side panel: no overlay and no focus trap, so the list (and its keyboard-current row)
 * stays visible and the triage keys keep working while a record is open.
 */
export function AttractiveJobDrawer({ id, onClose, onAction, busy = false }: AttractiveJobDrawerProps) {
  const query = useAttractiveJob(id)
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={640}
      withOverlay={false}
      trapFocus={false}
      // Esc closes the panel through the triage keys, and only when no dialog is open: Mantine's own
      // Esc would also close it when Esc was meant for a decision dialog over it.
      closeOnEscape={false}
      lockScroll={false}
      shadow="xl"
      title="매력일자리 상세"
      closeButtonProps={{ 'aria-label': '닫기' }}
    >
      {query.isPending && id !== null && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && (
        <AttractiveJobDetail
          detail={query.data}
          actions={
            onAction && (
              <DecisionButtons
                status={query.data.record.status}
                busy={busy}
                onAction={(action) => onAction(query.data.record.id, action)}
              />
            )
          }
        />
      )}
    </Drawer>
  )
}

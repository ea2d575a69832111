import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { InboxItem } from '../../../../shared/ipc/outboxViews'

export interface DiscardConfirmModalProps {
  item: InboxItem | null
  busy: boolean
  onCancel: () => void
  onConfirm: (item: InboxItem) => void
}

/** The one confirmation before an intent is dropped for good. */
export function DiscardConfirmModal({ item, busy, onCancel, onConfirm }: DiscardConfirmModalProps) {
  return (
    <Modal opened={item !== null} onClose={onCancel} title="내 변경 버리기" centered closeButtonProps={{ 'aria-label': '닫기' }}>
      {item && (
        <Stack gap="sm">
          <Text size="sm">
            이 변경을 버리면 되돌릴 수 없습니다. 자료는 포털의 현재 값으로 돌아가고, 내 변경은 포털로 보내지 않습니다.
          </Text>
          <Text size="sm" fw={600}>
            {item.recordTitle} ({item.recordId})
          </Text>
          <Text size="sm" c="dimmed">
            {item.opLabel}: {item.intent}
          </Text>
          {item.op === 'registration.walk_in' && item.waitingBehind > 0 && (
            <Text size="sm" c="red">
              현장 접수를 버리면 이 신청자에게 뒤이어 기록한 변경 {item.waitingBehind}건도 함께 버려집니다.
            </Text>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              취소
            </Button>
            <Button color="red" loading={busy} onClick={() => onConfirm(item)}>
              버리기
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

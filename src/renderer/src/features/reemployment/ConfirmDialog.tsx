import type { ReactNode } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'

export interface ConfirmDialogProps {
  opened: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  confirmColor?: string
  busy?: boolean
  onConfirm: () => void
  onClose: () => void
}

/** A yes/no question before a write the coordinator should not make by a slip (cancel, promote). */
export function ConfirmDialog({ opened, title, children, confirmLabel, confirmColor = 'blue', busy = false, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{title}</Text>} centered>
      <Stack gap="md">
        <div>{children}</div>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            닫기
          </Button>
          <Button color={confirmColor} loading={busy} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

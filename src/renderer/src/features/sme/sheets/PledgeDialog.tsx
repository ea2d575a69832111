import { useState } from 'react'
import { Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core'
import { INTEGRITY_PLEDGE } from '../../../../../shared/domains/sme/viewLabels'
import { useConfirmPledge } from './useSheets'

export interface PledgeDialogProps {
  round: string
  opened: boolean
  onClose: () => void
}

/** 청렴·이해충돌 확인, once per round before the first sheet: read, tick, 확인. */
export function PledgeDialog({ round, opened, onClose }: PledgeDialogProps) {
  const [agreed, setAgreed] = useState(false)
  const confirm = useConfirmPledge()
  return (
    <Modal opened={opened} onClose={onClose} title={INTEGRITY_PLEDGE.title} size="lg" closeButtonProps={{ 'aria-label': '닫기' }}>
      <form
        data-testid="sme-pledge-dialog"
        onSubmit={(e) => {
          e.preventDefault()
          if (agreed) confirm.mutate(round, { onSuccess: onClose })
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{INTEGRITY_PLEDGE.intro(round)}</Text>
          <List type="ordered" size="sm" spacing={6}>
            {INTEGRITY_PLEDGE.lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Checkbox label={INTEGRITY_PLEDGE.checkbox} checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              취소
            </Button>
            <Button type="submit" disabled={!agreed} loading={confirm.isPending}>
              {INTEGRITY_PLEDGE.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

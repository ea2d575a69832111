import { useState } from 'react'
import { Alert, Button, Group, Text } from '@mantine/core'
import { IconArrowUp } from '@tabler/icons-react'
import type { PromotionProposal } from '../../../../shared/domains/reemployment/views'
import { formatCount } from '../../lib/format'
import { ConfirmDialog } from './ConfirmDialog'
import { usePromoteMutation } from './useReemploymentActions'

function who(p: PromotionProposal): string {
  return `대기 ${p.waitlist_rank}번 ${p.person.name} (${p.person.birth_year}년생, 전화 뒤 ${p.person.phone_last4})`
}

/**
 * A seat is free and someone waits: the first waitlisted person is proposed, and only the
 * coordinator's confirmation promotes them (the portal may still say the seat is gone).
 */
export function PromotionAlert({ proposal }: { proposal: PromotionProposal }) {
  const [confirming, setConfirming] = useState(false)
  const promote = usePromoteMutation()
  return (
    <Alert color="yellow" variant="light" icon={<IconArrowUp size={18} />} title={`빈자리 ${formatCount(proposal.freeSeats)}석이 있습니다`} data-testid="promotion-proposal">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{who(proposal)}님을 확정으로 올릴 수 있습니다.</Text>
        <Button size="sm" color="yellow.8" onClick={() => setConfirming(true)} loading={promote.isPending}>
          확정으로 올리기
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title="대기자를 확정할까요?"
        confirmLabel="확정"
        busy={promote.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => promote.mutate(proposal, { onSettled: () => setConfirming(false) })}
      >
        <Text size="sm">{who(proposal)}님을 확정으로 바꿉니다.</Text>
        <Text size="sm" c="dimmed" mt={4}>
          포털에서 이미 자리가 찼다면 확정되지 않고, 그 사실을 알려 드립니다.
        </Text>
      </ConfirmDialog>
    </Alert>
  )
}

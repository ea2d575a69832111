import { Badge, Button, Group, Text } from '@mantine/core'
import { IconCloudUpload, IconWifi, IconWifiOff } from '@tabler/icons-react'
import type { CheckInCounts } from '../../../../shared/domains/reemployment/views'
import { formatCount } from '../../lib/format'

export interface CheckInStatusBarProps {
  counts: CheckInCounts
  online: boolean
  sending: boolean
  onSend: () => void
}

/** Whether the portal is reachable, how many check-ins wait on this PC, and sending them now. */
export function CheckInStatusBar({ counts, online, sending, onSend }: CheckInStatusBarProps) {
  return (
    <Group px="lg" py={6} justify="space-between" wrap="nowrap" bg={online ? 'teal.0' : 'yellow.1'}>
      <Group gap="sm" wrap="nowrap">
        <Badge
          size="xl"
          color={online ? 'teal' : 'yellow.5'}
          c={online ? 'white' : 'dark'}
          leftSection={online ? <IconWifi size={18} /> : <IconWifiOff size={18} />}
          data-testid="check-in-online"
          data-online={online ? 'true' : 'false'}
        >
          {online ? '포털 연결됨' : '오프라인'}
        </Badge>
        <Text fz={18}>{online ? '기록은 곧 포털로 보냅니다.' : '기록은 이 컴퓨터에 저장되고, 연결되면 포털로 보냅니다.'}</Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        {counts.needsAttention > 0 && (
          <Badge size="xl" color="red">
            확인 필요 {formatCount(counts.needsAttention)}건
          </Badge>
        )}
        <Text fz={20} fw={700} c={counts.waitingToSend > 0 ? 'blue' : 'teal'} data-testid="waiting-to-send" data-count={counts.waitingToSend}>
          보낼 기록 {formatCount(counts.waitingToSend)}건
        </Text>
        {counts.waitingToSend > 0 && (
          <Button variant="light" color="blue" leftSection={<IconCloudUpload size={18} />} loading={sending} onClick={onSend} data-testid="send-now">
            지금 보내기
          </Button>
        )}
      </Group>
    </Group>
  )
}

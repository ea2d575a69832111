import { Group, Progress, Text } from '@mantine/core'
import { formatCount } from '../../lib/format'

export interface ReviewProgressProps {
  decided: number
  total: number
}

/** "검토 12/164" with a thin bar: decided (적정·부적정·보완요청) out of all records of the current filter. */
export function ReviewProgress({ decided, total }: ReviewProgressProps) {
  const percent = total === 0 ? 0 : Math.round((decided / total) * 100)
  return (
    <Group gap="xs" wrap="nowrap" data-testid="review-progress" data-decided={decided} data-total={total}>
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        검토 {formatCount(decided)}/{formatCount(total)}
      </Text>
      <Progress value={percent} w={120} size="sm" color="teal" aria-label={`검토 진행 ${percent}%`} />
    </Group>
  )
}

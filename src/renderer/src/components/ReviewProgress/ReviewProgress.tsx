import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core'

export interface ReviewProgressProps {
  decided: number
  /** What needs a decision (the bar's whole). */
  total: number
  /** The line shown, saying what the two numbers count ("결정 완료 92건 / 검토 대상 298건"). */
  label: string
  /** The tooltip's lines: what is counted and how the numbers are made up. */
  explanation: readonly string[]
}

/** How far the review of a list has come: a sentence with the two counts, a thin bar, and a tooltip saying what they count. */
export function ReviewProgress({ decided, total, label, explanation }: ReviewProgressProps) {
  const percent = total === 0 ? 0 : Math.round((decided / total) * 100)
  return (
    <Tooltip
      multiline
      w={340}
      withArrow
      label={
        <Stack gap={2} data-testid="review-progress-explanation">
          {explanation.map((line) => (
            <Text key={line} size="xs" c="white">
              {line}
            </Text>
          ))}
        </Stack>
      }
    >
      <Group gap="xs" wrap="nowrap" tabIndex={0} data-testid="review-progress" data-decided={decided} data-total={total}>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {label}
        </Text>
        <Progress value={percent} w={80} size="sm" color="teal" aria-label={`${label} (${percent}%)`} />
      </Group>
    </Tooltip>
  )
}

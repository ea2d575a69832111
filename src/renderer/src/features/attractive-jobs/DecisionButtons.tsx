import { Button, Group, Kbd, Paper, Text, Tooltip } from '@mantine/core'
import { ATTRACTIVE_JOB_STATUS_LABELS, REVIEW_ACTION_LABELS, reviewActionRefusal } from '../../../../shared/domains/attractive-jobs/labels'
import { REVIEW_ACTIONS, canApplyReviewAction, type AttractiveJobStatus, type ReviewAction } from '../../../../shared/portal'

export const ACTION_KEYS: Record<ReviewAction, string> = { start_review: 'S', approve: 'A', reject: 'R', request_revision: 'V' }
export const ACTION_COLORS: Record<ReviewAction, string> = {
  start_review: 'blue',
  approve: 'teal',
  reject: 'red',
  request_revision: 'orange'
}

export interface DecisionButtonsProps {
  status: AttractiveJobStatus
  busy?: boolean
  onAction: (action: ReviewAction) => void
}

/** 검토 시작 / 적정 / 부적정 / 보완요청, each enabled only where the state machine allows it. */
export function DecisionButtons({ status, busy = false, onAction }: DecisionButtonsProps) {
  const anyAllowed = REVIEW_ACTIONS.some((a) => canApplyReviewAction(status, a))
  return (
    <Paper withBorder p="xs" bg="gray.0" data-testid="aj-decision-bar">
      <Group gap="xs">
        {REVIEW_ACTIONS.map((action) => {
          const allowed = canApplyReviewAction(status, action)
          return (
            <Tooltip
              key={action}
              label={allowed ? `단축키 ${ACTION_KEYS[action]}` : reviewActionRefusal(status, action)}
            >
              <Button
                size="xs"
                color={ACTION_COLORS[action]}
                variant={action === 'start_review' ? 'light' : 'filled'}
                // Not allowed: shown disabled but still hoverable, so the tooltip can say why.
                data-disabled={!allowed || undefined}
                aria-disabled={!allowed || undefined}
                disabled={allowed && busy}
                onClick={() => allowed && onAction(action)}
                rightSection={<Kbd size="xs">{ACTION_KEYS[action]}</Kbd>}
              >
                {REVIEW_ACTION_LABELS[action]}
              </Button>
            </Tooltip>
          )
        })}
      </Group>
      {!anyAllowed && (
        <Text size="xs" c="dimmed" mt={6}>
          {ATTRACTIVE_JOB_STATUS_LABELS[status]} 상태라 더 할 수 있는 검토 결정이 없습니다.
        </Text>
      )}
    </Paper>
  )
}

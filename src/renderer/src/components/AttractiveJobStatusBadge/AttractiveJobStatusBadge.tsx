import { Badge, type BadgeProps } from '@mantine/core'
import { ATTRACTIVE_JOB_STATUS_COLORS, ATTRACTIVE_JOB_STATUS_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobStatus } from '../../../../shared/portal'

export interface AttractiveJobStatusBadgeProps extends Omit<BadgeProps, 'color' | 'children'> {
  status: AttractiveJobStatus
}

export function AttractiveJobStatusBadge({ status, ...rest }: AttractiveJobStatusBadgeProps) {
  return (
    <Badge color={ATTRACTIVE_JOB_STATUS_COLORS[status]} variant="light" {...rest}>
      {ATTRACTIVE_JOB_STATUS_LABELS[status]}
    </Badge>
  )
}

import { Text, type TextProps } from '@mantine/core'
import { SharedTooltip } from '../SharedTooltip'
import { describeStaff, useStaffDirectory } from '../../features/reference/useStaffDirectory'

export interface StaffNameProps extends TextProps {
  /** A staff id such as S-0001 (the portal's key; shown in the tooltip). */
  id: string
}

/**
 * Who did it, as people know them: "김민준 (일자리정책과)", the id in a tooltip. A staff member the
 * directory does not know (not synced yet, or gone) shows as the id.
 */
export function StaffName({ id, ...props }: StaffNameProps) {
  const { find } = useStaffDirectory()
  const entry = find(id)
  if (!entry) {
    return (
      <Text span inherit {...props} data-staff-id={id} data-testid="staff-name">
        {id}
      </Text>
    )
  }
  return (
    <SharedTooltip label={`직원 번호 ${id}`} withArrow openDelay={200}>
      <Text span inherit {...props} data-staff-id={id} data-testid="staff-name" style={{ cursor: 'help' }}>
        {describeStaff(entry)}
      </Text>
    </SharedTooltip>
  )
}

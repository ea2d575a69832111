import { Button, Checkbox, Group, Menu, Paper, Text } from '@mantine/core'
import { IconChevronDown, IconListCheck } from '@tabler/icons-react'
import { REVIEW_ACTION_LABELS } from '../../../../shared/domains/attractive-jobs/labels'
import { REVIEW_ACTIONS, type ReviewAction } from '../../../../shared/portal'
import { formatCount } from '../../lib/format'

export interface BulkBarProps {
  selectedCount: number
  allMatching: boolean
  total: number
  onSelectAllMatching: () => void
  onClear: () => void
  onAction: (action: ReviewAction) => void
  /** This page's rows: none, some or all selected, and the toggle (kept out of the sortable 상태 header: no control inside a control). */
  page: { state: 'none' | 'some' | 'all'; onToggle: () => void }
}

/** Selection summary, "select all matching the filter", and the bulk action menu. */
export function BulkBar({ selectedCount, allMatching, total, onSelectAllMatching, onClear, onAction, page }: BulkBarProps) {
  const count = allMatching ? total : selectedCount
  return (
    <Paper withBorder={count > 0} bg={count > 0 ? 'blue.0' : undefined} px={count > 0 ? 'sm' : 0} py={count > 0 ? 6 : 0}
      data-testid="bulk-bar" data-selected={count} data-all-matching={allMatching}>
      <Group gap="sm">
        {total > 0 && (
          <Checkbox
            size="xs"
            label="이 쪽 전체 선택"
            checked={allMatching || page.state === 'all'}
            indeterminate={!allMatching && page.state === 'some'}
            disabled={allMatching}
            onChange={page.onToggle}
          />
        )}
        {count > 0 && (
          <Text size="sm" fw={600}>
            {allMatching ? `필터 결과 전체 ${formatCount(total)}건 선택됨` : `${formatCount(selectedCount)}건 선택됨`}
          </Text>
        )}
        {!allMatching && total > 0 && (
          <Button size="xs" variant="subtle" leftSection={<IconListCheck size={14} />} onClick={onSelectAllMatching}>
            필터 결과 전체 선택 ({formatCount(total)}건)
          </Button>
        )}
        {count > 0 && (
          <>
            <Menu shadow="md" position="bottom-start" withinPortal>
              <Menu.Target>
                <Button size="xs" rightSection={<IconChevronDown size={14} />}>
                  일괄 처리
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{formatCount(count)}건에 한 번에</Menu.Label>
                {REVIEW_ACTIONS.map((a) => (
                  <Menu.Item key={a} onClick={() => onAction(a)}>
                    {REVIEW_ACTION_LABELS[a]}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button size="xs" variant="default" onClick={onClear}>
              선택 해제
            </Button>
          </>
        )}
      </Group>
    </Paper>
  )
}

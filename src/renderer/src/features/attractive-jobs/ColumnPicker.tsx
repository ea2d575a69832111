import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core'
import { IconColumns } from '@tabler/icons-react'
import { LIST_COLUMN_LABELS } from '../../../../shared/domains/attractive-jobs/viewLabels'
import { COLUMN_ORDER, REQUIRED_COLUMNS, normalizeColumns, type ListColumn } from './viewState'

export interface ColumnPickerProps {
  value: readonly ListColumn[]
  onChange: (columns: ListColumn[]) => void
}

/** Which list columns are shown (kept in the view). 상태 and 사업명 are always shown. */
export function ColumnPicker({ value, onChange }: ColumnPickerProps) {
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconColumns size={14} />}>
          열 선택
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" c="dimmed" mb={6}>
          표에 보일 열
        </Text>
        <Checkbox.Group value={[...value]} onChange={(v) => onChange(normalizeColumns(v))} aria-label="표에 보일 열">
          <Stack gap={6}>
            {COLUMN_ORDER.map((c) => (
              <Checkbox key={c} size="xs" value={c} label={LIST_COLUMN_LABELS[c]} disabled={REQUIRED_COLUMNS.includes(c)} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  )
}

import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core'
import { IconColumns } from '@tabler/icons-react'
import { normalizeColumns } from '../../lib/listView'

export interface ColumnPickerProps<C extends string> {
  value: readonly C[]
  onChange: (columns: C[]) => void
  /** Every column the list has, in display order. */
  order: readonly C[]
  /** Always shown (their boxes are checked and locked). */
  required: readonly C[]
  labels: Readonly<Record<C, string>>
}

/** Which list columns are shown (kept in the view); the required ones cannot be unticked. */
export function ColumnPicker<C extends string>({ value, onChange, order, required, labels }: ColumnPickerProps<C>) {
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
        <Checkbox.Group value={[...value]} onChange={(v) => onChange(normalizeColumns(order, required, v))} aria-label="표에 보일 열">
          <Stack gap={6}>
            {order.map((c) => (
              <Checkbox key={c} size="xs" value={c} label={labels[c]} disabled={required.includes(c)} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  )
}

import { useState } from 'react'
import { ActionIcon, Badge, Button, Group, Modal, Select, TextInput, Tooltip } from '@mantine/core'
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react'
import type { SavedViewsStore, StoredView } from '../../lib/savedViews'

export interface SavedViewsBarProps<D> {
  store: SavedViewsStore<D>
  current: D
  activeId: number | null
  /** Whether two definitions show the same list. */
  same: (a: D, b: D) => boolean
  onPick: (view: StoredView<D>) => void
  onActiveChange: (id: number | null) => void
}

/** Named views (filters, sort, columns, page size) kept per staff member in the cache database. */
export function SavedViewsBar<D>({ store, current, activeId, same, onPick, onActiveChange }: SavedViewsBarProps<D>) {
  const views = store.views
  // After a reload the page opens on the last view: name it when it is exactly a saved one.
  const active =
    views?.find((v) => v.id === activeId) ?? (activeId === null ? (views?.find((v) => same(v.definition, current)) ?? null) : null)
  const [saving, setSaving] = useState(false)
  const [name, setName] = useState('')

  const modified = active !== null && !same(active.definition, current)
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        size="xs"
        w={200}
        aria-label="저장된 보기"
        placeholder={views?.length ? '저장된 보기 선택' : '저장된 보기 없음'}
        data={(views ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
        value={active === null ? null : String(active.id)}
        // onOptionSubmit fires on every pick, also of the view already shown (to undo changes made since).
        onOptionSubmit={(v) => {
          const view = views?.find((x) => String(x.id) === v)
          if (view) onPick(view)
        }}
        onChange={(v) => {
          if (v === null) onActiveChange(null)
        }}
        clearable
        allowDeselect={false}
        data-testid="saved-view-select"
      />
      {modified && (
        <Badge size="sm" color="yellow" variant="light">
          변경됨
        </Badge>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconDeviceFloppy size={14} />}
        onClick={() => {
          setName(active?.name ?? '')
          setSaving(true)
        }}
      >
        보기 저장
      </Button>
      {active && (
        <Tooltip label={`「${active.name}」 삭제`}>
          <ActionIcon variant="subtle" color="red" aria-label="보기 삭제" loading={store.removing}
            onClick={() => store.remove(active, () => onActiveChange(null))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      )}
      <Modal opened={saving} onClose={() => setSaving(false)} title="현재 보기 저장" closeButtonProps={{ 'aria-label': '닫기' }}>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            store.save(name, current, (view) => {
              setSaving(false)
              onActiveChange(view.id)
            })
          }}
        >
          <TextInput
            label="보기 이름"
            description="필터·정렬·열·쪽당 건수를 저장합니다. 같은 이름이면 덮어씁니다."
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={60}
            data-autofocus
            required
          />
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setSaving(false)}>
              취소
            </Button>
            <Button type="submit" loading={store.saving} disabled={name.trim() === ''}>
              저장
            </Button>
          </Group>
        </form>
      </Modal>
    </Group>
  )
}

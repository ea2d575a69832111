import { Group, Kbd, Modal, Table, Text } from '@mantine/core'
import { APP_SHORTCUTS } from '../../../../shared/domain/shortcutLabels'

export interface Shortcut {
  keys: readonly (readonly string[])[]
  description: string
}

export interface ShortcutHelpModalProps {
  opened: boolean
  onClose: () => void
  /** The screen's own keys; an empty list says the screen has none (only the keys of every screen follow). */
  shortcuts: readonly Shortcut[]
}

export function ShortcutHelpModal({ opened, onClose, shortcuts }: ShortcutHelpModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="키보드 단축키" size="lg" closeButtonProps={{ 'aria-label': '닫기' }}>
      {shortcuts.length === 0 && (
        <Text size="sm" mb="xs">
          이 화면에는 따로 단축키가 없습니다. 어느 화면에서나 쓰는 키입니다:
        </Text>
      )}
      <Table verticalSpacing={6} data-testid="shortcut-help">
        <Table.Tbody>
          {[...shortcuts, ...APP_SHORTCUTS].map((s) => (
            <Table.Tr key={s.description}>
              <Table.Td w={150}>
                <Group gap={6}>
                  {s.keys.map((combo, i) => (
                    <Group key={combo.join('+')} gap={2} wrap="nowrap">
                      {i > 0 && (
                        <Text size="xs" c="dimmed" mr={4}>
                          또는
                        </Text>
                      )}
                      {combo.map((k, j) => (
                        <Group key={k} gap={2} wrap="nowrap">
                          {j > 0 && <Text size="xs">+</Text>}
                          <Kbd size="sm">{k}</Kbd>
                        </Group>
                      ))}
                    </Group>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.description}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        입력창에 글을 쓰는 중에는 단축키가 동작하지 않습니다.
      </Text>
    </Modal>
  )
}

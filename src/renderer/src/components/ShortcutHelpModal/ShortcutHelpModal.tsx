import { Group, Kbd, Modal, Table, Text } from '@mantine/core'
import { PALETTE_SHORTCUT } from '../../../../shared/domain/paletteLabels'

export interface Shortcut {
  keys: readonly (readonly string[])[]
  description: string
}

/** The keyboard triage keys of the review workspace. */
export const REVIEW_SHORTCUTS: readonly Shortcut[] = [
  { keys: [['J'], ['↓']], description: '다음 행으로 이동 (상세가 열려 있으면 다음 건을 엽니다)' },
  { keys: [['K'], ['↑']], description: '이전 행으로 이동' },
  { keys: [['Enter']], description: '선택한 행의 상세 열기' },
  { keys: [['S']], description: '검토 시작' },
  { keys: [['A']], description: '적정 (확인 창)' },
  { keys: [['R']], description: '부적정 (사유 입력 창)' },
  { keys: [['V']], description: '보완요청 (사유 입력 창)' },
  { keys: [['Ctrl', 'Enter']], description: '창에서 결정을 저장하고 다음 미검토 건 열기' },
  { keys: [['/']], description: '검색창으로 이동' },
  { keys: [['?']], description: '이 도움말 열기' },
  { keys: [['Esc']], description: '창·상세 닫기' }
]

/** Keys that work on every screen, listed under each screen's own. */
const APP_SHORTCUTS: readonly Shortcut[] = [
  PALETTE_SHORTCUT,
  { keys: [['Ctrl', 'L']], description: '화면 잠금 (어느 화면에서나: 자리를 비울 때)' },
  { keys: [['F1']], description: '이 도움말 열기 (도움말 메뉴, 어느 화면에서나)' }
]

export interface ShortcutHelpModalProps {
  opened: boolean
  onClose: () => void
  /** The screen's own keys; an empty list says the screen has none (only the keys of every screen follow). */
  shortcuts?: readonly Shortcut[]
}

export function ShortcutHelpModal({ opened, onClose, shortcuts = REVIEW_SHORTCUTS }: ShortcutHelpModalProps) {
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

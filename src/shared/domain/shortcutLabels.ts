import { PALETTE_SHORTCUT } from './paletteLabels'

/** Keys that work on every screen, listed in every shortcut help under the screen's own. */
export const APP_SHORTCUTS = [
  PALETTE_SHORTCUT,
  { keys: [['Ctrl', 'L']], description: '화면 잠금 (어느 화면에서나: 자리를 비울 때)' },
  { keys: [['F1']], description: '이 도움말 열기 (도움말 메뉴, 어느 화면에서나)' }
] as const

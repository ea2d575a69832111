import type { AppEvent } from '../../shared/ipc/events'

/**
 * The application menu as plain data (electron/menu.ts turns it into Electron's menu). Electron names
 * its role items in English on Windows, so every item carries its Korean label here. What acts in the
 * page (navigation, 잠금, 단축키, 정보) is an app event the renderer handles; what only main can do is an
 * action electron/menu.ts runs itself.
 */

/** Electron's built-in roles the menu uses (a subset of MenuItemConstructorOptions['role']). */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'reload'
  | 'toggleDevTools'
  | 'quit'

/** What only main does. */
export type MainAction = 'openLogFolder'

export interface MenuItemSpec {
  label: string
  accelerator?: string
  /**
   * Shown beside the item but left to the page (false): the page already handles the key itself
   * (Ctrl+L locks even from an input), and a menu accelerator would take the key first.
   */
  registerAccelerator?: boolean
  role?: MenuRole
  event?: AppEvent
  action?: MainAction
}

export type MenuEntry = MenuItemSpec | { separator: true }

export interface MenuSpec {
  label: string
  items: MenuEntry[]
}

export function isSeparator(entry: MenuEntry): entry is { separator: true } {
  return 'separator' in entry
}

const SEPARATOR = { separator: true } as const

/** `packaged`: an installed build — no 새로 고침 (it would drop unsaved input) and no 개발자 도구. */
export function applicationMenu(options: { packaged: boolean }): MenuSpec[] {
  const developer: MenuEntry[] = options.packaged
    ? []
    : [
        SEPARATOR,
        { label: '새로 고침 (개발용)', role: 'reload', accelerator: 'CmdOrCtrl+R' },
        { label: '개발자 도구 (개발용)', role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' }
      ]
  return [
    {
      label: '파일(&F)',
      items: [
        { label: '동기화', accelerator: 'F5', event: { name: 'menu:command', payload: { command: 'sync' } } },
        { label: '보고서 내보내기…', accelerator: 'CmdOrCtrl+E', event: { name: 'menu:navigate', payload: { to: '/reports' } } },
        { label: '설정', accelerator: 'CmdOrCtrl+,', event: { name: 'menu:navigate', payload: { to: '/settings' } } },
        SEPARATOR,
        { label: '잠금', accelerator: 'CmdOrCtrl+L', registerAccelerator: false, event: { name: 'menu:command', payload: { command: 'lock' } } },
        SEPARATOR,
        { label: '끝내기', role: 'quit', accelerator: 'Alt+F4', registerAccelerator: false }
      ]
    },
    {
      label: '편집(&E)',
      items: [
        { label: '실행 취소', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: '다시 실행', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        SEPARATOR,
        { label: '잘라내기', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '복사', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '붙여넣기', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '모두 선택', role: 'selectAll', accelerator: 'CmdOrCtrl+A' }
      ]
    },
    {
      label: '보기(&V)',
      items: [
        { label: '확대', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '축소', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: '원래 크기', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        SEPARATOR,
        { label: '전체 화면', role: 'togglefullscreen', accelerator: 'F11' },
        ...developer
      ]
    },
    {
      label: '도움말(&H)',
      items: [
        { label: '단축키', accelerator: 'F1', event: { name: 'menu:command', payload: { command: 'shortcuts' } } },
        { label: '로그 폴더 열기', action: 'openLogFolder' },
        SEPARATOR,
        { label: '정보', event: { name: 'menu:command', payload: { command: 'about' } } }
      ]
    }
  ]
}

/** Every item of the menu, separators left out (what the tests and electron/menu.ts walk). */
export function menuItems(menu: MenuSpec[]): MenuItemSpec[] {
  return menu.flatMap((top) => top.items.filter((entry): entry is MenuItemSpec => !isSeparator(entry)))
}

/** "CmdOrCtrl+Shift+I" and "Ctrl+shift+i" are one key: compared in one spelling. */
export function normalizeAccelerator(accelerator: string): string {
  return accelerator
    .split('+')
    .map((part) => part.trim().toLowerCase())
    .map((part) => (part === 'cmdorctrl' || part === 'commandorcontrol' || part === 'control' ? 'ctrl' : part))
    .sort()
    .join('+')
}

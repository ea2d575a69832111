import { describe, expect, it } from 'vitest'
import { APP_EVENTS } from '../../../src/shared/ipc/events'
import { applicationMenu, menuItems, normalizeAccelerator } from '../../../src/main/shell/menu'

const HANGUL = /[가-힣]/

describe('the application menu', () => {
  it('has no 새로 고침 or 개발자 도구 in an installed build, by role or by key', () => {
    const items = menuItems(applicationMenu({ packaged: true }))
    expect(items.map((item) => item.role)).not.toContain('reload')
    expect(items.map((item) => item.role)).not.toContain('forceReload')
    expect(items.map((item) => item.role)).not.toContain('toggleDevTools')
    const keys = items.flatMap((item) => (item.accelerator ? [normalizeAccelerator(item.accelerator)] : []))
    for (const forbidden of ['CmdOrCtrl+R', 'Ctrl+Shift+I', 'Ctrl+Shift+R', 'F12']) expect(keys).not.toContain(normalizeAccelerator(forbidden))
  })

  it('offers both while developing', () => {
    const roles = menuItems(applicationMenu({ packaged: false })).map((item) => item.role)
    expect(roles).toContain('reload')
    expect(roles).toContain('toggleDevTools')
  })

  it('is labelled in Korean throughout, menus and items', () => {
    for (const packaged of [true, false]) {
      const menu = applicationMenu({ packaged })
      expect(menu.map((top) => top.label)).toEqual(['파일(&F)', '편집(&E)', '보기(&V)', '도움말(&H)'])
      for (const item of menuItems(menu)) expect(item.label, item.role ?? item.label).toMatch(HANGUL)
    }
  })

  it('gives every key to one item only', () => {
    for (const packaged of [true, false]) {
      const keys = menuItems(applicationMenu({ packaged })).flatMap((item) => (item.accelerator ? [normalizeAccelerator(item.accelerator)] : []))
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('has each item do exactly one thing, and sends only events the renderer knows with valid payloads', () => {
    for (const item of menuItems(applicationMenu({ packaged: false }))) {
      expect([item.role, item.event, item.action].filter((x) => x !== undefined), item.label).toHaveLength(1)
      if (item.event) expect(APP_EVENTS[item.event.name].safeParse(item.event.payload).success, item.label).toBe(true)
    }
  })

  it('holds the items the issue lists', () => {
    const byLabel = new Map(menuItems(applicationMenu({ packaged: true })).map((item) => [item.label, item]))
    expect(byLabel.get('동기화')?.event).toEqual({ name: 'menu:command', payload: { command: 'sync' } })
    expect(byLabel.get('보고서 내보내기…')?.event).toEqual({ name: 'menu:navigate', payload: { to: '/reports' } })
    expect(byLabel.get('설정')?.event).toEqual({ name: 'menu:navigate', payload: { to: '/settings' } })
    expect(byLabel.get('잠금')?.event).toEqual({ name: 'menu:command', payload: { command: 'lock' } })
    // The page locks on Ctrl+L itself, even from an input; the menu only shows the key.
    expect(byLabel.get('잠금')?.registerAccelerator).toBe(false)
    expect(byLabel.get('끝내기')?.role).toBe('quit')
    for (const [label, role] of [
      ['실행 취소', 'undo'],
      ['다시 실행', 'redo'],
      ['잘라내기', 'cut'],
      ['복사', 'copy'],
      ['붙여넣기', 'paste'],
      ['모두 선택', 'selectAll'],
      ['확대', 'zoomIn'],
      ['축소', 'zoomOut'],
      ['원래 크기', 'resetZoom'],
      ['전체 화면', 'togglefullscreen']
    ] as const) {
      expect(byLabel.get(label)?.role, label).toBe(role)
    }
    expect(byLabel.get('단축키')?.event).toEqual({ name: 'menu:command', payload: { command: 'shortcuts' } })
    expect(byLabel.get('정보')?.event).toEqual({ name: 'menu:command', payload: { command: 'about' } })
    expect(byLabel.get('로그 폴더 열기')?.action).toBe('openLogFolder')
  })

  it('compares keys in one spelling', () => {
    expect(normalizeAccelerator('CmdOrCtrl+Shift+I')).toBe(normalizeAccelerator('shift+Ctrl+i'))
    expect(normalizeAccelerator('CmdOrCtrl+R')).not.toBe(normalizeAccelerator('CmdOrCtrl+Shift+R'))
  })
})

import { describe, expect, it } from 'vitest'
import { isPaletteShortcut } from '../../../../src/renderer/src/features/palette/usePaletteShortcut'

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods
})

describe('isPaletteShortcut', () => {
  it('is Ctrl+K or ⌘K by key position (the Korean input mode types ㅏ there)', () => {
    expect(isPaletteShortcut(key('KeyK', { ctrlKey: true }))).toBe(true)
    expect(isPaletteShortcut(key('KeyK', { metaKey: true }))).toBe(true)
  })

  it('is not K alone (the lists\' previous row), nor with Shift or Alt, nor Ctrl+L (lock)', () => {
    expect(isPaletteShortcut(key('KeyK'))).toBe(false)
    expect(isPaletteShortcut(key('KeyK', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(isPaletteShortcut(key('KeyK', { ctrlKey: true, altKey: true }))).toBe(false)
    expect(isPaletteShortcut(key('KeyL', { ctrlKey: true }))).toBe(false)
  })
})

import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  MIN_WINDOW_SIZE,
  WINDOW_STATE_FILE,
  parseWindowState,
  readWindowState,
  restoreWindowState,
  writeWindowState,
  type Rect,
  type WindowState
} from '../../../src/main/shell/windowBounds'
import { removeTestDir } from '../../helpers/tempDir'

// Work areas (the display minus the taskbar), as screen.getAllDisplays() gives them.
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const RIGHT_MONITOR: Rect = { x: 1920, y: 0, width: 2560, height: 1400 }
const LEFT_MONITOR: Rect = { x: -1920, y: 0, width: 1920, height: 1040 }

function state(bounds: Rect, maximized = false): WindowState {
  return { bounds, maximized }
}

function onSomeDisplay(bounds: Rect, areas: Rect[]): boolean {
  return areas.some((a) => bounds.x >= a.x && bounds.y >= a.y && bounds.x + bounds.width <= a.x + a.width && bounds.y + bounds.height <= a.y + a.height)
}

describe('restoring the window rectangle', () => {
  it('keeps a rectangle that is on a display as it was', () => {
    const saved = state({ x: 2100, y: 80, width: 1600, height: 1000 })
    expect(restoreWindowState(saved, [LAPTOP, RIGHT_MONITOR])).toEqual(saved)
  })

  it('brings a window from a monitor that was removed onto the primary display, size kept where it fits', () => {
    const restored = restoreWindowState(state({ x: 2100, y: 80, width: 1600, height: 1000 }), [LAPTOP])
    expect(restored.bounds.width).toBe(1600)
    expect(restored.bounds.height).toBe(1000)
    expect(onSomeDisplay(restored.bounds, [LAPTOP])).toBe(true)
  })

  it('does the same for a monitor left of the primary (negative coordinates)', () => {
    const saved = state({ x: -1800, y: 100, width: 1400, height: 800 })
    expect(restoreWindowState(saved, [LAPTOP, LEFT_MONITOR])).toEqual(saved)
    expect(onSomeDisplay(restoreWindowState(saved, [LAPTOP]).bounds, [LAPTOP])).toBe(true)
  })

  it('pushes a partly off-screen window back inside its display', () => {
    const restored = restoreWindowState(state({ x: 1400, y: 600, width: 1200, height: 800 }), [LAPTOP])
    expect(restored.bounds).toEqual({ x: 1920 - 1200, y: 1040 - 800, width: 1200, height: 800 })
  })

  it('moves a window whose title bar is above the top edge (nothing to drag it by)', () => {
    const restored = restoreWindowState(state({ x: 100, y: -300, width: 1200, height: 800 }), [LAPTOP])
    expect(restored.bounds.y).toBeGreaterThanOrEqual(0)
    expect(onSomeDisplay(restored.bounds, [LAPTOP])).toBe(true)
  })

  it('shrinks a window to a lowered resolution, never below the minimum', () => {
    const lowered: Rect = { x: 0, y: 0, width: 1280, height: 680 }
    const restored = restoreWindowState(state({ x: 0, y: 0, width: 1900, height: 1030 }), [lowered])
    expect(restored.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 680 })
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 450 }
    const clamped = restoreWindowState(state({ x: 0, y: 0, width: 1900, height: 1030 }), [tiny])
    expect(clamped.bounds.width).toBe(MIN_WINDOW_SIZE.width)
    expect(clamped.bounds.height).toBe(MIN_WINDOW_SIZE.height)
  })

  it('raises a saved size below the minimum', () => {
    const restored = restoreWindowState(state({ x: 10, y: 10, width: 300, height: 200 }), [LAPTOP])
    expect(restored.bounds).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height })
  })

  it('keeps the maximized state, also when the rectangle had to move', () => {
    expect(restoreWindowState(state({ x: 2100, y: 80, width: 1600, height: 1000 }, true), [LAPTOP, RIGHT_MONITOR]).maximized).toBe(true)
    expect(restoreWindowState(state({ x: 2100, y: 80, width: 1600, height: 1000 }, true), [LAPTOP]).maximized).toBe(true)
  })

  it('opens centred on the primary display at the default size when nothing was saved', () => {
    const restored = restoreWindowState(null, [LAPTOP, RIGHT_MONITOR])
    expect(restored.maximized).toBe(false)
    expect(onSomeDisplay(restored.bounds, [LAPTOP])).toBe(true)
  })
})

describe('window-state.json', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) removeTestDir(dir)
  })
  function dataDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'window-state-'))
    dirs.push(dir)
    return dir
  }

  it('is written whole and read back, with no temporary file left', () => {
    const dir = dataDir()
    const saved = state({ x: -1800, y: 100, width: 1400, height: 800 }, true)
    writeWindowState(dir, saved)
    expect(readWindowState(dir)).toEqual(saved)
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_FILE])
    writeWindowState(dir, state({ x: 1, y: 2, width: 1000, height: 600 }))
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state({ x: 1, y: 2, width: 1000, height: 600 }))
  })

  it('counts as absent when missing, damaged or of another shape', () => {
    const dir = dataDir()
    expect(readWindowState(dir)).toBeNull()
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"bounds": {"x": 1')
    expect(readWindowState(dir)).toBeNull()
    for (const text of ['null', '[]', '{"bounds":{"x":0,"y":0,"width":0,"height":10},"maximized":false}', '{"bounds":{"x":0,"y":0,"width":10,"height":10}}']) {
      expect(parseWindowState(text), text).toBeNull()
    }
  })
})

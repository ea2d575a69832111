import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Where the window was and how big, kept in `window-state.json` in the data folder and restored on the
 * next start. A rectangle saved on a monitor that is gone (a laptop undocked), or too big for a lowered
 * resolution, is brought back onto a current display: the window must never open where nobody sees it.
 */

export const WINDOW_STATE_FILE = 'window-state.json'
/** Below this the list screens stop being usable; createMainWindow sets it as the minimum. */
export const MIN_WINDOW_SIZE = { width: 900, height: 500 } as const
export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  /** The normal (not maximized) rectangle: what the window returns to when un-maximized. */
  bounds: Rect
  maximized: boolean
}

/** Part of the rectangle that must lie on a display for the window to count as visible (its title bar can be grabbed). */
const VISIBLE_MIN = { width: 120, height: 40 } as const

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false
  const r = value as Record<string, unknown>
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]))
}

/** The saved state, or null when there is none or it is not what this file writes (then the defaults apply). */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { bounds, maximized } = value as Record<string, unknown>
  if (!isRect(bounds) || typeof maximized !== 'boolean') return null
  if (bounds.width <= 0 || bounds.height <= 0) return null
  return { bounds: { x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height) }, maximized }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }
}

function clampSize(width: number, height: number, area: Rect): { width: number; height: number } {
  // The minimum wins over a work area smaller still (the window then overhangs, as Windows does it).
  return {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.min(width, area.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.min(height, area.height))
  }
}

/**
 * The state to open with, given the saved one (null: none) and the work areas of the displays now
 * attached (the first is the primary). The size is kept within the display the window is mostly on and
 * at least the minimum; a window whose title bar is not on any display is moved onto the primary one,
 * and a window that overhangs its display's edge is pushed back inside; `maximized` is kept as saved.
 */
export function restoreWindowState(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0]
  if (!primary) return saved ?? { bounds: { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }, maximized: false }
  if (!saved) {
    const size = clampSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, primary)
    return { bounds: centeredIn(primary, size.width, size.height), maximized: false }
  }
  const { bounds } = saved
  // The title bar: the top strip, which is what a person drags the window by.
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: VISIBLE_MIN.height }
  const host = workAreas
    .map((area) => ({ area, titleBar: overlap(titleBar, area), whole: overlap(bounds, area) }))
    .filter((c) => c.titleBar.width >= Math.min(VISIBLE_MIN.width, bounds.width) && c.titleBar.height >= Math.min(VISIBLE_MIN.height, bounds.height))
    .sort((a, b) => b.whole.width * b.whole.height - a.whole.width * a.whole.height)[0]
  if (!host) {
    const size = clampSize(bounds.width, bounds.height, primary)
    return { bounds: centeredIn(primary, size.width, size.height), maximized: saved.maximized }
  }
  const area = host.area
  const size = clampSize(bounds.width, bounds.height, area)
  // Pushed back inside the display (left and top edges win when the window is bigger than the area).
  const x = Math.max(area.x, Math.min(bounds.x, area.x + area.width - size.width))
  const y = Math.max(area.y, Math.min(bounds.y, area.y + area.height - size.height))
  return { bounds: { x, y, ...size }, maximized: saved.maximized }
}

export function readWindowState(dataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'))
  } catch {
    // None yet, or unreadable: the window opens at its default place.
    return null
  }
}

/** Written whole to a temporary name, then renamed over the file: a crash mid-write leaves the old one. */
export function writeWindowState(dataDir: string, state: WindowState): void {
  const file = join(dataDir, WINDOW_STATE_FILE)
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(state)}\n`, 'utf8')
  renameSync(temporary, file)
}

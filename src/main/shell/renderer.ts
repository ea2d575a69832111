import { posix, win32 } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * What the window loads, and so what counts as the app's own page: the bundled index.html (an
 * installed app, `npm start`), or electron-vite's dev server while developing.
 */
export type RendererSource =
  | { kind: 'file'; indexFile: string; indexUrl: string; windows: boolean }
  | { kind: 'devServer'; url: string; origin: string }

export const DEV_RENDERER_ENV = 'ELECTRON_RENDERER_URL'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
const MAX_URL_LENGTH = 4096

export interface RendererChoice {
  /** `app.isPackaged`: an installed build never takes its page from the environment. */
  packaged: boolean
  env: Record<string, string | undefined>
  /** The bundled out/renderer/index.html, absolute. */
  indexFile: string
  platform: NodeJS.Platform
}

/**
 * ELECTRON_RENDERER_URL is honoured only when not packaged, and only for a dev server on this PC:
 * otherwise one environment variable would make the installed app load any page with `window.api`.
 */
export function chooseRenderer(choice: RendererChoice): RendererSource {
  const devUrl = choice.packaged ? undefined : choice.env[DEV_RENDERER_ENV]
  if (devUrl) {
    const parsed = parseUrl(devUrl)
    if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK_HOSTS.has(parsed.hostname)) {
      return { kind: 'devServer', url: parsed.href, origin: parsed.origin }
    }
  }
  const windows = choice.platform === 'win32'
  return { kind: 'file', indexFile: choice.indexFile, indexUrl: pathToFileURL(choice.indexFile, { windows }).href, windows }
}

/** Whether `url` is the app's own page (any route of it): what the window may show and IPC may come from. */
export function isAppPageUrl(url: string | null | undefined, source: RendererSource): boolean {
  const parsed = url ? parseUrl(url) : null
  if (!parsed) return false
  if (source.kind === 'devServer') return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === source.origin
  const file = filePathOf(parsed, source.windows)
  return file !== null && samePath(file, source.indexFile, source.windows)
}

/**
 * Whether the app's page may load `url`: its own bundle (scripts, styles, fonts next to index.html),
 * inline data, and DevTools. A file:// page may otherwise read any file on the PC.
 */
export function isAppResourceUrl(url: string, source: RendererSource): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true
  if (source.kind === 'devServer') {
    const origin = new URL(source.origin)
    const sameHost = parsed.host === origin.host
    // The dev server's hot reload talks over a WebSocket to the same host and port.
    return sameHost && (parsed.protocol === origin.protocol || parsed.protocol === 'ws:' || parsed.protocol === 'wss:')
  }
  const file = filePathOf(parsed, source.windows)
  if (file === null) return false
  const path = source.windows ? win32 : posix
  const inside = path.relative(path.dirname(source.indexFile), file)
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside)
}

function filePathOf(url: URL, windows: boolean): string | null {
  if (url.protocol !== 'file:') return null
  try {
    return fileURLToPath(url, { windows })
  } catch {
    // A host on a POSIX file URL, an encoded separator: not a path the app's bundle has.
    return null
  }
}

function samePath(a: string, b: string, windows: boolean): boolean {
  // Windows paths are case-insensitive (the drive letter's case varies between APIs).
  return windows ? win32.normalize(a).toLowerCase() === win32.normalize(b).toLowerCase() : posix.normalize(a) === posix.normalize(b)
}

function parseUrl(value: string): URL | null {
  if (value.length > MAX_URL_LENGTH) return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

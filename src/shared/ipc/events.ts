import { z } from 'zod'

/**
 * Main → renderer events (the application menu, later the tray): the other direction of the contract.
 * Main sends them on one IPC channel each; the preload forwards only these names, and the renderer
 * parses every payload with the schema below before acting on it (a preload is no validator).
 */

/** Screens a menu item may open: the renderer's own paths, named here so main needs no renderer code. */
export const MENU_NAVIGATION_TARGETS = ['/settings', '/reports', '/sync'] as const
export const MenuNavigationTarget = z.enum(MENU_NAVIGATION_TARGETS)
export type MenuNavigationTarget = z.infer<typeof MenuNavigationTarget>

/** What a menu item asks the renderer to do. */
export const MENU_COMMANDS = ['sync', 'lock', 'shortcuts', 'about'] as const
export const MenuCommand = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof MenuCommand>

export const APP_EVENTS = {
  'menu:navigate': z.object({ to: MenuNavigationTarget }).strict(),
  'menu:command': z.object({ command: MenuCommand }).strict()
} as const

export type AppEventName = keyof typeof APP_EVENTS
export type AppEventPayload<N extends AppEventName> = z.infer<(typeof APP_EVENTS)[N]>
export const APP_EVENT_NAMES = Object.keys(APP_EVENTS) as AppEventName[]

export function isAppEventName(name: string): name is AppEventName {
  return Object.hasOwn(APP_EVENTS, name)
}

/** The IPC channel an event travels on: prefixed, so it can never be taken for an invoke channel. */
export function appEventChannel(name: AppEventName): string {
  return `event:${name}`
}

/** One event as main hands it to electron/menu.ts's sender. */
export type AppEvent = { [N in AppEventName]: { name: N; payload: AppEventPayload<N> } }[AppEventName]

/** Checks an incoming payload; null when it does not fit (the event is then ignored). */
export function parseAppEvent<N extends AppEventName>(name: N, payload: unknown): AppEventPayload<N> | null {
  const parsed = APP_EVENTS[name].safeParse(payload)
  return parsed.success ? (parsed.data as AppEventPayload<N>) : null
}

/** `window.api.events`: subscribe to one event by name; the returned function unsubscribes. */
export interface AppEventsBridge {
  on(name: AppEventName, handler: (payload: unknown) => void): () => void
}

/**
 * Builds `window.api.events` over a raw channel listener (ipcRenderer.on in the preload). Names
 * outside APP_EVENTS are refused, so the page cannot listen on any other channel through it.
 */
export function buildEventsBridge(listen: (channel: string, handler: (payload: unknown) => void) => () => void): AppEventsBridge {
  return {
    on(name, handler) {
      if (typeof name !== 'string' || !isAppEventName(name)) throw new Error(`unknown app event: ${String(name)}`)
      if (typeof handler !== 'function') throw new Error('an app event handler must be a function')
      return listen(appEventChannel(name), (payload) => handler(payload))
    }
  }
}

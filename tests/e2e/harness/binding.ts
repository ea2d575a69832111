/**
 * The Playwright binding (page.exposeBinding) through which the page reaches the test's core: the one
 * name both sides of the e2e transport agree on. Plain data, so the browser-side harness imports it too.
 */
export const CORE_INVOKE_BINDING = '__coreInvoke'

/**
 * The function the e2e harness puts on `window` to deliver a main → renderer event (the menu's), as the
 * preload's `window.api.events` would: `window[APP_EVENT_EMIT](name, payload)` from page.evaluate.
 */
export const APP_EVENT_EMIT = '__emitAppEvent'

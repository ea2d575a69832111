/**
 * The Playwright binding (page.exposeBinding) through which the page reaches the test's core: the one
 * name both sides of the e2e transport agree on. Plain data, so the browser-side harness imports it too.
 */
export const CORE_INVOKE_BINDING = '__coreInvoke'

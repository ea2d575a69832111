export interface WebPreferenceInputs {
  /** The built preload (out/preload/index.js), absolute. */
  preload: string
  /** `app.isPackaged`. */
  packaged: boolean
}

/**
 * The main window's webPreferences. The page gets `window.api` from the preload and nothing else:
 * isolated from the preload's world, sandboxed, no Node anywhere (workers and subframes included),
 * the same-origin policy on, no <webview>, no DevTools in an installed app (a curious user would
 * otherwise have a console next to `window.api`), and no spellchecker (it sends words to a service
 * and downloads dictionaries — neither reachable on the 업무망).
 */
export function mainWindowWebPreferences(inputs: WebPreferenceInputs) {
  return {
    preload: inputs.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    enableWebSQL: false,
    devTools: !inputs.packaged
  } as const
}

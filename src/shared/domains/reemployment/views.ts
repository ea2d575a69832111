/**
 * 재취업 views the main process hands to the renderer (and the CLI): every schema and type of the
 * domain's IPC contract, from one module.
 */
export * from './sessionViews'
export * from './checkInViews'
export * from './afterSessionViews'
export * from './importViews'

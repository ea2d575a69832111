// electron-builder's afterPack hook (electron-builder.yml → afterPack): flips the Electron fuses of the
// packed app, after electron-builder has embedded the app.asar integrity hash in the .exe and before
// the app is signed (so the OS's signature check covers the flipped bits). Plain ESM, run by
// electron-builder's own Node; no shell, so it runs the same on Windows.
import path from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/**
 * The fuses every packaged build gets, by @electron/fuses option name. See docs/security.md.
 * - RunAsNode off: ELECTRON_RUN_AS_NODE=1 would turn the signed .exe into a plain Node that runs any script.
 * - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS (--require a script) is ignored.
 * - EnableNodeCliInspectArguments off: --inspect / --inspect-brk cannot attach a debugger to main.
 * - EnableEmbeddedAsarIntegrityValidation on: app.asar must match the hash embedded in the .exe.
 * - OnlyLoadAppFromAsar on: the app is loaded from app.asar only, never from a resources/app folder put beside it.
 * - EnableCookieEncryption on: the cookie store is encrypted with the OS key (DPAPI); the app keeps no
 *   cookies today (tokens live in memory), so this costs nothing and covers any that appear.
 * - GrantFileProtocolExtraPrivileges stays on (Electron's default): the window loads index.html from
 *   file:// with ES-module scripts, which a plain file:// origin cannot load. Turning it off needs the
 *   renderer served from a custom protocol (protocol.handle) first; meanwhile the session's request
 *   filter keeps the page to its own folder (src/main/shell/renderer.ts, isAppResourceUrl).
 */
export const FUSES = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  EnableCookieEncryption: true,
  GrantFileProtocolExtraPrivileges: true
})

/**
 * The @electron/fuses config for FUSES.
 * @returns {import('@electron/fuses').FuseConfig}
 */
export function fuseConfig() {
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = { version: FuseVersion.V1 }
  for (const [name, enabled] of Object.entries(FUSES)) {
    config[FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)]] = enabled
  }
  return config
}

/**
 * @typedef {object} PackContext the part of electron-builder's AfterPackContext this hook reads
 * @property {string} appOutDir
 * @property {string} electronPlatformName
 * @property {{ appInfo: { productFilename: string }, executableName?: string }} packager
 */

/**
 * The packed Electron executable whose fuse wire is flipped.
 * @param {PackContext} context
 * @returns {string}
 */
export function electronExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`)
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`)
  return path.join(appOutDir, packager.executableName ?? name)
}

/**
 * @param {PackContext} context
 * @returns {Promise<void>}
 */
export default async function afterPack(context) {
  await flipFuses(electronExecutable(context), fuseConfig())
}

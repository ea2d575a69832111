// Pre-step of `npm run dev` / `npm start`: make sure the Electron binary is on disk.
// Electron 42+ no longer downloads it in postinstall but on the first `require('electron')`, while
// electron-vite only reads node_modules/electron/path.txt and stops with "Error: Electron uninstall"
// when it is missing (electron-vite #904/#905). So we run Electron's own installer first.
// Plain ESM run by `node`, so it needs no build step; no shell, so it runs the same on Windows.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { isRunDirectly } from './run-directly.mjs'

/** Only the tests set this: it points the script at a fake electron package instead of node_modules/electron. */
export const ELECTRON_DIR_ENV = 'ELECTRON_DIR_OVERRIDE'

/**
 * @typedef {{ ok: true } | { ok: false, reason?: string }} InstallResult
 * @typedef {{ info: (line: string) => void, error: (line: string) => void }} Printer
 * @typedef {object} EnsureDeps
 * @property {string} electronDir directory of the electron package (holds package.json, path.txt, dist/)
 * @property {(file: string) => boolean} [exists]
 * @property {(file: string) => string} [readFile]
 * @property {(installerPath: string) => Promise<InstallResult>} runInstaller
 * @property {Printer} print
 * @property {Record<string, string | undefined>} [env]
 */

/**
 * path.txt names the executable relative to dist/ (electron.exe, electron, Electron.app/...); the binary
 * is there only if both exist — an interrupted download can leave one without the other.
 * @param {string} electronDir
 * @param {(file: string) => boolean} [exists]
 * @param {(file: string) => string} [readFile]
 * @returns {boolean}
 */
export function isElectronPresent(electronDir, exists = existsSync, readFile = readUtf8) {
  const pathFile = path.join(electronDir, 'path.txt')
  if (!exists(pathFile)) return false
  let executable
  try {
    executable = readFile(pathFile).trim()
  } catch {
    return false
  }
  return executable !== '' && exists(path.join(electronDir, 'dist', executable))
}

/**
 * The installer is the package's own `install-electron` bin, read from its package.json so a future
 * rename of install.js does not silently break this script.
 * @param {string} electronDir
 * @param {(file: string) => string} [readFile]
 * @returns {string}
 */
export function installerPath(electronDir, readFile = readUtf8) {
  let bin = 'install.js'
  try {
    const pkg = JSON.parse(readFile(path.join(electronDir, 'package.json')))
    const declared = pkg && typeof pkg.bin === 'object' ? pkg.bin['install-electron'] : undefined
    if (typeof declared === 'string' && declared !== '') bin = declared
  } catch {
    // No readable package.json: fall back to the file name Electron 42–45 ship.
  }
  return path.join(electronDir, bin)
}

/**
 * One Korean and one English line (plus the installer's one-line reason when it gave one) instead of
 * @electron/get's stack trace, which tells staff nothing about what to do.
 * @param {string} [reason]
 * @returns {string[]}
 */
export function failureLines(reason) {
  const lines = [
    'Electron 실행 파일을 내려받지 못했습니다. 처음 `npm run dev`를 실행할 때는 인터넷 연결이 필요합니다 ' +
      '(프록시 환경이면 ELECTRON_MIRROR 또는 HTTPS_PROXY와 ELECTRON_GET_USE_PROXY=true를 설정한 뒤 다시 실행하세요).',
    'Could not download the Electron binary. The first `npm run dev` needs internet access ' +
      '(behind a proxy, set ELECTRON_MIRROR, or HTTPS_PROXY together with ELECTRON_GET_USE_PROXY=true, and run it again).'
  ]
  if (reason) lines.push(`원인 / cause: ${reason}`)
  return lines
}

/**
 * @param {EnsureDeps} deps
 * @returns {Promise<number>} the exit code for the script
 */
export async function ensureElectron(deps) {
  const { electronDir, runInstaller, print } = deps
  const exists = deps.exists ?? existsSync
  const readFile = deps.readFile ?? readUtf8
  const env = deps.env ?? process.env

  // electron-vite uses ELECTRON_EXEC_PATH as is and never looks at path.txt, so there is nothing to fetch.
  if (env.ELECTRON_EXEC_PATH) return 0
  if (isElectronPresent(electronDir, exists, readFile)) return 0

  print.info('Electron 실행 파일을 내려받는 중입니다(처음 한 번, 몇 분 걸릴 수 있습니다). / Downloading the Electron binary (first run only, may take a few minutes).')
  /** @type {InstallResult} */
  let result
  try {
    result = await runInstaller(installerPath(electronDir, readFile))
  } catch (error) {
    result = { ok: false, reason: firstLine(error instanceof Error ? error.message : String(error)) }
  }
  // The installer can exit 0 without producing a binary (e.g. an unsupported platform override).
  if (result.ok && isElectronPresent(electronDir, exists, readFile)) return 0
  for (const line of failureLines(result.ok ? undefined : result.reason)) print.error(line)
  return 1
}

/**
 * Runs the installer with this very Node (process.execPath): no shell, no .cmd shim, so Windows behaves
 * like everywhere else. stderr is captured, not shown, because on failure it is only a stack trace.
 * @param {string} installer
 * @returns {Promise<InstallResult>}
 */
export function runInstallerProcess(installer) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], windowsHide: true })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => {
      // Only the head matters (the error line); cap it so a chatty failure cannot grow without bound.
      if (stderr.length < 64 * 1024) stderr += chunk
    })
    child.on('error', (error) => resolve({ ok: false, reason: firstLine(error.message) }))
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, reason: firstLine(stderr) }))
  })
}

/**
 * First line that is not a stack frame ("    at …"), trimmed to something that fits a terminal.
 * @param {string} text
 * @returns {string | undefined}
 */
export function firstLine(text) {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('at '))
  if (!line) return undefined
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}

/** @param {string} file */
function readUtf8(file) {
  return readFileSync(file, 'utf8')
}

function defaultElectronDir() {
  const override = process.env[ELECTRON_DIR_ENV]
  if (override) return path.resolve(override)
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'))
}


if (isRunDirectly(import.meta.url)) {
  let electronDir
  try {
    electronDir = defaultElectronDir()
  } catch {
    process.stderr.write('electron 패키지가 설치되어 있지 않습니다. 먼저 `npm install`을 실행하세요. / The electron package is not installed: run `npm install` first.\n')
    process.exit(1)
  }
  const code = await ensureElectron({
    electronDir,
    runInstaller: runInstallerProcess,
    print: {
      info: (line) => process.stdout.write(`${line}\n`),
      error: (line) => process.stderr.write(`${line}\n`)
    }
  })
  process.exitCode = code
}

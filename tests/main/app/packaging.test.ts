import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix, relative, resolve, sep } from 'node:path'
import { load } from 'js-yaml'
import { minimatch } from 'minimatch'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'

/**
 * What electron-builder packs, checked against the built app (out/) without packaging: the installer
 * itself is made on Windows (docs/windows.md), but a file main loads that the `files` globs leave out,
 * or a native binary left inside app.asar, shows up here first.
 */

const ROOT = resolve(__dirname, '../../..')
const OUT = join(ROOT, 'out')
const MAIN_BUNDLE = join(OUT, 'main', 'index.js')
const require = createRequire(import.meta.url)

const Pattern = z.string()
const Config = z.object({
  executableName: z.string(),
  npmRebuild: z.boolean(),
  asar: z.literal(true),
  files: z.array(Pattern),
  asarUnpack: z.array(Pattern),
  extraFiles: z.array(z.object({ from: z.string(), to: z.string() })),
  win: z.object({ icon: z.string(), target: z.array(z.object({ target: z.string(), arch: z.array(z.string()) })) }),
  nsis: z.object({
    oneClick: z.boolean(),
    perMachine: z.boolean(),
    selectPerMachineByDefault: z.boolean(),
    allowElevation: z.boolean(),
    language: z.string(),
    installerLanguages: z.array(z.string()),
    shortcutName: z.string(),
    createDesktopShortcut: z.boolean(),
    createStartMenuShortcut: z.boolean(),
    deleteAppDataOnUninstall: z.boolean()
  })
})

const rawConfig: unknown = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'))
const config = Config.parse(rawConfig)

/** Every file under `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })
}

/** A path inside the app folder as electron-builder's globs see it: relative, with forward slashes. */
const appPath = (absolute: string): string => relative(ROOT, absolute).split(sep).join(posix.sep)

/**
 * electron-builder's file-set rule: a file is packed when a pattern includes it and no "!" pattern
 * excludes it (minimatch with dot files, as app-builder-lib matches).
 */
function packedBy(patterns: readonly string[], path: string): boolean {
  const included = patterns.filter((p) => !p.startsWith('!')).some((p) => minimatch(path, p, { dot: true }))
  const excluded = patterns.filter((p) => p.startsWith('!')).some((p) => minimatch(path, p.slice(1), { dot: true }))
  return included && !excluded
}

/** asarUnpack: any pattern matching (electron-builder also matches a pattern without a slash against the base name). */
function unpacked(path: string): boolean {
  return config.asarUnpack.some((p) => minimatch(path, p, { dot: true, matchBase: !p.includes('/') }))
}

/** Builds out/ when it is missing or older than a source file (npm test builds after the unit stage). */
function ensureBuilt(): void {
  const newestSource = Math.max(...walk(join(ROOT, 'src')).map((file) => statSync(file).mtimeMs))
  if (existsSync(MAIN_BUNDLE) && existsSync(join(OUT, 'renderer', 'index.html')) && statSync(MAIN_BUNDLE).mtimeMs >= newestSource) return
  const manifest = require.resolve('electron-vite/package.json')
  const bin = z.object({ bin: z.record(z.string(), z.string()) }).parse(JSON.parse(readFileSync(manifest, 'utf8'))).bin['electron-vite']
  if (!bin) throw new Error('electron-vite has no bin')
  const result = spawnSync(process.execPath, [join(dirname(manifest), bin), 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`)
}

/**
 * The files the main bundle loads by path at run time: electron-vite writes each `?modulePath` worker,
 * `?asset`, preload and the renderer's index.html as `join(__dirname, "…")`. The `.ts` names are the
 * CLI's source workers (tsx, `npm run cli` only), never loaded by the app.
 */
function mainRuntimeFiles(): string[] {
  const bundle = readFileSync(MAIN_BUNDLE, 'utf8')
  const names = [...bundle.matchAll(/join\)\(__dirname, "([^"]+)"\)/g)].map((match) => match[1]!).filter((name) => !name.endsWith('.ts'))
  return [...new Set(names)].map((name) => resolve(dirname(MAIN_BUNDLE), name))
}

/** The scripts and styles index.html loads, relative to it. */
function rendererFiles(): string[] {
  const html = join(OUT, 'renderer', 'index.html')
  const refs = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="(\.\/[^"]+)"/g)].map((match) => match[1]!)
  return refs.map((ref) => resolve(dirname(html), ref))
}

describe('electron-builder.yml against the built app', () => {
  beforeAll(ensureBuilt, 240_000)

  it('is a configuration electron-builder itself accepts (its own schema check)', async () => {
    // app-builder-lib's validator, the one `electron-builder --win` runs first: an unknown or misplaced key fails here.
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>
    }
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
    await expect(validateConfiguration(rawConfig, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('packs every file main loads at run time: both worker chunks, preload, the renderer and its assets, the icon', () => {
    const runtime = mainRuntimeFiles()
    const names = runtime.map(appPath)
    // The reading of the bundle is itself checked: it finds the workers, preload and the page.
    expect(names.filter((name) => /^out\/main\/chunks\/decodeWorker-[^/]+\.js$/.test(name))).toHaveLength(1)
    expect(names.filter((name) => /^out\/main\/chunks\/checkpointWorker-[^/]+\.js$/.test(name))).toHaveLength(1)
    expect(names).toContain('out/preload/index.js')
    expect(names).toContain('out/renderer/index.html')
    const assets = rendererFiles()
    expect(assets.length).toBeGreaterThanOrEqual(2)
    for (const file of [MAIN_BUNDLE, ...runtime, ...assets]) {
      expect(existsSync(file), `${appPath(file)} is referenced but was not built`).toBe(true)
      expect(packedBy(config.files, appPath(file)), `${appPath(file)} is not in electron-builder.yml files`).toBe(true)
    }
    // package.json's main is the bundle that was just checked.
    const main = z.object({ main: z.string() }).parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).main
    expect(posix.normalize(main)).toBe('out/main/index.js')
    expect(packedBy(config.files, 'package.json')).toBe(true)
  })

  it('leaves source maps and the CLI launcher out of app.asar', () => {
    expect(packedBy(config.files, 'out/main/index.js.map')).toBe(false)
    expect(packedBy(config.files, 'resources/cli/seoul-jobs-cli.cmd')).toBe(false)
  })

  it('unpacks every native binary better-sqlite3 ships (Windows loads a .node only from a real file), the win32-x64 one first', () => {
    const packageDir = dirname(require.resolve('better-sqlite3/package.json'))
    const natives = walk(packageDir).filter((file) => file.endsWith('.node'))
    const win = join(packageDir, 'prebuilds', 'win32-x64.node')
    expect(natives).toContain(win)
    // As electron-builder sees them in the app folder.
    for (const file of natives) expect(unpacked(posix.join('node_modules/better-sqlite3', relative(packageDir, file).split(sep).join(posix.sep))), file).toBe(true)
    // And excluding the C sources does not take the binary with them (node_modules come in through electron-builder's own rule).
    const prebuild = 'node_modules/better-sqlite3/prebuilds/win32-x64.node'
    expect(config.files.filter((p) => p.startsWith('!')).some((p) => minimatch(prebuild, p.slice(1), { dot: true }))).toBe(false)
    expect(config.files.filter((p) => p.startsWith('!')).some((p) => minimatch('node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', p.slice(1), { dot: true }))).toBe(true)
    expect(config.npmRebuild).toBe(false)
  })

  it('keeps the worker chunks inside app.asar, where the integrity fuse covers them (Electron reads asar in workers)', () => {
    const workers = mainRuntimeFiles().map(appPath).filter((name) => /Worker-[^/]+\.js$/.test(name))
    expect(workers).toHaveLength(2)
    for (const worker of workers) expect(unpacked(worker), worker).toBe(false)
  })

  it('names the .exe in ASCII and the .cmd beside it calls that .exe with --cli, with CRLF line ends', () => {
    expect(config.executableName).toMatch(/^[A-Za-z0-9._-]+$/)
    const launcher = config.extraFiles.find((entry) => entry.to.endsWith('.cmd'))
    expect(launcher, 'extraFiles has no .cmd').toBeDefined()
    expect(launcher!.to).toMatch(/^[A-Za-z0-9._-]+\.cmd$/)
    const bytes = readFileSync(join(ROOT, launcher!.from))
    // cmd.exe reads a batch file in the console's code page (CP949): ASCII only, CRLF.
    expect([...bytes].every((byte) => byte < 0x80)).toBe(true)
    const text = bytes.toString('ascii')
    expect(text.match(/\n/g)?.length).toBe(text.match(/\r\n/g)?.length)
    expect(text).toContain(`"%~dp0${config.executableName}.exe" --cli %*`)
    expect(text).toMatch(/exit \/b %ERRORLEVEL%/)
  })

  it('NSIS: assisted, all users selected by default with per-user offered, Korean, both shortcuts, data kept', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      // perMachine true would skip the choice page; false + selectPerMachineByDefault shows it with 모든 사용자 chosen.
      perMachine: false,
      selectPerMachineByDefault: true,
      allowElevation: true,
      language: '1042',
      installerLanguages: ['ko_KR'],
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false
    })
    expect(config.nsis.shortcutName).toMatch(/[가-힣]/)
  })

  it('builds the installer and a portable .exe for x64, with the icon electron-builder converts from the PNG', () => {
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['nsis', 'portable'])
    for (const target of config.win.target) expect(target.arch).toEqual(['x64'])
    const icon = readFileSync(join(ROOT, config.win.icon))
    // PNG, at least 256×256 (electron-builder's minimum for the Windows icon): width and height in IHDR.
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG')
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(256)
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(256)
  })
})

import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ELECTRON_DIR_ENV,
  ensureElectron,
  failureLines,
  firstLine,
  installerPath,
  isElectronPresent
} from '../../scripts/ensure-electron.mjs'
import { makeTempDir } from '../helpers/tempDir'

const script = resolve(__dirname, '../../scripts/ensure-electron.mjs')
const KOREAN_FAILURE = 'Electron 실행 파일을 내려받지 못했습니다.'
const ENGLISH_FAILURE = 'Could not download the Electron binary.'
const ELECTRON_DIR = join('fake', 'node_modules', 'electron')
const PATH_TXT = join(ELECTRON_DIR, 'path.txt')
const BINARY = join(ELECTRON_DIR, 'dist', 'electron.exe')

type InstallResult = { ok: true } | { ok: false; reason?: string }

/** An in-memory node_modules/electron: file name → contents. */
function fakeFs(files: Record<string, string>) {
  return {
    files,
    exists: (file: string) => file in files,
    readFile: (file: string) => {
      const content = files[file]
      if (content === undefined) throw new Error(`ENOENT: ${file}`)
      return content
    }
  }
}

function printer() {
  const info: string[] = []
  const error: string[] = []
  return { info, error, print: { info: (l: string) => info.push(l), error: (l: string) => error.push(l) } }
}

describe('ensureElectron (injected dependencies)', () => {
  it('does nothing when path.txt names a binary that exists under dist/', async () => {
    const fs = fakeFs({ [PATH_TXT]: 'electron.exe', [BINARY]: '' })
    const out = printer()
    const runInstaller = vi.fn<(p: string) => Promise<InstallResult>>()
    const code = await ensureElectron({ electronDir: ELECTRON_DIR, ...fs, runInstaller, print: out.print, env: {} })
    expect(code).toBe(0)
    expect(runInstaller).not.toHaveBeenCalled()
    expect(out.info).toEqual([])
    expect(out.error).toEqual([])
  })

  it('runs the installer named by the package bin when path.txt is missing', async () => {
    const fs = fakeFs({ [join(ELECTRON_DIR, 'package.json')]: JSON.stringify({ bin: { 'install-electron': 'install.js' } }) })
    const out = printer()
    const runInstaller = vi.fn(async (_installer: string): Promise<InstallResult> => {
      // What the real installer leaves behind.
      fs.files[PATH_TXT] = 'electron.exe'
      fs.files[BINARY] = ''
      return { ok: true }
    })
    const code = await ensureElectron({ electronDir: ELECTRON_DIR, ...fs, runInstaller, print: out.print, env: {} })
    expect(code).toBe(0)
    expect(runInstaller).toHaveBeenCalledOnce()
    expect(runInstaller).toHaveBeenCalledWith(join(ELECTRON_DIR, 'install.js'))
    expect(out.info).toHaveLength(1)
    expect(out.error).toEqual([])
  })

  it('runs the installer when path.txt exists but its binary does not (interrupted download)', async () => {
    const fs = fakeFs({ [PATH_TXT]: 'electron.exe' })
    const runInstaller = vi.fn(async (): Promise<InstallResult> => {
      fs.files[BINARY] = ''
      return { ok: true }
    })
    const code = await ensureElectron({ electronDir: ELECTRON_DIR, ...fs, runInstaller, print: printer().print, env: {} })
    expect(code).toBe(0)
    expect(runInstaller).toHaveBeenCalledOnce()
  })

  it('prints one Korean and one English line (and the reason) and exits 1 when the installer fails', async () => {
    const out = printer()
    const runInstaller = vi.fn(async (): Promise<InstallResult> => ({ ok: false, reason: 'TypeError: fetch failed' }))
    const code = await ensureElectron({ electronDir: ELECTRON_DIR, ...fakeFs({}), runInstaller, print: out.print, env: {} })
    expect(code).toBe(1)
    expect(out.error).toHaveLength(3)
    const [korean, english, reason] = out.error
    expect(korean).toContain(KOREAN_FAILURE)
    expect(korean).toContain('인터넷')
    expect(english).toContain(ENGLISH_FAILURE)
    expect(english).toContain('needs internet')
    for (const line of [korean, english]) {
      expect(line).toContain('ELECTRON_MIRROR')
      expect(line).toContain('HTTPS_PROXY')
      expect(line).not.toContain('\n')
    }
    expect(reason).toBe('원인 / cause: TypeError: fetch failed')
  })

  it('prints exactly the two message lines when the installer gave no reason', async () => {
    const out = printer()
    const code = await ensureElectron({
      electronDir: ELECTRON_DIR,
      ...fakeFs({}),
      runInstaller: async () => ({ ok: false }),
      print: out.print,
      env: {}
    })
    expect(code).toBe(1)
    expect(out.error).toEqual(failureLines())
    expect(out.error).toHaveLength(2)
  })

  it('treats a throwing installer like a failing one', async () => {
    const out = printer()
    const code = await ensureElectron({
      electronDir: ELECTRON_DIR,
      ...fakeFs({}),
      runInstaller: async () => {
        throw new Error('spawn EACCES')
      },
      print: out.print,
      env: {}
    })
    expect(code).toBe(1)
    expect(out.error[0]).toContain(KOREAN_FAILURE)
    expect(out.error.at(-1)).toBe('원인 / cause: spawn EACCES')
  })

  it('fails when the installer exits 0 but left no binary', async () => {
    const out = printer()
    const code = await ensureElectron({
      electronDir: ELECTRON_DIR,
      ...fakeFs({}),
      runInstaller: async () => ({ ok: true }),
      print: out.print,
      env: {}
    })
    expect(code).toBe(1)
    expect(out.error).toEqual(failureLines())
  })

  it('leaves it to electron-vite when ELECTRON_EXEC_PATH names the binary', async () => {
    const runInstaller = vi.fn<(p: string) => Promise<InstallResult>>()
    const code = await ensureElectron({
      electronDir: ELECTRON_DIR,
      ...fakeFs({}),
      runInstaller,
      print: printer().print,
      env: { ELECTRON_EXEC_PATH: join('C:', 'electron', 'electron.exe') }
    })
    expect(code).toBe(0)
    expect(runInstaller).not.toHaveBeenCalled()
  })
})

describe('helpers', () => {
  it('tolerates a trailing CRLF in path.txt', () => {
    const fs = fakeFs({ [PATH_TXT]: 'electron.exe\r\n', [BINARY]: '' })
    expect(isElectronPresent(ELECTRON_DIR, fs.exists, fs.readFile)).toBe(true)
  })

  it('falls back to install.js when package.json declares no install-electron bin', () => {
    expect(installerPath(ELECTRON_DIR, fakeFs({}).readFile)).toBe(join(ELECTRON_DIR, 'install.js'))
  })

  it('keeps the error line of a stack trace and drops the frames', () => {
    expect(firstLine('\nTypeError: fetch failed\r\n    at node:internal/deps/undici/undici:15270:13\n')).toBe('TypeError: fetch failed')
    expect(firstLine('    at x (y.js:1:1)\n')).toBeUndefined()
  })
})

describe('scripts/ensure-electron.mjs as a process', () => {
  let dir: { path: string; remove(): void } | undefined
  afterEach(() => dir?.remove())

  /** A fake node_modules/electron whose installer runs `installerBody`. */
  function fakeElectron(installerBody: string): string {
    dir = makeTempDir('ensure-electron-')
    const electronDir = join(dir.path, 'electron')
    mkdirSync(electronDir)
    writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', bin: { 'install-electron': 'install.js' } }))
    writeFileSync(join(electronDir, 'install.js'), installerBody)
    return electronDir
  }

  function run(electronDir: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, [ELECTRON_DIR_ENV]: electronDir }
    delete env.ELECTRON_EXEC_PATH
    return spawnSync(process.execPath, [script], { env, encoding: 'utf8', timeout: 30_000 })
  }

  it('exits non-zero with the Korean message and no stack trace when the installer fails', () => {
    // Mimics electron/install.js on a machine without internet: a stack trace on stderr, exit 1.
    const electronDir = fakeElectron(
      "console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:15270:13\\n    at async FetchDownloader.download (file:///x.js:46:30)'); process.exit(1)\n"
    )
    const result = run(electronDir)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(KOREAN_FAILURE)
    expect(result.stderr).toContain(ENGLISH_FAILURE)
    expect(result.stderr).toContain('TypeError: fetch failed')
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.stderr.split(/\r?\n/).filter((l) => l !== '')).toHaveLength(3)
  })

  it('exits 0 once the installer has put the binary in place', () => {
    const electronDir = fakeElectron(
      [
        "const fs = require('node:fs'); const path = require('node:path');",
        "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });",
        "fs.writeFileSync(path.join(__dirname, 'dist', 'electron.exe'), '');",
        "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron.exe');"
      ].join('\n')
    )
    const result = run(electronDir)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    // Second run: binary present, so the installer (which would now fail) must not run.
    writeFileSync(join(electronDir, 'install.js'), 'process.exit(1)\n')
    const again = run(electronDir)
    expect(again.status).toBe(0)
    expect(again.stdout).toBe('')
    expect(again.stderr).toBe('')
  })
})

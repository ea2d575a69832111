import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startApp, type StartedApp } from '../../../src/main/app/startup'
import type { KeySealer } from '../../../src/main/core/cacheKey'
import { machineDefaultsFile, readMachineDefaults } from '../../../src/main/core/machineDefaults'
import type { LogLevel } from '../../../src/main/core/log'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { Session } from '../../../src/shared/ipc/views'
import { makeTempDir } from '../../helpers/tempDir'

const MACHINE_PORTAL = 'https://jobs-admin.seoul.go.kr'
const OWN_PORTAL = 'https://staging.jobs-admin.seoul.go.kr'

const sealer: KeySealer = {
  available: () => true,
  seal: (text) => Buffer.from(Buffer.from(text, 'utf8').map((byte) => byte ^ 0x33)),
  unseal: (sealed) => Buffer.from(sealed.map((byte) => byte ^ 0x33)).toString('utf8')
}

let dir: ReturnType<typeof makeTempDir>
let logged: { level: LogLevel; message: string; meta?: unknown }[]
const log = (level: LogLevel, message: string, meta?: unknown) => void logged.push({ level, message, meta })
beforeEach(() => {
  dir = makeTempDir()
  logged = []
})
afterEach(() => dir.remove())

function defaultsFile(content: string | Buffer): string {
  const file = join(dir.path, 'ProgramData', '서울시 일자리포털 업무도구', 'defaults.json')
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, content)
  return file
}

describe('machineDefaultsFile', () => {
  it("is %ProgramData%'s on Windows, with the app's folder name", () => {
    expect(machineDefaultsFile('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\서울시 일자리포털 업무도구\\defaults.json')
    expect(machineDefaultsFile('win32', {})).toBe('C:\\ProgramData\\서울시 일자리포털 업무도구\\defaults.json')
  })

  it('is none elsewhere', () => {
    expect(machineDefaultsFile('linux', { ProgramData: '/srv' })).toBeNull()
  })
})

describe('readMachineDefaults (a real file)', () => {
  it('reads the portal address, with or without the BOM Notepad writes', () => {
    expect(readMachineDefaults(defaultsFile(JSON.stringify({ portalUrl: MACHINE_PORTAL })), log)).toEqual({ portalUrl: MACHINE_PORTAL })
    expect(readMachineDefaults(defaultsFile(Buffer.from(`\uFEFF{ "portalUrl": " ${MACHINE_PORTAL} " }\r\n`, 'utf8')), log)).toEqual({ portalUrl: MACHINE_PORTAL })
    expect(logged).toEqual([])
  })

  it('no file: nothing, and nothing in the log', () => {
    expect(readMachineDefaults(join(dir.path, 'missing.json'), log)).toEqual({})
    expect(readMachineDefaults(null, log)).toEqual({})
    expect(logged).toEqual([])
  })

  it.each([
    ['not JSON', '{ portalUrl: https://x }', 'not JSON'],
    ['an http address off loopback', JSON.stringify({ portalUrl: 'http://jobs-admin.seoul.go.kr' }), 'does not fit'],
    ['a misspelt key', JSON.stringify({ portalURL: MACHINE_PORTAL }), 'does not fit'],
    ['not an object', JSON.stringify([MACHINE_PORTAL]), 'does not fit']
  ])('%s: ignored, with a warning that names the file', (_case, content, says) => {
    const file = defaultsFile(content)
    expect(readMachineDefaults(file, log)).toEqual({})
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatchObject({ level: 'warn' })
    expect(logged[0]!.message).toContain(file)
    expect(logged[0]!.message).toContain(says)
  })

  it('a folder where the file should be: ignored with a warning', () => {
    const file = join(dir.path, 'a-folder.json')
    mkdirSync(file)
    expect(readMachineDefaults(file, log)).toEqual({})
    expect(logged).toHaveLength(1)
  })
})

describe('the app at start', () => {
  let app: StartedApp | null = null
  afterEach(async () => {
    await app?.close()
    app = null
  })
  const start = (file: string | null) => startApp({ dataDir: join(dir.path, 'data'), keySealer: sealer, packaged: true, log, machineDefaultsFile: file })
  async function call<T>(channel: string, input: unknown = {}): Promise<T> {
    const result = (await app!.core.dispatch(channel, input)) as IpcResult<T>
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value
  }

  it("uses the machine's portal while the user has set none; the user's own setting wins from then on, across starts", async () => {
    const file = defaultsFile(JSON.stringify({ portalUrl: MACHINE_PORTAL }))
    app = await start(file)
    expect((await call<Session>('auth:session')).portalUrl).toBe(MACHINE_PORTAL)

    // What 설정's 포털 주소 saves (settings:update, signed in).
    app.core.context.session.setPortalUrl(OWN_PORTAL)
    expect((await call<Session>('auth:session')).portalUrl).toBe(OWN_PORTAL)
    await app.close()

    app = await start(file)
    expect((await call<Session>('auth:session')).portalUrl).toBe(OWN_PORTAL)
  })

  it('the machine address is not stored: without the file the next start has no portal', async () => {
    app = await start(defaultsFile(JSON.stringify({ portalUrl: MACHINE_PORTAL })))
    expect((await call<Session>('auth:session')).portalUrl).toBe(MACHINE_PORTAL)
    await app.close()
    app = await start(null)
    expect((await call<Session>('auth:session')).portalUrl).toBeNull()
  })

  it('a bad file starts the app as if there were none, and says so in the log', async () => {
    app = await start(defaultsFile('{"portalUrl": '))
    expect((await call<Session>('auth:session')).portalUrl).toBeNull()
    expect(logged.some((entry) => entry.level === 'warn' && entry.message.includes('machine defaults ignored'))).toBe(true)
  })
})

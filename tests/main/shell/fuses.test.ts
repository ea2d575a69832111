import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterEach, describe, expect, it } from 'vitest'
import afterPack, { electronExecutable, FUSES, fuseConfig } from '../../../scripts/after-pack.mjs'
import { makeTempDir } from '../../helpers/tempDir'

const builderConfig = readFileSync(resolve('electron-builder.yml'), 'utf8')
const packageJson = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { devDependencies: Record<string, string>; build?: unknown }

/** The bytes @electron/fuses looks for in an Electron binary (its SENTINEL), then the wire: version, length, states. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSE_ENABLED = 0x31
const FUSE_DISABLED = 0x30

/** Electron ships every fuse at its default; this is that wire (RunAsNode on, cookie encryption off, …). */
function fakeElectronBinary(): Buffer {
  const defaults = [FUSE_ENABLED, FUSE_DISABLED, FUSE_ENABLED, FUSE_ENABLED, FUSE_DISABLED, FUSE_DISABLED, FUSE_DISABLED, FUSE_ENABLED]
  return Buffer.concat([Buffer.from('MZ…code before…'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('…code after')])
}

let dir: ReturnType<typeof makeTempDir> | null = null
afterEach(() => {
  dir?.remove()
  dir = null
})

describe('Electron fuses at packaging', () => {
  it('electron-builder runs the afterPack hook on an asar build, and flips no fuses of its own', () => {
    expect(builderConfig).toMatch(/^afterPack: \.\/scripts\/after-pack\.mjs$/m)
    expect(builderConfig).toMatch(/^asar: true$/m)
    expect(builderConfig).not.toMatch(/^electronFuses:/m)
    // The integrity fuse needs the hash electron-builder embeds in the .exe; turning that off would make the app refuse to start.
    expect(builderConfig).not.toMatch(/disableAsarIntegrity:\s*true/)
    expect(packageJson.build, 'the builder config lives in electron-builder.yml only').toBeUndefined()
    expect(packageJson.devDependencies['@electron/fuses']).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('the hook applies the fuses the issue asks for', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      // Stays on while index.html loads from file:// (docs/security.md).
      GrantFileProtocolExtraPrivileges: true
    })
    expect(fuseConfig()).toMatchObject({
      version: '1',
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true
    })
  })

  it('finds the packed Windows executable by its product name', () => {
    const context = { appOutDir: join('dist', 'win-unpacked'), electronPlatformName: 'win32', packager: { appInfo: { productFilename: '서울시 일자리포털 업무도구' } } }
    expect(electronExecutable(context)).toBe(join('dist', 'win-unpacked', '서울시 일자리포털 업무도구.exe'))
  })

  it('flips the fuse wire of the packed executable', async () => {
    dir = makeTempDir()
    const appOutDir = join(dir.path, 'win-unpacked')
    mkdirSync(appOutDir)
    const exe = join(appOutDir, '서울시 일자리포털 업무도구.exe')
    writeFileSync(exe, fakeElectronBinary())

    await afterPack({ appOutDir, electronPlatformName: 'win32', packager: { appInfo: { productFilename: '서울시 일자리포털 업무도구' } } })

    const wire = await getCurrentFuseWire(exe)
    expect(wire[FuseV1Options.RunAsNode]).toBe(FUSE_DISABLED)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FUSE_DISABLED)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FUSE_DISABLED)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FUSE_ENABLED)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FUSE_ENABLED)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FUSE_ENABLED)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FUSE_ENABLED)
    // Not named by the hook: left as Electron ships it.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FUSE_DISABLED)
    // Only the wire changed: the rest of the binary is byte for byte what it was.
    const before = fakeElectronBinary()
    const after = readFileSync(exe)
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart))
    expect(after.subarray(wireStart + 8)).toEqual(before.subarray(wireStart + 8))
  })
})

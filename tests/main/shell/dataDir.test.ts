import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_DIR_NAME, folderInUse, resolveDataDir } from '../../../src/main/core/dataDir'
import { moveLegacyDataDir, settleDataDir } from '../../../src/main/shell/dataDirMove'
import { makeTempDir } from '../../helpers/tempDir'

describe('where the data folder is', () => {
  it('on Windows: LocalAppData, with the Roaming folder of earlier versions as the one to move from', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\kim\\AppData\\Local', APPDATA: 'C:\\Users\\kim\\AppData\\Roaming' }
    expect(resolveDataDir({ platform: 'win32', env, homeDir: 'C:\\Users\\kim' })).toEqual({
      dir: `C:\\Users\\kim\\AppData\\Local\\${APP_DIR_NAME}`,
      legacyDir: `C:\\Users\\kim\\AppData\\Roaming\\${APP_DIR_NAME}`
    })
  })

  it("on Windows the old folder is Electron's appData when the app knows it, and both are derived from the profile without the variables", () => {
    expect(resolveDataDir({ platform: 'win32', env: {}, homeDir: 'D:\\Profiles\\lee', appDataPath: 'D:\\Profiles\\lee\\AppData\\Roaming' })).toEqual({
      dir: `D:\\Profiles\\lee\\AppData\\Local\\${APP_DIR_NAME}`,
      legacyDir: `D:\\Profiles\\lee\\AppData\\Roaming\\${APP_DIR_NAME}`
    })
  })

  it("elsewhere: where Electron's userData always was, with nothing to move", () => {
    expect(resolveDataDir({ platform: 'darwin', env: {}, homeDir: '/Users/kim' })).toEqual({ dir: `/Users/kim/Library/Application Support/${APP_DIR_NAME}`, legacyDir: null })
    expect(resolveDataDir({ platform: 'linux', env: {}, homeDir: '/home/kim' })).toEqual({ dir: `/home/kim/.config/${APP_DIR_NAME}`, legacyDir: null })
    expect(resolveDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, homeDir: '/home/kim' }).dir).toBe(`/data/cfg/${APP_DIR_NAME}`)
    expect(resolveDataDir({ platform: 'linux', env: {}, homeDir: '/home/kim', appDataPath: '/home/kim/.config' }).dir).toBe(`/home/kim/.config/${APP_DIR_NAME}`)
  })
})

let temp: ReturnType<typeof makeTempDir> | null = null
afterEach(() => {
  temp?.remove()
  temp = null
})

/** An old Roaming folder as an earlier version left it: the cache, its WAL, the sealed key, logs. */
function oldFolder(root: string): string {
  const dir = join(root, 'Roaming', APP_DIR_NAME)
  mkdirSync(join(dir, 'logs'), { recursive: true })
  writeFileSync(join(dir, 'cache.sqlite'), 'SQLite format 3\0 the cache')
  writeFileSync(join(dir, 'cache.sqlite-wal'), 'wal frames')
  writeFileSync(join(dir, 'cache-key.sealed'), Buffer.from([1, 2, 3, 250]))
  writeFileSync(join(dir, 'logs', 'main.log'), 'old log line\n')
  return dir
}

describe('moving the cache out of Roaming AppData', () => {
  it('moves every file once (copy, then remove) when the new folder has no cache', () => {
    temp = makeTempDir()
    const from = oldFolder(temp.path)
    const to = join(temp.path, 'Local', APP_DIR_NAME)

    expect(folderInUse({ dir: to, legacyDir: from })).toBe(from)
    const move = moveLegacyDataDir(from, to)

    expect(move).toEqual({ kind: 'moved', from, to, files: 4, leftBehind: [] })
    expect(readFileSync(join(to, 'cache.sqlite'), 'utf8')).toBe('SQLite format 3\0 the cache')
    expect(readFileSync(join(to, 'cache.sqlite-wal'), 'utf8')).toBe('wal frames')
    expect([...readFileSync(join(to, 'cache-key.sealed'))]).toEqual([1, 2, 3, 250])
    expect(readFileSync(join(to, 'logs', 'main.log'), 'utf8')).toBe('old log line\n')
    expect(existsSync(from), 'the emptied Roaming folder is removed').toBe(false)
    expect(folderInUse({ dir: to, legacyDir: from })).toBe(to)
    expect(moveLegacyDataDir(from, to)).toEqual({ kind: 'none', reason: 'no_old_cache' })
  })

  it('never overwrites: a new folder that has a cache keeps it, and the old one stays as it is', () => {
    temp = makeTempDir()
    const from = oldFolder(temp.path)
    const to = join(temp.path, 'Local', APP_DIR_NAME)
    mkdirSync(to, { recursive: true })
    writeFileSync(join(to, 'cache.sqlite'), 'the newer cache')

    expect(moveLegacyDataDir(from, to)).toEqual({ kind: 'none', reason: 'new_has_cache' })
    expect(readFileSync(join(to, 'cache.sqlite'), 'utf8')).toBe('the newer cache')
    expect(readFileSync(join(from, 'cache.sqlite'), 'utf8')).toBe('SQLite format 3\0 the cache')
    expect(folderInUse({ dir: to, legacyDir: from })).toBe(to)
  })

  it('a file of the same name already in the new folder (a log written first) is kept, and so is its old copy', () => {
    temp = makeTempDir()
    const from = oldFolder(temp.path)
    const to = join(temp.path, 'Local', APP_DIR_NAME)
    mkdirSync(join(to, 'logs'), { recursive: true })
    writeFileSync(join(to, 'logs', 'main.log'), 'new log line\n')

    const move = moveLegacyDataDir(from, to)

    expect(move).toEqual({ kind: 'moved', from, to, files: 3, leftBehind: [join('logs', 'main.log')] })
    expect(readFileSync(join(to, 'logs', 'main.log'), 'utf8')).toBe('new log line\n')
    expect(readFileSync(join(from, 'logs', 'main.log'), 'utf8')).toBe('old log line\n')
    expect(existsSync(join(from, 'cache.sqlite'))).toBe(false)
    expect(readFileSync(join(to, 'cache.sqlite'), 'utf8')).toBe('SQLite format 3\0 the cache')
  })

  it('a move that fails part way undoes its copies, loses nothing, and the old folder is used this run', () => {
    temp = makeTempDir()
    const from = oldFolder(temp.path)
    const to = join(temp.path, 'Local', APP_DIR_NAME)
    mkdirSync(to, { recursive: true })
    // A file where the logs folder must go: copying logs/main.log cannot succeed.
    writeFileSync(join(to, 'logs'), 'in the way')

    const settled = settleDataDir({ dir: to, legacyDir: from })

    expect(settled.move).toMatchObject({ kind: 'failed', from, to, error: expect.any(String) })
    expect(settled.dataDir).toBe(from)
    expect(existsSync(join(to, 'cache.sqlite'))).toBe(false)
    expect(existsSync(join(to, 'cache-key.sealed'))).toBe(false)
    expect(readFileSync(join(from, 'cache.sqlite'), 'utf8')).toBe('SQLite format 3\0 the cache')
    expect(readFileSync(join(from, 'cache.sqlite-wal'), 'utf8')).toBe('wal frames')
    expect(readFileSync(join(from, 'logs', 'main.log'), 'utf8')).toBe('old log line\n')
    // The CLI reads the same (old) folder until a later start moves it.
    expect(folderInUse({ dir: to, legacyDir: from })).toBe(from)
  })

  it('nothing to move: no old cache, or no old folder at all', () => {
    temp = makeTempDir()
    const to = join(temp.path, 'Local', APP_DIR_NAME)
    expect(settleDataDir({ dir: to, legacyDir: join(temp.path, 'Roaming', APP_DIR_NAME) })).toEqual({ dataDir: to, move: { kind: 'none', reason: 'no_old_cache' } })
    expect(settleDataDir({ dir: to, legacyDir: null })).toEqual({ dataDir: to, move: { kind: 'none', reason: 'same_folder' } })
  })
})

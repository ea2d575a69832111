import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCore } from '../../../src/main/core'
import { APP_DIR_NAME, DATA_LOCATION_FILE_NAME, defaultDataDir, readDataLocation, scheduleDataDirMove } from '../../../src/main/core/dataDir'
import { setSyncIntervalMinutes, syncIntervalMinutes } from '../../../src/main/core/appSettings'
import { settleDataDir } from '../../../src/main/shell/dataDirMove'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { SEALED_KEY_FILE_NAME } from '../../../src/main/core/cacheKey'
import { listAudit } from '../../../src/main/db/repositories/auditLog'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

const quiet = () => undefined
let temp: ReturnType<typeof makeTempDir> | null = null
afterEach(() => {
  temp?.remove()
  temp = null
})

/** A default data folder with a real cache in it (a setting stored) and a sealed key beside it. */
async function homeWithCache(root: string): Promise<string> {
  const home = join(root, APP_DIR_NAME)
  mkdirSync(home, { recursive: true })
  const core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: home, log: quiet })
  setSyncIntervalMinutes(core.context.db, 17)
  core.close()
  writeFileSync(join(home, SEALED_KEY_FILE_NAME), 'sealed')
  return home
}

describe('a data folder chosen in 설정, moved at the next start', () => {
  it('copies the cache, checks it, switches the pointer, removes the old copy; the core opens it and audits the move; the CLI follows', async () => {
    temp = makeTempDir()
    const home = await homeWithCache(temp.path)
    const target = join(temp.path, 'D-drive', '업무자료')
    scheduleDataDirMove(home, target, 'staff-manager', '2026-12-02T01:00:00.000Z')
    // Before the start: still the old folder, the move waiting.
    expect(readDataLocation(home).pending?.dir).toBe(target)

    const settled = settleDataDir({ dir: home, legacyDir: null }, () => new Date('2026-12-02T02:00:00.000Z'))
    expect(settled.dataDir).toBe(target)
    expect(settled.chosenMove).toMatchObject({ kind: 'moved', from: home, to: target, files: 2, leftBehind: [] })
    expect(existsSync(join(target, CACHE_FILE_NAME))).toBe(true)
    expect(readFileSync(join(target, SEALED_KEY_FILE_NAME), 'utf8')).toBe('sealed')
    expect(existsSync(join(home, CACHE_FILE_NAME))).toBe(false)
    expect(readDataLocation(home)).toMatchObject({ dir: target, pending: null, lastMove: { ok: true, audited: false } })

    const core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: settled.dataDir, dataHome: home, log: quiet })
    try {
      expect(syncIntervalMinutes(core.context.db)).toBe(17)
      const moves = listAudit(core.context.db).filter((row) => row.action === 'data_dir_move')
      expect(moves).toHaveLength(1)
      expect(moves[0]).toMatchObject({ actor_id: 'staff-manager' })
      expect(readDataLocation(home).lastMove?.audited).toBe(true)
    } finally {
      core.close()
    }
    // The next start: nothing waits, the pointer is followed.
    expect(settleDataDir({ dir: home, legacyDir: null }).dataDir).toBe(target)
    expect(defaultDataDir({ XDG_CONFIG_HOME: temp.path }, 'linux')).toBe(target)
  })

  it('a move that fails keeps the old folder and its cache whole, and says why in Korean', async () => {
    temp = makeTempDir()
    const home = await homeWithCache(temp.path)
    const blocker = join(temp.path, 'a-file')
    writeFileSync(blocker, 'not a folder')
    const target = join(blocker, 'inside')
    scheduleDataDirMove(home, target, 'staff-manager', '2026-12-02T01:00:00.000Z')

    const settled = settleDataDir({ dir: home, legacyDir: null })
    expect(settled.dataDir).toBe(home)
    expect(settled.chosenMove?.kind).toBe('failed')
    expect(existsSync(join(home, CACHE_FILE_NAME))).toBe(true)
    const location = readDataLocation(home)
    expect(location.dir).toBeNull()
    expect(location.pending).toBeNull()
    expect(location.lastMove?.problem).toMatch(/^데이터 폴더를 .+\(으\)로 옮기지 못해 원래 폴더를 그대로 씁니다/)
    // Not tried again at the following start.
    expect(settleDataDir({ dir: home, legacyDir: null }).chosenMove).toBeUndefined()
  })

  it('refuses a folder that already holds a cache, and ignores a pointer it cannot read', async () => {
    temp = makeTempDir()
    const home = await homeWithCache(temp.path)
    const other = join(temp.path, 'other')
    mkdirSync(other)
    writeFileSync(join(other, CACHE_FILE_NAME), 'someone else')
    scheduleDataDirMove(home, other, null, '2026-12-02T01:00:00.000Z')
    expect(settleDataDir({ dir: home, legacyDir: null }).dataDir).toBe(home)
    expect(readFileSync(join(other, CACHE_FILE_NAME), 'utf8')).toBe('someone else')
    expect(readDataLocation(home).lastMove?.problem).toContain('이미 캐시 파일이 있어')

    writeFileSync(join(home, DATA_LOCATION_FILE_NAME), '{ not json')
    expect(settleDataDir({ dir: home, legacyDir: null }).dataDir).toBe(home)
  })
})

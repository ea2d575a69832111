import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, posix, sep, win32 } from 'node:path'
import type { DataDirState } from '../../../src/shared/ipc/diagnosticsViews'
import type { AuditPage } from '../../../src/shared/ipc/privacyViews'
import { isSameFolder, readDataLocation } from '../../../src/main/core/dataDir'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { startHarness, type SimHarness } from '../../helpers/sim'
import { answeredDialogs } from '../reports/fixtures'

describe('settings:chooseDataDir — a folder for the next start, audited', () => {
  let h: SimHarness | null = null
  afterEach(async () => {
    await h?.close()
    h = null
  })

  it('writes the pending move, audits from → to, cancels; a closed dialog changes nothing; a folder with a cache is refused in Korean', async () => {
    const dialogs = answeredDialogs()
    h = await startHarness({ scale: 5 }, { dialogs })
    await h.restart({ dataHome: h.dir.path })
    await h.signIn()
    const home = h.dir.path
    const target = join(home, 'new-place')

    expect(await h.call<DataDirState>('settings:chooseDataDir', {})).toEqual({ current: home, pending: null, lastMoveProblem: null })
    dialogs.answer.folder = target
    expect(await h.call<DataDirState>('settings:chooseDataDir', {})).toEqual({ current: home, pending: target, lastMoveProblem: null })
    expect(readDataLocation(home).pending).toMatchObject({ dir: target, requestedBy: expect.any(String) })
    const audit = await h.call<AuditPage>('audit:list', { kind: 'settings_change' })
    expect(audit.rows[0]?.detail).toContain(JSON.stringify(target))

    expect((await h.call<DataDirState>('settings:cancelDataDirMove', {})).pending).toBeNull()
    expect((await h.call<AuditPage>('audit:list', { kind: 'settings_change' })).total).toBe(2)

    const occupied = join(home, 'occupied')
    mkdirSync(occupied)
    writeFileSync(join(occupied, CACHE_FILE_NAME), 'x')
    dialogs.answer.folder = occupied
    const refused = await h.core.dispatch('settings:chooseDataDir', {})
    expect(refused).toMatchObject({ ok: false, error: { message: '고른 폴더에 이미 다른 캐시 파일이 있습니다. 비어 있는 폴더를 고르세요.' } })
    expect(readDataLocation(home).pending).toBeNull()
  })

  it('choosing the current folder as the dialog may spell it (a trailing separator) cancels a pending move instead of refusing its cache', async () => {
    const dialogs = answeredDialogs()
    h = await startHarness({ scale: 5 }, { dialogs })
    await h.restart({ dataHome: h.dir.path })
    await h.signIn()
    const home = h.dir.path
    dialogs.answer.folder = join(home, 'elsewhere')
    expect((await h.call<DataDirState>('settings:chooseDataDir', {})).pending).toBe(join(home, 'elsewhere'))
    dialogs.answer.folder = `${home}${sep}`
    expect(await h.call<DataDirState>('settings:chooseDataDir', {})).toEqual({ current: home, pending: null, lastMoveProblem: null })
  })

  it('the same folder on Windows ignores case and a trailing backslash; elsewhere case counts', () => {
    expect(isSameFolder('C:\\Users\\kim\\AppData\\Local\\업무도구', 'c:\\users\\KIM\\appdata\\local\\업무도구\\', win32)).toBe(true)
    expect(isSameFolder('C:\\Users\\kim\\data', 'C:\\Users\\kim\\data2', win32)).toBe(false)
    expect(isSameFolder('/home/kim/Data', '/home/kim/data', posix)).toBe(false)
    expect(isSameFolder('/home/kim/data/', '/home/kim/data', posix)).toBe(true)
  })

  it('the CLI (no data home) cannot change the folder from a channel', async () => {
    h = await startHarness({ scale: 5 })
    await h.signIn()
    expect(await h.core.dispatch('settings:chooseDataDir', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    expect(await h.call<DataDirState>('settings:dataDir', {})).toMatchObject({ pending: null })
  })
})

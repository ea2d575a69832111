import Database from 'better-sqlite3'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { startPortalSimulator, type PortalSimulator } from '../../../src/main/simulator'
import type { WalkInRequest } from '../../../src/shared/portal'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { makeTempDir } from '../../helpers/tempDir'
import { cliInProcess } from '../../helpers/cli'
import { csv, drmWrapped, sheet } from '../imports/tableFiles'

const cli = (args: string[]) => cliInProcess(args)

describe('CLI import SESSION FILE [--dry-run] (in-process, against a live simulator)', () => {
  let sim: PortalSimulator
  const dir = makeTempDir()
  let sessionId: string

  /** The walk-ins waiting in the outbox, read with a connection of our own. */
  function queuedWalkIns(): WalkInRequest[] {
    const cache = new Database(join(dir.path, CACHE_FILE_NAME), { readonly: true })
    applyCacheKey(cache, TEST_CACHE_KEY)
    const rows = cache.prepare(`SELECT body FROM outbox WHERE op = 'registration.walk_in' ORDER BY seq`).all() as { body: string }[]
    cache.close()
    return rows.map((row) => JSON.parse(row.body) as WalkInRequest)
  }

  function file(name: string, bytes: Uint8Array): string {
    const path = join(dir.path, name)
    writeFileSync(path, bytes)
    return path
  }

  const LIST = sheet([
    ['성명', '출생연도', '연락처'],
    ['김가온', 1965, '010-1234-5678'],
    ['이나래', 1966, '010-2345-6789'],
    ['박다솜', 1867, '010-3456-7890']
  ])

  beforeAll(async () => {
    sim = await startPortalSimulator({ port: 0, seed: 5, scale: 300 })
    expect((await cli(['sync', '--portal', sim.url, '--user', 'coordinator', '--data-dir', dir.path])).code).toBe(0)
    const sessions = JSON.parse((await cli(['list', 'reemployment-sessions', '--json', '--data-dir', dir.path])).stdout) as { id: string; status: string }[]
    sessionId = sessions.find((s) => s.status === 'open')!.id
  })
  afterAll(async () => {
    await sim.close()
    dir.remove()
  })

  it('--dry-run prints each row with its errors, names masked, and queues nothing', async () => {
    const result = await cli(['import', sessionId, file('dry.xlsx', LIST), '--dry-run', '--json', '--data-dir', dir.path])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([
      { line: 2, name: '김*온', birth_year: '1965', phone: '010-****-5678', duplicate: false, errors: '' },
      { line: 3, name: '이*래', birth_year: '1966', phone: '010-****-6789', duplicate: false, errors: '' },
      { line: 4, name: '박*솜', birth_year: '1867', phone: '010-****-7890', duplicate: false, errors: expect.stringMatching(/^출생연도는 1900년부터 \d{4}년 사이의 네 자리 숫자로 입력하세요\.$/) }
    ])
    expect(queuedWalkIns()).toEqual([])
    const table = await cli(['import', sessionId, file('dry.xlsx', LIST), '--dry-run', '--data-dir', dir.path])
    expect(table.stdout.split('\n')[0]).toBe('line\tname\tbirth_year\tphone\tduplicate\terrors')
  })

  it('imports the valid rows and prints what was queued and skipped', async () => {
    const result = await cli(['import', sessionId, file('real.xlsx', LIST), '--json', '--data-dir', dir.path])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({ session_id: sessionId, queued: 2, skipped: 1 })
    expect(queuedWalkIns().map((body) => ({ session: body.session_id, ...body.person }))).toEqual([
      { session: sessionId, name: '김가온', birth_year: 1965, phone: '010-1234-5678' },
      { session: sessionId, name: '이나래', birth_year: 1966, phone: '010-2345-6789' }
    ])
    // The same file again: both are in the session now, nothing more is queued.
    const again = await cli(['import', sessionId, file('real.xlsx', LIST), '--json', '--data-dir', dir.path])
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('오류: 가져올 수 있는 행이 없습니다. 오류를 고친 파일을 다시 고르세요.\n')
    expect(queuedWalkIns()).toHaveLength(2)
  })

  it('fails with one line naming the headers found and those expected when none is recognised', async () => {
    const result = await cli(['import', sessionId, file('headers.csv', csv('가,나,다\n홍길동,1965,010-1234-5678\n', 'cp949')), '--data-dir', dir.path])
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^오류: 열 이름을 알아볼 수 없습니다\. 파일의 열: 가, 나, 다 — 필요한 열: 성명\(성명·이름·성함\), 출생연도\(/)
    expect(result.stdout).toBe('')
  })

  it('refuses a DRM-wrapped or missing file with one line and exit 1, a missing argument with usage and exit 2', async () => {
    const drm = await cli(['import', sessionId, file('secured.xlsx', drmWrapped('markany')), '--data-dir', dir.path])
    expect(drm).toMatchObject({ code: 1, stderr: '오류: 문서보안(DRM)이 적용된 파일입니다. 문서보안 프로그램에서 해제한 뒤 다시 가져오세요.\n' })
    const missing = await cli(['import', sessionId, join(dir.path, 'no-such.xlsx'), '--data-dir', dir.path])
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringMatching(/^오류: 파일을 읽을 수 없습니다\./) })
    const usage = await cli(['import', sessionId, '--data-dir', dir.path])
    expect(usage.code).toBe(2)
    expect(usage.stderr.split('\n')[0]).toBe('명단 파일이 필요합니다.')
    expect(queuedWalkIns()).toHaveLength(2)
  })
})

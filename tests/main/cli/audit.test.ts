import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { applyCacheKey } from '../../../src/main/db/cacheKey'
import { CACHE_FILE_NAME } from '../../../src/main/db/connection'
import { TEST_CACHE_KEY } from '../../cacheKey'
import { startHarness, type SimHarness } from '../../helpers/sim'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: { SEOUL_DESK_CACHE_KEY: TEST_CACHE_KEY } })
  return { code, stdout, stderr }
}

describe('npm run cli -- audit verify', () => {
  let h: SimHarness
  const verify = (user = 'manager') => cli(['audit', 'verify', '--data-dir', h.dir.path, '--user', user, '--password', 'demo'])
  beforeAll(async () => {
    h = await startHarness({ scale: 40 })
    // Both accounts signed in online here once (the CLI unlocks with their password, as offline in the app).
    await h.signIn('coordinator')
    h.core.context.session.signOut()
    await h.sync()
  })
  afterAll(() => h.close())

  it('reports an intact chain with its length, exit 0', async () => {
    const result = await verify()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const count = (h.core.context.db.prepare(`SELECT count(*) AS n FROM audit_events`).get() as { n: number }).n
    // The CLI's own unlock is an entry too, and it is checked.
    expect(result.stdout).toBe(`접속기록 ${count}건 확인: 이상 없음\n`)
  })

  it('goes through dispatch: a coordinator is refused', async () => {
    const result = await verify('coordinator')
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stdout).toBe('')
  })

  it('reports the first broken link in one line, exit 1, after a row was deleted behind the app’s back', async () => {
    const raw = new Database(join(h.dir.path, CACHE_FILE_NAME))
    applyCacheKey(raw, TEST_CACHE_KEY)
    raw.exec(`DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq = 2;`)
    raw.close()
    const result = await verify()
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^오류: 접속기록이 변조되었습니다 — 2번 기록이 없습니다 \(삭제됨\) \(앞의 1건은 이상 없음\)\n$/)
  })
})

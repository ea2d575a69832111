import { appendAudit } from '../../db/repositories/auditLog'
import type { Settings } from '../../../shared/ipc/views'
import { proxySettings, retentionDays, setProxySettings, setRetentionDays, setSyncIntervalMinutes, syncIntervalMinutes } from '../appSettings'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import type { Db } from '../../db/types'
import type { Logger } from '../log'
import type { DataDirState } from '../../../shared/ipc/diagnosticsViews'
import { AppError } from '../errors'
import { cancelDataDirMove, hasCache, isSameFolder, readDataLocation, scheduleDataDirMove, writeDataLocation } from '../dataDir'

export interface DataFolderOptions {
  /**
   * The default data folder, where data-location.json points to a folder chosen in 설정 (the app's
   * LocalAppData folder); null where the folder cannot be changed from the screen (the CLI: --data-dir).
   */
  dataHome: string | null
}

const NO_DATA_HOME = '이 실행 환경에서는 데이터 폴더를 바꿀 수 없습니다. 명령줄에서는 --data-dir 로 폴더를 정하세요.'

function dataDirState(ctx: CoreContext, home: string | null): DataDirState {
  if (home === null) return { current: ctx.dataDir, pending: null, lastMoveProblem: null }
  const location = readDataLocation(home)
  // A failed move is told until another folder is chosen.
  const problem = location.pending === null && location.lastMove?.ok === false ? location.lastMove.problem : null
  return { current: ctx.dataDir, pending: location.pending?.dir ?? null, lastMoveProblem: problem }
}

/**
 * The move made (or not) at this start goes into the 접속기록 once, under the staff member who chose it:
 * the shell moved the files before any database was open.
 */
export function auditLastDataDirMove(db: Db, home: string, log: Logger): void {
  const location = readDataLocation(home)
  const move = location.lastMove
  if (!move || move.audited) return
  appendAudit(db, {
    at: move.at,
    actorId: move.requestedBy,
    action: move.ok ? 'data_dir_move' : 'data_dir_move_failed',
    detail: { from: move.from, to: move.to, ...(move.problem ? { problem: move.problem } : {}) }
  })
  try {
    writeDataLocation(home, { ...location, lastMove: { ...move, audited: true } })
  } catch (error) {
    log('warn', 'data-location.json could not be updated after auditing the move', error)
  }
}

function currentSettings(ctx: CoreContext): Settings {
  return {
    portalUrl: ctx.session.portalUrl,
    idleLockMinutes: ctx.session.idleLockMinutes,
    retentionDays: retentionDays(ctx.db).days,
    syncIntervalMinutes: syncIntervalMinutes(ctx.db),
    proxy: proxySettings(ctx.db)
  }
}

export function settingsHandlers(
  ctx: CoreContext,
  folder: DataFolderOptions = { dataHome: null }
): Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:dataDir' | 'settings:chooseDataDir' | 'settings:cancelDataDirMove'> {
  const home = folder.dataHome
  return {
    'settings:dataDir': () => dataDirState(ctx, home),
    'settings:chooseDataDir': async () => {
      if (home === null) throw new AppError('unavailable', NO_DATA_HOME)
      const chosen = await ctx.dialogs.chooseFolder({ title: '데이터 폴더 고르기' })
      if (chosen === null) return dataDirState(ctx, home)
      const current = isSameFolder(chosen, ctx.dataDir)
      if (!current && hasCache(chosen)) {
        throw new AppError('invalid_transition', '고른 폴더에 이미 다른 캐시 파일이 있습니다. 비어 있는 폴더를 고르세요.')
      }
      const before = dataDirState(ctx, home)
      const actorId = ctx.session.requireStaff().id
      const at = ctx.now().toISOString()
      if (current) cancelDataDirMove(home)
      else scheduleDataDirMove(home, chosen, actorId, at)
      const after = dataDirState(ctx, home)
      appendAudit(ctx.db, { at, actorId, action: 'settings_change', detail: { dataDir: { from: before.pending ?? before.current, to: after.pending ?? after.current, when: 'next_start' } } })
      return after
    },
    'settings:cancelDataDirMove': () => {
      if (home === null) throw new AppError('unavailable', NO_DATA_HOME)
      const before = dataDirState(ctx, home)
      if (before.pending === null) return before
      cancelDataDirMove(home)
      appendAudit(ctx.db, {
        at: ctx.now().toISOString(),
        actorId: ctx.session.requireStaff().id,
        action: 'settings_change',
        detail: { dataDir: { from: before.pending, to: before.current, when: 'cancelled' } }
      })
      return dataDirState(ctx, home)
    },
    'settings:get': () => currentSettings(ctx),
    'settings:update': (patch) => {
      const before = currentSettings(ctx)
      ctx.db.transaction(() => {
        if (patch.idleLockMinutes !== undefined) ctx.session.setIdleLockMinutes(patch.idleLockMinutes)
        if (patch.retentionDays !== undefined) setRetentionDays(ctx.db, patch.retentionDays)
        if (patch.syncIntervalMinutes !== undefined) setSyncIntervalMinutes(ctx.db, patch.syncIntervalMinutes)
        if (patch.proxy !== undefined) setProxySettings(ctx.db, patch.proxy)
      })()
      if (patch.portalUrl !== undefined) ctx.session.setPortalUrl(patch.portalUrl)
      const after = currentSettings(ctx)
      // Every change is a 접속기록 entry: who changed which setting from what to what.
      const changed = (Object.keys(after) as (keyof Settings)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      if (changed.length > 0) {
        appendAudit(ctx.db, {
          at: ctx.now().toISOString(),
          actorId: ctx.session.requireStaff().id,
          action: 'settings_change',
          detail: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: after[key] }]))
        })
      }
      ctx.settingsChanged(after)
      // A new interval applies at once to the running automatic sync (none runs in the CLI).
      const runningMs = ctx.sync.autoSyncIntervalMs()
      if (runningMs !== null && runningMs !== after.syncIntervalMinutes * 60_000) ctx.sync.startAutoSync(after.syncIntervalMinutes * 60_000)
      return after
    }
  }
}

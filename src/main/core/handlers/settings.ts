import { appendAudit } from '../../db/repositories/auditLog'
import type { Settings } from '../../../shared/ipc/views'
import { proxySettings, retentionDays, setProxySettings, setRetentionDays, setSyncIntervalMinutes, syncIntervalMinutes } from '../appSettings'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

function currentSettings(ctx: CoreContext): Settings {
  return {
    portalUrl: ctx.session.portalUrl,
    idleLockMinutes: ctx.session.idleLockMinutes,
    retentionDays: retentionDays(ctx.db).days,
    syncIntervalMinutes: syncIntervalMinutes(ctx.db),
    proxy: proxySettings(ctx.db)
  }
}

export function settingsHandlers(ctx: CoreContext): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
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

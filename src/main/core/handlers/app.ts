import { AppError } from '../errors'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

/** The sign-in screen may offer the demo: the app can start the simulator, and no real portal is configured. */
function demoAvailable(ctx: CoreContext): boolean {
  return ctx.startDemo !== null && !ctx.demoMode && ctx.session.portalUrl === null
}

export function appHandlers(ctx: CoreContext): Pick<Handlers, 'app:info' | 'app:startDemo'> {
  return {
    'app:info': () => ({
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      demoMode: ctx.demoMode,
      cacheRecovery: ctx.cacheRecovery,
      packaged: ctx.packaged,
      runtime: { electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, node: process.versions.node },
      demoAvailable: demoAvailable(ctx)
    }),
    /**
     * The packaged app's "데모 모드로 둘러보기": the built-in simulator for this run only (its address is
     * not stored as the portal setting, so the next start asks again), signed out — the user then signs
     * in with a demo account. Never a sign-in on anyone's behalf.
     */
    'app:startDemo': async () => {
      if (ctx.demoMode) return ctx.session.current()
      if (!ctx.startDemo) throw new AppError('invalid_transition', '이 실행에서는 데모 모드를 쓸 수 없습니다. 포털 주소를 설정하고 로그인하세요.')
      if (ctx.session.portalUrl !== null) {
        throw new AppError('invalid_transition', '포털 주소가 설정되어 있어 데모 모드를 시작하지 않았습니다. 포털 계정으로 로그인하세요.')
      }
      let url: string
      try {
        url = await ctx.startDemo()
      } catch (error) {
        throw new AppError('internal', '데모용 포털을 시작하지 못했습니다. 앱을 다시 시작한 뒤 다시 시도하세요.', undefined, error instanceof Error ? error.message : String(error))
      }
      if (ctx.session.current().staff) ctx.session.signOut()
      ctx.session.useRunPortal(url)
      ctx.demoMode = true
      return ctx.session.current()
    }
  }
}

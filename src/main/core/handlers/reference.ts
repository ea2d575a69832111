import { DistrictList } from '../../../shared/portal'
import { getReference, putReference } from '../../db/repositories/referenceData'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import { REFERENCE_DISTRICTS } from '../../sync/reference'

export function referenceHandlers(ctx: CoreContext): Pick<Handlers, 'reference:districts'> {
  return {
    /** Cached first; fetched from the portal when missing and online. Empty offline on a new PC. */
    'reference:districts': async () => {
      const cached = getReference(ctx.db, REFERENCE_DISTRICTS, DistrictList)
      if (cached) return cached.value
      if (!ctx.session.current().online) return []
      const districts = await ctx.session.requireClient().getDistricts()
      putReference(ctx.db, REFERENCE_DISTRICTS, districts, ctx.now().toISOString())
      return districts
    }
  }
}

import { DistrictList, StaffDirectory } from '../../../shared/portal'
import { getReference, putReference } from '../../db/repositories/referenceData'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'
import { PortalError } from '../../sync/errors'
import { REFERENCE_DISTRICTS, REFERENCE_STAFF } from '../../sync/reference'

export function referenceHandlers(ctx: CoreContext): Pick<Handlers, 'reference:districts' | 'reference:staff'> {
  return {
    /** Cached first; fetched from the portal when missing and online. Empty offline on a new PC. */
    'reference:districts': async () => {
      const cached = getReference(ctx.db, REFERENCE_DISTRICTS, DistrictList)
      if (cached) return cached.value
      if (!ctx.session.current().online) return []
      const districts = await ctx.session.requireClient().getDistricts()
      putReference(ctx.db, REFERENCE_DISTRICTS, districts, ctx.now().toISOString())
      return districts
    },
    /**
     * The directory cached at sync (served offline too); fetched when missing and online. Without
     * one (a new PC offline, or a portal that does not offer it) it is empty and the screens show
     * ids — never worth failing a screen over a name.
     */
    'reference:staff': async () => {
      const cached = getReference(ctx.db, REFERENCE_STAFF, StaffDirectory)
      if (cached) return cached.value
      if (!ctx.session.current().online) return []
      try {
        const directory = await ctx.session.requireClient().getStaffDirectory()
        putReference(ctx.db, REFERENCE_STAFF, directory, ctx.now().toISOString())
        return directory
      } catch (error) {
        if (error instanceof PortalError && (error.status === 404 || error.status === 403)) return []
        throw error
      }
    }
  }
}

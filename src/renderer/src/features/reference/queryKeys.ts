import type { RendererFeature } from '../feature'

/** Query keys of the portal's reference data (the same for every screen). */
export const referenceKeys = {
  all: ['reference'] as const,
  districts: ['reference', 'districts'] as const,
  staff: ['reference', 'staff'] as const
}

/** A sync refreshes the staff directory (at most hourly); the districts hardly ever change. */
export const referenceFeature: RendererFeature = {
  invalidateOnSync: [referenceKeys.staff],
  invalidateOnOutboxChange: []
}

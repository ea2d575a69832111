/** Query keys of the portal's reference data (the same for every screen; a sync does not change it). */
export const referenceKeys = {
  all: ['reference'] as const,
  districts: ['reference', 'districts'] as const
}

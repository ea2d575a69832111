/**
 * Query keys of 명령 팔레트. Its answers are kept only briefly (see useRecordLookup): the palette asks
 * again each time it opens, so a sync never leaves it showing records that are gone.
 */
export const paletteKeys = {
  all: ['palette'] as const,
  lookup: (text: string, limit: number) => ['palette', 'lookup', text, limit] as const
}

import { z } from 'zod'
import { PersonNameText, PortalId, ShortText } from './common'

export const District = z.object({ code: z.string().regex(/^11\d{3}$/), name: ShortText.min(1) })
export type District = z.infer<typeof District>
export const DistrictList = z.array(District)

export const LivingWage = z.object({ year: z.number().int(), hourly: z.number().int().positive() })
export type LivingWage = z.infer<typeof LivingWage>

/** One entry of the staff directory (portal-admin-api.md §8): ids such as `S-0001` stay the keys. */
export const StaffDirectoryEntry = z.object({ id: PortalId, name: PersonNameText.min(1), department: ShortText })
export type StaffDirectoryEntry = z.infer<typeof StaffDirectoryEntry>
export const StaffDirectory = z.array(StaffDirectoryEntry)
export type StaffDirectory = z.infer<typeof StaffDirectory>

import { z } from 'zod'

export const District = z.object({ code: z.string().regex(/^11\d{3}$/), name: z.string().min(1) })
export type District = z.infer<typeof District>
export const DistrictList = z.array(District)

export const LivingWage = z.object({ year: z.number().int(), hourly: z.number().int().positive() })
export type LivingWage = z.infer<typeof LivingWage>

/** One entry of the staff directory (portal-admin-api.md §8): ids such as `S-0001` stay the keys. */
export const StaffDirectoryEntry = z.object({ id: z.string().min(1), name: z.string().min(1), department: z.string() })
export type StaffDirectoryEntry = z.infer<typeof StaffDirectoryEntry>
export const StaffDirectory = z.array(StaffDirectoryEntry)
export type StaffDirectory = z.infer<typeof StaffDirectory>

import { z } from 'zod'

export const District = z.object({ code: z.string().regex(/^11\d{3}$/), name: z.string().min(1) })
export type District = z.infer<typeof District>
export const DistrictList = z.array(District)

export const LivingWage = z.object({ year: z.number().int(), hourly: z.number().int().positive() })
export type LivingWage = z.infer<typeof LivingWage>

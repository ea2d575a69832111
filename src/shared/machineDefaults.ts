import { z } from 'zod'
import { PortalUrl } from './ipc/views'

/**
 * `%ProgramData%\서울시 일자리포털 업무도구\defaults.json`: what IT sets once for every user of a PC
 * (docs/windows.md). Strict: a misspelt key ("portalURL") is a bad file, said in the log, not a
 * setting silently missing.
 */
export const MachineDefaults = z
  .object({
    /** The portal's address for users who have not set one in 설정 (their own setting wins). */
    portalUrl: PortalUrl.optional()
  })
  .strict()
export type MachineDefaults = z.infer<typeof MachineDefaults>

import { readFileSync } from 'node:fs'
import { win32 } from 'node:path'
import { MachineDefaults } from '../../shared/machineDefaults'
import { APP_DIR_NAME } from './dataDir'
import type { Logger } from './log'
import type { SessionService } from './session'

export const MACHINE_DEFAULTS_FILE_NAME = 'defaults.json'

/**
 * Where IT puts the machine-wide defaults: `%ProgramData%\서울시 일자리포털 업무도구\defaults.json`
 * (only administrators may write there; every user may read). Windows only: the app is deployed
 * there, and elsewhere there is no folder of that standing.
 */
export function machineDefaultsFile(platform: NodeJS.Platform, env: Record<string, string | undefined>): string | null {
  if (platform !== 'win32') return null
  const programData = env.ProgramData || env.PROGRAMDATA || env.ALLUSERSPROFILE || 'C:\\ProgramData'
  return win32.join(programData, APP_DIR_NAME, MACHINE_DEFAULTS_FILE_NAME)
}

/**
 * The machine defaults in `file`; none when there is no file. A file that cannot be read, is not
 * JSON or does not fit the schema is ignored with a warning in the log: a typo by IT must not keep
 * the app from starting, and the log says what to fix.
 */
export function readMachineDefaults(file: string | null, log?: Logger): MachineDefaults {
  if (file === null) return {}
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log?.('warn', `machine defaults not read: ${file}`, { error: String(error) })
    return {}
  }
  let json: unknown
  try {
    // Notepad and PowerShell 5 write UTF-8 with a BOM, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    log?.('warn', `machine defaults ignored: ${file} is not JSON`, { error: String(error) })
    return {}
  }
  const parsed = MachineDefaults.safeParse(json)
  if (!parsed.success) {
    log?.('warn', `machine defaults ignored: ${file} does not fit {"portalUrl": "https://…"}`, {
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
    })
    return {}
  }
  return parsed.data
}

/**
 * The machine's portal address for this run when the user has set none: a run portal, never stored,
 * so the user's own choice in 설정 (or at sign-in) wins from then on, and a later change of the
 * machine file reaches everyone who has not chosen.
 */
export function applyMachineDefaults(session: Pick<SessionService, 'portalUrl' | 'useRunPortal'>, defaults: MachineDefaults): void {
  if (defaults.portalUrl && session.portalUrl === null) session.useRunPortal(defaults.portalUrl)
}

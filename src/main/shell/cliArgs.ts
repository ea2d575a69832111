/**
 * `SeoulJobsDesk.exe --cli <command> …`: the installed app run as the CLI (the same commands as
 * `npm run cli -- <command> …`), headless. Plain functions: src/main/electron/cliMode.ts applies them.
 */

/** The switch that turns the installed app into the CLI. */
export const CLI_SWITCH = '--cli'

/**
 * The CLI's own arguments when this start is the CLI, else null (the window).
 *
 * `argv` is Electron's `process.argv`: the executable, then (not packaged: `electron .`) the app's
 * path, then the user's arguments. `--cli` must come before anything that is not a switch: only
 * switches Chromium or Electron read (`--lang=ko`, `--enable-logging`) may stand in front of it, so a
 * file the app were opened with that happened to be named `--cli` later on never starts the CLI.
 */
export function cliArgvOf(argv: readonly string[], packaged: boolean): string[] | null {
  const userArgs = argv.slice(packaged ? 1 : 2)
  const at = userArgs.indexOf(CLI_SWITCH)
  if (at < 0) return null
  if (!userArgs.slice(0, at).every((arg) => arg.startsWith('-'))) return null
  return userArgs.slice(at + 1)
}

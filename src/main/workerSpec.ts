/** Where a worker thread's script is: a bundled `.js` file (the app), or a TypeScript source run through tsx. */
export interface WorkerSpec {
  file: string
  execArgv?: string[]
}

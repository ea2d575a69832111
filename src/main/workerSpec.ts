/** Where a worker thread's script is: a bundled `.js` file (the app), or a TypeScript source run through tsx. */
export interface WorkerSpec {
  file: string
  execArgv?: string[]
}

/** A worker's TypeScript source run through tsx (the CLI, the benchmark and the tests run the sources). */
export function sourceWorker(file: string): WorkerSpec {
  return { file, execArgv: ['--import', 'tsx'] }
}

import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default, one worker fewer than the cores, is a single worker on a two-core CI machine,
    // which leaves a core idle while files wait on the simulator over HTTP, worker threads and SQLite
    // files: two workers there take the unit run to about half.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'main', environment: 'node', include: ['tests/main/**/*.test.ts'] } },
      { extends: true, test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts'] } },
      // Pure renderer modules; components and screens are tested in real Chromium (tests/e2e).
      { extends: true, test: { name: 'renderer', environment: 'node', include: ['tests/renderer/**/*.test.ts'] } },
      // scripts/ runs before anything is built (the dev pre-step, the npm test driver), so it is tested as plain ESM.
      { extends: true, test: { name: 'scripts', environment: 'node', include: ['tests/scripts/**/*.test.ts'] } }
    ]
  }
})

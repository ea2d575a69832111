import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Vitest's default leaves one core free, which on a 2-core CI machine runs the files one by one;
    // most of them wait on a simulator over HTTP, SQLite or a spawned CLI, so two at a time nearly halve the stage.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    hookTimeout: 60_000,
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

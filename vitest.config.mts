import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'main', environment: 'node', include: ['tests/main/**/*.test.ts'] } },
      { extends: true, test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts'] } }
    ]
  }
})

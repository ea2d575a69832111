import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    // ky is ESM-only: bundle it rather than require() it from the CJS main bundle.
    build: { externalizeDeps: { exclude: ['ky'] } }
  },
  preload: {
    // With sandbox: true the preload must be one self-contained CJS file, so nothing stays external.
    build: { externalizeDeps: false }
  },
  renderer: {
    root: 'src/renderer',
    build: { rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') } },
    plugins: [react()]
  }
})

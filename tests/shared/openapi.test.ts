import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderOpenApiDocument } from '../../scripts/openapi-doc'

describe('docs/openapi.json', () => {
  it('equals what the shared zod schemas generate (run `npm run openapi` after changing them)', () => {
    const committed = readFileSync(resolve('docs/openapi.json'), 'utf8')
    expect(renderOpenApiDocument()).toBe(committed)
  })

  it('is an OpenAPI 3.1 document covering every collection feed', () => {
    const doc = JSON.parse(renderOpenApiDocument()) as { openapi: string; paths: Record<string, unknown> }
    expect(doc.openapi).toBe('3.1.0')
    for (const c of ['attractive-jobs', 'sme-applications', 'reemployment-sessions', 'reemployment-registrations']) {
      expect(doc.paths[`/${c}/changes`]).toBeDefined()
    }
  })
})

/** npm run openapi — writes docs/openapi.json from the shared zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { renderOpenApiDocument } from './openapi-doc'

const target = resolve(process.cwd(), 'docs/openapi.json')
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, renderOpenApiDocument())
process.stdout.write(`wrote ${target}\n`)

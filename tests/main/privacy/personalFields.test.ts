import { describe, expect, it } from 'vitest'
import type { PersonalField, PersonalKind } from '../../../src/shared/domain/personalData'
import { COLLECTION_SCHEMAS, MaskedEmail, MaskedName, MaskedPhone, type CollectionName } from '../../../src/shared/portal'
import { registeredCollections } from '../../../src/main/domains/registry'
import { seedRows, type SeedCounters } from '../../../src/main/simulator/seed'

type Def = { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; options?: unknown[]; in?: unknown; out?: unknown }
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def

const MASKED = new Map<unknown, PersonalKind>([
  [MaskedName, 'name'],
  [MaskedPhone, 'phone'],
  [MaskedEmail, 'email']
])

/** Every place a record schema holds a masked person, as the paths `personalFields` uses. */
function maskedPaths(schema: unknown, path: readonly string[] = []): PersonalField[] {
  const kind = MASKED.get(schema)
  if (kind) return [{ path: path.join('.'), kind }]
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => maskedPaths(child, [...path, key]))
    case 'array':
      return maskedPaths(def.element, [...path, '*'])
    case 'nullable':
    case 'optional':
    case 'default':
    case 'readonly':
    case 'catch':
      return maskedPaths(def.innerType, path)
    case 'union':
      return (def.options ?? []).flatMap((option) => maskedPaths(option, path))
    case 'pipe':
      return [...maskedPaths(def.in, path), ...maskedPaths(def.out, path)]
    default:
      return []
  }
}

describe('personal fields, declared per collection', () => {
  it('every masked field of a record schema is declared, with its kind, by the collection that caches it', () => {
    const specs = registeredCollections()
    expect(specs.map((spec) => spec.name).sort()).toEqual(Object.keys(COLLECTION_SCHEMAS).sort())
    for (const spec of specs) {
      const inSchema = maskedPaths(spec.schema).sort((a, b) => a.path.localeCompare(b.path))
      const declared = [...(spec.personalFields ?? [])].sort((a, b) => a.path.localeCompare(b.path))
      expect({ collection: spec.name, fields: declared }).toEqual({ collection: spec.name, fields: inSchema })
    }
    // The walk itself finds them (a schema refactor that hid them from it would pass the line above).
    expect(maskedPaths(COLLECTION_SCHEMAS['attractive-jobs']).map((f) => f.path)).toEqual(['contact.name', 'contact.phone', 'contact.email'])
  })

  it("the simulator's seeds pass the stricter masked-field schemas and ceilings (they mask with the same functions)", () => {
    const counters: SeedCounters = { attractiveJobs: 0, sme: 0, sessions: 0, registrations: 0 }
    const failures: string[] = []
    let checked = 0
    for (const row of seedRows(7, 600, counters)) {
      const parsed = COLLECTION_SCHEMAS[row.collection as CollectionName].safeParse(JSON.parse(row.json))
      checked += 1
      if (!parsed.success) failures.push(`${row.collection}/${row.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`)
    }
    expect(counters.registrations).toBeGreaterThan(0)
    expect(checked).toBeGreaterThan(1800)
    expect(failures.slice(0, 5)).toEqual([])
  })
})

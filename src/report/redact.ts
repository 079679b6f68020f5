/**
 * `redact: account-ids`: 12-digit account ids become `<account-1>`, `<account-2>`... in the order
 * they first appear in a report, the same id always getting the same placeholder (one
 * `AccountIds` map serves the summary, the comment and the annotations of a run). Ids are replaced
 * wherever they stand, inside ARNs too (`arn:aws:iam::<account-1>:role/ci` stays readable), in
 * bucket names, in JSON. The last group of a UUID (a KMS key id may end in twelve digits) is not
 * an account id and is kept.
 */

const ACCOUNT_ID = /(?<![A-Za-z0-9])(?<![0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)\d{12}(?![A-Za-z0-9])/g

/** The placeholders of one run, assigned in order of first appearance. */
export class AccountIds {
  private readonly placeholders = new Map<string, string>()

  placeholder(id: string): string {
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

/** Replaces every 12-digit account id in `text` with its placeholder in `ids`. */
export function redactAccountIds(text: string, ids: AccountIds = new AccountIds()): string {
  ACCOUNT_ID.lastIndex = 0
  return text.replace(ACCOUNT_ID, (id) => ids.placeholder(id))
}

/**
 * Secrets never reach a report, whatever the input: the error text a user pastes into
 * `error-message` may hold a presigned URL, an `Authorization` header or an `env` dump, and a
 * scenario's request headers may carry `x-amz-security-token`. Every string a report prints goes
 * through `scrubSecrets` first; values known to be secret (the GitHub token, the AWS keys in the
 * environment) are removed exactly, and well-known secret shapes by pattern.
 */

export const REDACTED = '[REDACTED]'

/**
 * Secret shapes, each replaced by REDACTED (only the value: the name before it stays, so the
 * reader still sees what was there). Access key ids (AKIA/ASIA) are not secret in themselves
 * but identify a credential; AROA/AIDA unique ids (aws:userid) are kept.
 */
const PATTERNS: readonly RegExp[] = [
  // Named values: aws_secret_access_key=..., "SessionToken": "...", x-amz-security-token: ..., password=...
  /((?:aws_?)?(?:secret_?access_?key|session_?token|security_?token)|x-amz-security-token|x-amz-signature|x-amz-credential|(?<![\w-])(?:password|passwd|client_secret|private_key|api_key|token))(["']?\s*[:=]\s*["']?)([^\s"'&,;]+)/gi,
  // Authorization header values: the scheme stays, the credentials go.
  /(authorization["']?\s*[:=]\s*["']?(?:Bearer|token|Basic|AWS4-HMAC-SHA256|AWS)?\s*)([^"'\r\n]+)/gi,
  // SigV4 signatures wherever they appear.
  /(Signature=)([0-9a-fA-F]{64}|[A-Za-z0-9%+/=]{20,})/g,
  // Access key ids.
  /(?<![A-Z0-9])((?:AKIA|ASIA)[A-Z0-9]{16})(?![A-Z0-9])/g,
  // GitHub tokens.
  /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g,
  // JSON Web Tokens (the OIDC token).
  /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+)/g,
  // A long base64 run (session tokens are several hundred characters).
  /(?<![A-Za-z0-9+/=])((?=[A-Za-z0-9+/=]*[A-Z])(?=[A-Za-z0-9+/=]*[a-z])(?=[A-Za-z0-9+/=]*\d)[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/g
]

/** Removes the known secret values (exactly) from a string: the last pass over a finished report. */
export function removeKnownSecrets(text: string, known: readonly string[] = []): string {
  let result = text
  for (const secret of known) {
    if (secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(REDACTED)
  }
  return result
}

/** Removes known secret values and secret shapes from a string. */
export function scrubSecrets(text: string, known: readonly string[] = []): string {
  let result = removeKnownSecrets(text, known)
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0
    if (!pattern.test(result)) continue
    pattern.lastIndex = 0
    result = result.replace(pattern, (...groups: unknown[]) => {
      const parts = groups.slice(1, -2).filter((part): part is string => typeof part === 'string')
      // The last capture is the secret; the ones before it are the name and separator to keep.
      return parts.length <= 1 ? REDACTED : parts.slice(0, -1).join('') + REDACTED
    })
  }
  return result
}

/**
 * Names whose value is a secret wherever they appear as a member name (a request header, an env
 * variable, a JSON field) or as a condition key (`s3:x-amz-security-token`): the value goes, the
 * name stays. The string patterns above cannot see these when the name and the value are apart
 * (a header object, a context table row, a JSON document).
 */
const SECRET_NAME =
  /(?:^|[:/_-])(?:x-amz-security-token|security[-_]?token|session[-_]?token|secret[-_]?access[-_]?key|secret[-_]?key|authorization|x-amz-signature|x-amz-credential|signature|password|passwd|client[-_]?secret|private[-_]?key|api[-_]?key|cookie|token)$/i

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.trim())
}

/** Members of an object that carries a `key` naming a secret whose values are the request's, not a policy's. */
const VALUE_MEMBERS = new Set(['value', 'values', 'requestValues'])

function redactedValue(value: unknown): unknown {
  if (typeof value === 'string') return value === '' ? value : REDACTED
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' && item !== '' ? REDACTED : item))
  return value
}

/**
 * The one scrubbing pass every output goes through before it is formatted (JSON, text, markdown):
 * a deep copy where every string is scrubbed (`scrubSecrets`), every member named like a secret
 * (`x-amz-security-token`, `Authorization`, `SessionToken`...) has its string value replaced, and
 * every `{ key, values }` entry whose key names a secret (a request context row, a condition
 * trace's request values) has its values replaced. Object member names are kept, so the reader
 * still sees what was there.
 */
export function scrubValue<T>(value: T, known: readonly string[] = []): T {
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return scrubSecrets(item, known)
    if (Array.isArray(item)) return item.map(walk)
    if (item === null || typeof item !== 'object') return item
    const source = item as Record<string, unknown>
    const entryKey = typeof source['key'] === 'string' && isSecretName(source['key'])
    const result: Record<string, unknown> = {}
    for (const [name, member] of Object.entries(source)) {
      const secret = (isSecretName(name) && (typeof member === 'string' || Array.isArray(member))) || (entryKey && VALUE_MEMBERS.has(name))
      Object.defineProperty(result, name, { value: secret ? redactedValue(member) : walk(member), writable: true, enumerable: true, configurable: true })
    }
    return result
  }
  return walk(value) as T
}

/**
 * No credential leaves a live run: every string a Diagnosis (and so every report, output and saved
 * scenario) carries goes through `scrubSecrets` first. Two nets:
 *
 * 1. the values the run itself masked with `setSecret` (access keys, secret keys, session tokens,
 *    the OIDC token), replaced wherever they appear;
 * 2. credentials the run never saw but a text may carry: an error message pasted from a CI log with
 *    the request's headers (`x-amz-security-token: ...`, `Authorization: AWS4-HMAC-SHA256
 *    Credential=.../..., Signature=...`), a presigned URL (`X-Amz-Security-Token=`, `X-Amz-Signature=`,
 *    `X-Amz-Credential=`), a dumped config (`aws_secret_access_key = ...`, `"SessionToken": "..."`), or
 *    S3's own InvalidToken/ExpiredToken error document, which echoes the token as `<Token-0>`.
 *
 * And a scenario never holds a credential as a request header: `x-amz-security-token` and
 * `authorization` are removed from `request.headers` (no policy condition key reads them).
 * Header and parameter names: https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-authenticating-requests.html
 * and https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { redact } from './credentials.js'

const MASK = '***'

/** Name-value forms whose value is a credential, the name kept and the value masked. */
const PATTERNS: readonly RegExp[] = [
  // Headers, as a log prints them: `x-amz-security-token: VALUE`, `"x-amz-security-token":"VALUE"`.
  /(x-amz-security-token["']?\s*[:=]\s*["']?)[^\s"',;&<]+/gi,
  // Query parameters of presigned URLs.
  /(X-Amz-(?:Security-Token|Signature|Credential)=)[^&\s"'<]+/gi,
  // The Authorization header's parts.
  /(\bCredential=)[^,\s"'&<]+/g,
  /(\bSignature=)[0-9a-fA-F]{16,}/g,
  // Config files, environment dumps and JSON: aws_secret_access_key = X, AWS_SESSION_TOKEN=X, "SessionToken": "X".
  /(\b(?:aws_secret_access_key|aws_session_token|aws_security_token|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/g,
  /(["']?\b(?:SecretAccessKey|SessionToken|secretAccessKey|sessionToken|WebIdentityToken|webIdentityToken)["']?\s*[:=]\s*["']?)[^\s"',;&}]+/g,
  // S3's error document for a bad or expired token echoes it.
  /(<Token-\d+>)[^<]*/g
]

/** Masks known secret values and every credential-shaped value in one text. */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = redact(text, secrets)
  for (const pattern of PATTERNS) out = out.replace(pattern, `$1${MASK}`)
  return out
}

const CREDENTIAL_HEADERS = /^(x-amz-security-token|authorization)$/i

/**
 * A copy of `value` with every string scrubbed, and credential headers removed from any
 * `request.headers` (a scenario's). Plain data only (what a Diagnosis holds); Dates are kept.
 */
export function scrubSecrets<T>(value: T, secrets: readonly string[] = []): T {
  return walk(value, secrets, null) as T
}

function walk(value: unknown, secrets: readonly string[], key: string | null): unknown {
  if (typeof value === 'string') return scrubText(value, secrets)
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets, null))
  if (typeof value !== 'object' || value === null || value instanceof Date) return value
  const out: Record<string, unknown> = {}
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'headers' && CREDENTIAL_HEADERS.test(name)) continue
    out[scrubText(name, secrets)] = walk(item, secrets, name)
  }
  // Errors keep their class (a CredentialsError is thrown as one): only own fields are rewritten.
  if (value instanceof Error) return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as object, value, out)
  return out
}

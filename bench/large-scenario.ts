/**
 * The large workload, generated deterministically from a seed: a bucket policy of 1,000 statements
 * and 20 identity policies of 50 statements each, for one s3:PutObject.
 *
 * Variety, as real policies have it: exact and wildcard actions (s3:Get*, s3:*Object, NotAction),
 * exact and wildcard resources (other buckets, other prefixes, `*`), principals by role, account
 * and `*`, and conditions with StringEquals/StringLike/StringNotLike, IpAddress/NotIpAddress,
 * ArnLike/ArnNotLike, Bool, NumericLessThan. Every statement but two is built not to apply:
 *   - Deny statements whose action matches but whose condition does not (TLS-only, office-IP-only,
 *     ACL-required...), or whose action or resource does not;
 *   - Allow statements that miss on action, resource, principal or a condition, the costly ones
 *     (action and resource match, a condition fails) being the most frequent;
 * and one Allow that matches, late: bucket policy statement 997 and identity policy 19, statement 45.
 * The decision is therefore allow, and every statement has to be looked at to reach it.
 */
import type { JsonObject, JsonValue, Scenario } from '../src/scenario/types.js'

export const LARGE_SEED = 20260115
export const BUCKET_STATEMENTS = 1000
export const IDENTITY_POLICIES = 20
export const STATEMENTS_PER_IDENTITY_POLICY = 50
const BUCKET_MATCH_INDEX = 997
const IDENTITY_MATCH = { policy: 19, statement: 45 }

const ACCOUNT = '123456789012'
const BUCKET = 'example-large-bucket'
const KEY = 'builds/2026/app-1.4.2.zip'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci-publisher`

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; enough for test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof prng>

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function int(random: Random, below: number): number {
  return Math.floor(random() * below)
}

/** Actions that do not cover s3:PutObject. */
const OTHER_ACTIONS = [
  's3:GetObject',
  's3:GetObjectVersion',
  's3:ListBucket',
  's3:ListBucketVersions',
  's3:DeleteObject',
  's3:DeleteObjectVersion',
  's3:Get*',
  's3:List*',
  's3:GetBucket*',
  's3:*Tagging',
  's3:PutBucketPolicy',
  's3:PutLifecycleConfiguration',
  's3:AbortMultipartUpload',
  'kms:Decrypt',
  'kms:GenerateDataKey*',
  'sqs:SendMessage',
  'logs:PutLogEvents',
  'dynamodb:*'
] as const

/** Actions that cover s3:PutObject. */
const PUT_ACTIONS = ['s3:PutObject', 's3:Put*', 's3:*Object', 's3:*', 's3:Put?bject', '*'] as const

/** Resources that do not cover the request's object. */
function otherResource(random: Random): string {
  switch (int(random, 6)) {
    case 0:
      return `arn:aws:s3:::${BUCKET}/${pick(random, ['logs', 'releases', 'tmp', 'cache', 'reports'])}/*`
    case 1:
      return `arn:aws:s3:::bucket-${int(random, 500)}/*`
    case 2:
      return `arn:aws:s3:::bucket-${int(random, 500)}`
    case 3:
      return `arn:aws:s3:::${BUCKET}`
    case 4:
      return `arn:aws:s3:::example-*-archive/*`
    default:
      return `arn:aws:s3:::${BUCKET}/builds/${2000 + int(random, 25)}/*`
  }
}

/** Resources that cover the request's object. */
function putResource(random: Random): string {
  return pick(random, [`arn:aws:s3:::${BUCKET}/*`, `arn:aws:s3:::${BUCKET}/builds/*`, `arn:aws:s3:::example-large-*/*`, `arn:aws:s3:::${BUCKET}/builds/2026/*.zip`, '*'])
}

/** A condition block the request does not satisfy (for an Allow: the statement does not apply). */
function failingCondition(random: Random): JsonObject {
  switch (int(random, 7)) {
    case 0:
      return { IpAddress: { 'aws:SourceIp': [`203.0.113.${int(random, 200)}/32`, '192.0.2.0/24'] } }
    case 1:
      return { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/deploy-${int(random, 50)}-*` } }
    case 2:
      return { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
    case 3:
      return { NumericLessThan: { 's3:max-keys': String(10 + int(random, 990)) } }
    case 4:
      return { StringLike: { 'aws:PrincipalTag/team': [`data-${int(random, 30)}*`, 'analytics'] } }
    case 5:
      return { StringEquals: { 's3:x-amz-acl': 'public-read' }, Bool: { 'aws:SecureTransport': 'true' } }
    default:
      return { StringLike: { 's3:x-amz-server-side-encryption': 'aws:kms*' }, IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }
  }
}

/** A Deny condition block the request does not satisfy: the guard-rails a compliant request passes. */
function passedGuardrail(random: Random): JsonObject {
  switch (int(random, 6)) {
    case 0:
      return { Bool: { 'aws:SecureTransport': 'false' } }
    case 1:
      return { NotIpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '192.0.2.0/24'] } }
    case 2:
      return { StringNotLike: { 's3:x-amz-acl': 'bucket-owner-*' } }
    case 3:
      return { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } }
    case 4:
      return { NumericLessThan: { 'aws:EpochTime': String(1_600_000_000 + int(random, 100_000)) } }
    default:
      return { StringNotEquals: { 'aws:RequestedRegion': ['us-east-2', 'eu-central-1'] }, Bool: { 'aws:SecureTransport': 'false' } }
  }
}

function principalValue(random: Random, matching: boolean): JsonValue {
  if (matching) return pick(random, [{ AWS: ROLE }, { AWS: `arn:aws:iam::${ACCOUNT}:root` }, { AWS: ACCOUNT }, '*'])
  return { AWS: pick(random, [`arn:aws:iam::${ACCOUNT}:role/deploy-${int(random, 50)}`, `arn:aws:iam::444455556666:root`, `arn:aws:iam::210987654321:role/ci-${int(random, 20)}`]) }
}

function actionValue(random: Random, list: readonly string[]): JsonValue {
  if (random() < 0.4) {
    const count = 2 + int(random, 3)
    return Array.from({ length: count }, () => pick(random, list))
  }
  return pick(random, list)
}

/** One statement that does not apply to the request. */
function filler(random: Random, id: string, withPrincipal: boolean): JsonObject {
  const statement: JsonObject = {}
  if (random() < 0.7) statement['Sid'] = id
  const roll = random()
  const picked = roll < 0.2 ? 'deny-guardrail' : roll < 0.3 ? 'deny-other' : roll < 0.65 ? 'allow-condition' : roll < 0.8 ? 'allow-action' : roll < 0.9 ? 'allow-resource' : 'allow-principal'
  // An identity policy has no Principal to miss on: its statement misses on a condition instead.
  const kind = picked === 'allow-principal' && !withPrincipal ? 'allow-condition' : picked
  statement['Effect'] = kind.startsWith('deny') ? 'Deny' : 'Allow'
  if (withPrincipal) statement['Principal'] = kind === 'allow-principal' ? principalValue(random, false) : kind.startsWith('deny') ? '*' : principalValue(random, true)
  switch (kind) {
    case 'deny-guardrail':
      statement['Action'] = actionValue(random, PUT_ACTIONS)
      statement['Resource'] = putResource(random)
      statement['Condition'] = passedGuardrail(random)
      break
    case 'deny-other':
      if (random() < 0.3) statement['NotAction'] = ['s3:PutObject', 's3:GetObject', 's3:ListBucket']
      else statement['Action'] = actionValue(random, ['s3:DeleteBucket', 's3:PutBucketAcl', 's3:DeleteObject*', 's3:PutBucketPolicy'])
      statement['Resource'] = [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]
      break
    case 'allow-condition':
      statement['Action'] = actionValue(random, PUT_ACTIONS)
      statement['Resource'] = putResource(random)
      statement['Condition'] = failingCondition(random)
      break
    case 'allow-action':
      statement['Action'] = actionValue(random, OTHER_ACTIONS)
      statement['Resource'] = random() < 0.5 ? '*' : putResource(random)
      if (random() < 0.3) statement['Condition'] = passedGuardrail(random)
      break
    case 'allow-resource':
      statement['Action'] = actionValue(random, PUT_ACTIONS)
      statement['Resource'] = random() < 0.5 ? otherResource(random) : [otherResource(random), otherResource(random)]
      break
    default:
      statement['Action'] = actionValue(random, PUT_ACTIONS)
      statement['Resource'] = putResource(random)
  }
  return statement
}

export function largeScenario(seed = LARGE_SEED): Scenario {
  const random = prng(seed)
  const bucketStatements: JsonObject[] = []
  for (let index = 0; index < BUCKET_STATEMENTS; index++) {
    if (index === BUCKET_MATCH_INDEX) {
      bucketStatements.push({
        Sid: 'AllowCiPublisherUploads',
        Effect: 'Allow',
        Principal: { AWS: ROLE },
        Action: ['s3:PutObject', 's3:PutObjectAcl'],
        Resource: `arn:aws:s3:::${BUCKET}/builds/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' }, IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } }
      })
    } else {
      bucketStatements.push(filler(random, `Bucket${index}`, true))
    }
  }
  const policies = Array.from({ length: IDENTITY_POLICIES }, (_, policy) => {
    const statements: JsonObject[] = []
    for (let index = 0; index < STATEMENTS_PER_IDENTITY_POLICY; index++) {
      if (policy === IDENTITY_MATCH.policy && index === IDENTITY_MATCH.statement) {
        statements.push({
          Sid: 'AllowBuildUploads',
          Effect: 'Allow',
          Action: 's3:Put*',
          Resource: `arn:aws:s3:::${BUCKET}/builds/*`,
          Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringLike: { 'aws:PrincipalTag/team': 'platform*' } }
        })
      } else {
        statements.push(filler(random, `Identity${policy}x${index}`, false))
      }
    }
    return { name: `arn:aws:iam::${ACCOUNT}:policy/generated-${String(policy).padStart(2, '0')}`, document: { Version: '2012-10-17', Statement: statements } }
  })

  return {
    version: 1,
    name: `Generated (seed ${seed}): a bucket policy of ${BUCKET_STATEMENTS} statements and ${IDENTITY_POLICIES} identity policies of ${STATEMENTS_PER_IDENTITY_POLICY} statements; one Allow in each matches, late`,
    request: {
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/ci-publisher/GitHubActions`,
      action: 's3:PutObject',
      bucket: BUCKET,
      key: KEY,
      headers: { 'x-amz-acl': 'bucket-owner-full-control', 'x-amz-server-side-encryption': 'AES256' },
      context: {
        'aws:SecureTransport': 'true',
        'aws:SourceIp': '198.51.100.20',
        'aws:RequestedRegion': 'us-east-2',
        'aws:CurrentTime': '2026-01-15T09:30:00Z',
        'aws:MultiFactorAuthPresent': 'false'
      }
    },
    identity: { arn: ROLE, tags: { team: 'platform' }, policies },
    bucket: { name: BUCKET, account: ACCOUNT, region: 'us-east-2', policy: { Version: '2012-10-17', Statement: bucketStatements } },
    expect: { decision: 'allow' }
  }
}

/** The scenario as committed: indented, with each statement on one line (small enough, and diffable). */
export function formatLarge(scenario: Scenario): string {
  const statements: JsonValue[] = []
  const placeholder = (statement: JsonValue): string => `\u0000${statements.push(statement) - 1}\u0000`
  const text = JSON.stringify(
    scenario,
    (key, value: JsonValue) => {
      if (key === 'Statement' && Array.isArray(value)) return value.map((statement) => placeholder(statement))
      return value
    },
    2
  )
  return `${text.replace(/"\\u0000(\d+)\\u0000"/g, (_, index: string) => JSON.stringify(statements[Number(index)]))}\n`
}

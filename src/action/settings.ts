/**
 * The action's inputs (and the CLI's flags, which carry the same names), read and checked in one
 * place into one typed settings object. A bad value fails with a message naming the input and
 * what it accepts.
 */
import { isIP } from 'node:net'
import { CANNED_ACLS, COMMENT_MODES, FAIL_ON, Inputs, MODES, OPERATIONS, PROBES, REDACT_MODES, SSE_VALUES } from './constants.js'

export type Mode = (typeof MODES)[number]
export type Operation = (typeof OPERATIONS)[number]
export type ProbeMode = (typeof PROBES)[number]
export type CommentMode = (typeof COMMENT_MODES)[number]
export type RedactMode = (typeof REDACT_MODES)[number]
export type FailOn = (typeof FAIL_ON)[number]

/** The headers the real upload will send, so that the probe and the evaluation match it. */
export interface UploadHeaders {
  acl?: (typeof CANNED_ACLS)[number]
  sse?: (typeof SSE_VALUES)[number]
  sseKmsKeyId?: string
  requestPayer?: boolean
}

export interface Settings {
  mode: Mode
  /** explain: the scenario file to evaluate. */
  scenarioPath?: string
  /** preflight/diagnose: the bucket, and the key or prefix the pipeline writes. */
  bucket?: string
  key?: string
  prefix?: string
  operations: Operation[]
  region?: string
  endpointUrl?: string
  roleToAssume?: string
  roleSessionName: string
  audience: string
  readerRoleToAssume?: string
  probe: ProbeMode
  headers: UploadHeaders
  errorMessage?: string
  /** x-amz-expected-bucket-owner: the account the real requests expect to own the bucket (sent on every probe). */
  expectedBucketOwner?: string
  sourceIp?: string
  vpcEndpointId?: string
  saveScenario?: string
  failOnDeny: boolean
  timeoutSeconds: number
  comment: CommentMode
  githubToken?: string
  redact: RedactMode
  /** review: the expectations file, and where the policies come from. */
  expectations: string
  plan?: string
  template?: string
  failOn: FailOn
}

/** Reads an input by name: `core.getInput` in the action, the CLI's flags in the CLI, a plain function in tests. */
export type InputReader = (name: string) => string

export class InputError extends Error {
  override name = 'InputError'
}

/** A role ARN; the account is 12 digits on AWS, empty (or a tenant name) on S3-compatible servers (`arn:aws:iam:::role/X`). */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]{1,512}$/
const COMPATIBLE_ROLE_ARN = /^arn:aws[a-z-]*:iam::([A-Za-z0-9_-]{0,64}):role\/[\w+=,.@/-]{1,512}$/
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
/**
 * AWS Region codes: `us-east-1`, `us-gov-west-1`, `cn-northwest-1`, `eusc-de-east-1`...
 * https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 */
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/
/** What S3-compatible servers call their region (Ceph RGW's zonegroup `default`, MinIO's `us-east-1`...). */
const COMPATIBLE_REGION = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const VPCE = /^vpce-[0-9a-f]{8,17}$/
const ACCOUNT_ID = /^\d{12}$/
const COMPATIBLE_OWNER = /^[A-Za-z0-9_$-]{1,128}$/

export function readSettings(input: InputReader): Settings {
  const text = (name: string): string | undefined => {
    const value = input(name).trim()
    return value === '' ? undefined : value
  }
  const mode = oneOf(input, Inputs.Mode, MODES, 'preflight')
  const settings: Settings = {
    mode,
    operations: readOperations(input),
    roleSessionName: text(Inputs.RoleSessionName) ?? 's3-403-doctor',
    audience: text(Inputs.Audience) ?? 'sts.amazonaws.com',
    probe: oneOf(input, Inputs.Probe, PROBES, 'conditional'),
    headers: readHeaders(input),
    failOnDeny: readBoolean(input, Inputs.FailOnDeny, false),
    timeoutSeconds: readNumber(input, Inputs.TimeoutSeconds, 60, 1, 3600),
    comment: oneOf(input, Inputs.Comment, COMMENT_MODES, 'auto'),
    redact: oneOf(input, Inputs.Redact, REDACT_MODES, 'none'),
    expectations: text(Inputs.Expectations) ?? '.github/s3-access.yml',
    failOn: oneOf(input, Inputs.FailOn, FAIL_ON, 'broken')
  }
  const optional: [keyof Settings, string][] = [
    ['scenarioPath', Inputs.Scenario],
    ['key', Inputs.Key],
    ['prefix', Inputs.Prefix],
    ['endpointUrl', Inputs.EndpointUrl],
    ['errorMessage', Inputs.ErrorMessage],
    ['saveScenario', Inputs.SaveScenario],
    ['githubToken', Inputs.GithubToken],
    ['plan', Inputs.Plan],
    ['template', Inputs.Template]
  ]
  for (const [field, name] of optional) {
    const value = text(name)
    if (value !== undefined) (settings as unknown as Record<string, string>)[field] = value
  }
  if (settings.endpointUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(settings.endpointUrl)) {
    throw new InputError(`input "${Inputs.EndpointUrl}": expected an http(s) URL, got "${settings.endpointUrl}"`)
  }
  // S3-compatible servers (endpoint-url) name regions, accounts and owners their own way.
  const compatible = settings.endpointUrl !== undefined
  const bucket = text(Inputs.Bucket)
  if (bucket !== undefined) settings.bucket = checked(Inputs.Bucket, bucket, BUCKET, 'an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens)')
  const region = text(Inputs.Region)
  if (region !== undefined) {
    settings.region = compatible
      ? checked(Inputs.Region, region, COMPATIBLE_REGION, `the endpoint's region name (letters, digits, dots, hyphens and underscores, such as default or us-east-1)`)
      : checked(Inputs.Region, region, REGION, `an AWS region such as us-east-1 (for an S3-compatible server's region name such as "default", give ${Inputs.EndpointUrl} too)`)
  }
  const role = text(Inputs.RoleToAssume)
  if (role !== undefined) settings.roleToAssume = roleArn(Inputs.RoleToAssume, role, compatible, 'ci')
  const reader = text(Inputs.ReaderRoleToAssume)
  if (reader !== undefined) settings.readerRoleToAssume = roleArn(Inputs.ReaderRoleToAssume, reader, compatible, 'doctor-reader')
  checked(Inputs.RoleSessionName, settings.roleSessionName, SESSION_NAME, '2-64 characters among letters, digits and +=,.@_-')
  const vpce = text(Inputs.VpcEndpointId)
  if (vpce !== undefined) settings.vpcEndpointId = checked(Inputs.VpcEndpointId, vpce, VPCE, 'a VPC endpoint id such as vpce-0abc1234')
  const ip = text(Inputs.SourceIp)
  if (ip !== undefined) {
    // node:net's isIP: four decimal octets of 0-255 (no leading zeros), or an IPv6 address.
    if (isIP(ip) === 0) throw new InputError(`input "${Inputs.SourceIp}": expected one IPv4 address (four numbers from 0 to 255, such as 203.0.113.7) or IPv6 address, got "${ip}"`)
    settings.sourceIp = ip
  }
  const owner = text(Inputs.ExpectedBucketOwner)
  if (owner !== undefined) {
    settings.expectedBucketOwner = compatible
      ? checked(Inputs.ExpectedBucketOwner, owner, COMPATIBLE_OWNER, "the bucket owner's id as the endpoint names it")
      : checked(Inputs.ExpectedBucketOwner, owner, ACCOUNT_ID, 'the 12-digit AWS account id that owns the bucket, such as 123456789012')
  }
  if (settings.key !== undefined && settings.prefix !== undefined) {
    throw new InputError(`inputs "${Inputs.Key}" and "${Inputs.Prefix}": give one or the other, not both`)
  }
  if (mode === 'explain' && settings.scenarioPath === undefined) {
    throw new InputError(`input "${Inputs.Scenario}" is required with mode explain: the path to a scenario file`)
  }
  if ((mode === 'preflight' || mode === 'diagnose') && settings.bucket === undefined) {
    throw new InputError(`input "${Inputs.Bucket}" is required with mode ${mode}`)
  }
  return settings
}

/** A role ARN; an account other than 12 digits (empty, a tenant) only with endpoint-url. */
function roleArn(name: string, value: string, compatible: boolean, example: string): string {
  if (ROLE_ARN.test(value)) return value
  if (compatible && COMPATIBLE_ROLE_ARN.test(value)) return value
  if (!compatible && COMPATIBLE_ROLE_ARN.test(value)) {
    throw new InputError(
      `input "${name}": expected a role ARN with a 12-digit AWS account id such as arn:aws:iam::123456789012:role/${example}, got "${value}" (an ARN without an AWS account, such as arn:aws:iam:::role/${example}, is only valid for an S3-compatible server: give ${Inputs.EndpointUrl} too)`
    )
  }
  throw new InputError(
    `input "${name}": expected a role ARN such as arn:aws:iam::123456789012:role/${example}${compatible ? ` or arn:aws:iam:::role/${example}` : ''}, got "${value}"`
  )
}

function checked(name: string, value: string, pattern: RegExp, expected: string): string {
  if (!pattern.test(value)) throw new InputError(`input "${name}": expected ${expected}, got "${value}"`)
  return value
}

function oneOf<T extends string>(input: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const raw = input(name).trim()
  if (raw === '') return fallback
  const found = allowed.find((value) => value === raw.toLowerCase() || value === raw)
  if (found === undefined) throw new InputError(`input "${name}": expected one of ${allowed.join(', ')}, got "${raw}"`)
  return found
}

function readBoolean(input: InputReader, name: string, fallback: boolean): boolean {
  const raw = input(name).trim()
  if (raw === '') return fallback
  if (/^(true|yes|on)$/i.test(raw)) return true
  if (/^(false|no|off)$/i.test(raw)) return false
  throw new InputError(`input "${name}": expected true or false, got "${raw}"`)
}

function readNumber(input: InputReader, name: string, fallback: number, min: number, max: number): number {
  const raw = input(name).trim()
  if (raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new InputError(`input "${name}": expected a whole number from ${min} to ${max}, got "${raw}"`)
  return value
}

function readOperations(input: InputReader): Operation[] {
  const raw = input(Inputs.Operations).trim()
  if (raw === '') return ['put', 'list']
  const operations: Operation[] = []
  for (const word of raw.split(/[\s,]+/).filter(Boolean)) {
    const operation = OPERATIONS.find((known) => known === word.toLowerCase())
    if (operation === undefined) throw new InputError(`input "${Inputs.Operations}": expected a list of ${OPERATIONS.join(', ')}, got "${word}"`)
    if (!operations.includes(operation)) operations.push(operation)
  }
  return operations
}

function readHeaders(input: InputReader): UploadHeaders {
  const headers: UploadHeaders = {}
  const acl = input(Inputs.Acl).trim()
  if (acl !== '') headers.acl = oneOf(input, Inputs.Acl, CANNED_ACLS, 'private')
  const sse = input(Inputs.Sse).trim()
  if (sse !== '') headers.sse = oneOf(input, Inputs.Sse, SSE_VALUES, 'AES256')
  const key = input(Inputs.SseKmsKeyId).trim()
  if (key !== '') {
    if (headers.sse === undefined || headers.sse === 'AES256') {
      throw new InputError(`input "${Inputs.SseKmsKeyId}" needs input "${Inputs.Sse}" set to aws:kms or aws:kms:dsse`)
    }
    headers.sseKmsKeyId = key
  }
  const payer = input(Inputs.RequestPayer).trim()
  if (payer !== '') {
    if (payer === 'requester') headers.requestPayer = true
    else headers.requestPayer = readBoolean(input, Inputs.RequestPayer, false)
  }
  return headers
}

/**
 * The action's inputs (and the CLI's flags, which carry the same names), read and checked in one
 * place into one typed settings object. A bad value fails with a message naming the input and
 * what it accepts.
 */
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

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
const VPCE = /^vpce-[0-9a-f]{8,17}$/

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
  const bucket = text(Inputs.Bucket)
  if (bucket !== undefined) settings.bucket = checked(Inputs.Bucket, bucket, BUCKET, 'an S3 bucket name (3-63 lower-case letters, digits, dots and hyphens)')
  const region = text(Inputs.Region)
  if (region !== undefined) settings.region = checked(Inputs.Region, region, REGION, 'an AWS region such as us-east-1')
  const role = text(Inputs.RoleToAssume)
  if (role !== undefined) settings.roleToAssume = checked(Inputs.RoleToAssume, role, ROLE_ARN, 'a role ARN such as arn:aws:iam::123456789012:role/ci')
  const reader = text(Inputs.ReaderRoleToAssume)
  if (reader !== undefined) settings.readerRoleToAssume = checked(Inputs.ReaderRoleToAssume, reader, ROLE_ARN, 'a role ARN such as arn:aws:iam::123456789012:role/doctor-reader')
  checked(Inputs.RoleSessionName, settings.roleSessionName, SESSION_NAME, '2-64 characters among letters, digits and +=,.@_-')
  const vpce = text(Inputs.VpcEndpointId)
  if (vpce !== undefined) settings.vpcEndpointId = checked(Inputs.VpcEndpointId, vpce, VPCE, 'a VPC endpoint id such as vpce-0abc1234')
  const ip = text(Inputs.SourceIp)
  if (ip !== undefined) settings.sourceIp = checked(Inputs.SourceIp, ip, /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)$/, 'an IPv4 or IPv6 address')
  if (settings.endpointUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(settings.endpointUrl)) {
    throw new InputError(`input "${Inputs.EndpointUrl}": expected an http(s) URL, got "${settings.endpointUrl}"`)
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

/**
 * Real AWS-shaped servers on 127.0.0.1 for end-to-end tests: Ceph's RADOS Gateway (enforces
 * bucket policies, ACLs, IAM user/role policies and STS AssumeRole for real) and moto server (AWS's
 * own response shapes). Both are started and stopped by the project's scripts,
 * scripts/local-aws/{ceph,moto}.sh; what they do and do not get right is in
 * /work/shared/local-aws.md.
 *
 * Use one server per test file:
 *
 *   const d = describeIfServer('ceph')          // skips (with a printed reason) when Ceph is not
 *   d('...', () => {                            // installed, unless CI=true, where it fails
 *     let ceph: CephServer
 *     beforeAll(async () => { ceph = await startCeph() }, SERVER_START_TIMEOUT_MS)
 *     afterAll(async () => { await stopCeph(ceph) }, SERVER_START_TIMEOUT_MS)
 *   })
 *
 * Every server gets a name unique to this process, so parallel jest workers never share one, and
 * the scripts' watchdog stops it if this process dies without calling stop.
 *
 * Clients: `new S3Client(s3Config(server, keys))`, `new STSClient(clientConfig(server, keys))`,
 * `new S3ControlClient(s3ControlConfig(moto))`; wrap them in `loopbackOnly(...)` so no request can
 * leave 127.0.0.1. Ceph users, inline policies and roles: `createUser`, `putUserPolicy`,
 * `createRole`, `putRolePolicy` (ARNs have an empty account: `userArn`, `roleArn`).
 */
import { execFile, execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam'
import type { S3ClientConfig } from '@aws-sdk/client-s3'

const SCRIPTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'local-aws')

/** Generous: Ceph starts in about 3 s, but the machine has 2 shared cores. */
export const SERVER_START_TIMEOUT_MS = 120_000

export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
}

export interface LocalServer {
  /** The instance name given to the script (its folder is .tmp/local-aws/<kind>-<name>). */
  name: string
  /** http://127.0.0.1:PORT */
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** The same keys, shaped for an SDK client's `credentials`. */
  credentials: Credentials
  /** How long the script took to start the server (from its env file). */
  startSeconds: number
  /** Every line of the script's env file. */
  env: Readonly<Record<string, string>>
}

export interface CephServer extends LocalServer {
  /** Gateway "a" (STS on): S3, IAM, STS. Same as `endpoint`. */
  stsEndpoint: string
  /**
   * Gateway "b" (STS off): answers InvalidAccessKeyId / SignatureDoesNotMatch for bad keys and
   * signatures, and takes the client IP from X-Forwarded-For (see `withSourceIp`).
   */
  plainEndpoint: string
  /** ceph.conf of this cluster, for radosgw-admin. */
  conf: string
  /** The uid of the admin user whose keys are `accessKeyId`/`secretAccessKey`. */
  adminUid: string
}

export interface MotoServer extends LocalServer {
  /** The account moto answers as (its default, 123456789012). */
  accountId: string
  pid: number
}

export type ServerKind = 'ceph' | 'moto'

/** Why a server cannot run here, or undefined when it can. Cheap (no server started). */
const unavailable = new Map<ServerKind, string | undefined>()
export function serverUnavailableReason(kind: ServerKind): string | undefined {
  if (unavailable.has(kind)) return unavailable.get(kind)
  const reason = probeServer(kind)
  unavailable.set(kind, reason)
  return reason
}

function probeServer(kind: ServerKind): string | undefined {
  const probe =
    kind === 'ceph'
      ? 'for b in radosgw radosgw-admin ceph-mon ceph-osd ceph monmaptool ceph-authtool; do command -v "$b" >/dev/null || { echo "$b"; exit 1; }; done'
      : 'python3 -c "import moto.server" 2>/dev/null || /usr/bin/python3 -c "import moto.server" 2>/dev/null || { echo "python3 module moto"; exit 1; }'
  try {
    execFileSync('bash', ['-c', probe], { stdio: ['ignore', 'pipe', 'ignore'] })
    return undefined
  } catch (error) {
    const missing = String((error as { stdout?: unknown }).stdout ?? '').trim() || 'a dependency'
    return `${kind} cannot run here: ${missing} is not installed (run: bash scripts/ci/install-local-aws.sh)`
  }
}

/**
 * `describe` when the server can run; otherwise `describe.skip` with the reason printed, except
 * under CI=true, where the tests run and fail in `beforeAll` with that reason.
 */
export function describeIfServer(kind: ServerKind): jest.Describe {
  const reason = serverUnavailableReason(kind)
  if (reason === undefined) return describe
  if (process.env['CI'] === 'true') return describe
  // Straight to stderr: jest does not show console output of a file whose tests are all skipped.
  process.stderr.write(`\nSKIPPED (${kind} smoke/end-to-end tests): ${reason}. Under CI=true these tests fail instead.\n`)
  return describe.skip
}

let counter = 0
function uniqueName(): string {
  counter += 1
  return `jest-${process.pid}-${counter}`
}

function run(script: string, args: readonly string[], timeoutMs = SERVER_START_TIMEOUT_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [join(SCRIPTS, script), ...args],
      {
        timeout: timeoutMs,
        killSignal: 'SIGTERM',
        maxBuffer: 4 * 1024 * 1024,
        env: { ...process.env, LOCAL_AWS_OWNER_PID: String(process.pid) }
      },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${script} ${args.join(' ')} failed: ${error.message}\n${stderr}`))
          return
        }
        resolve(stdout)
      }
    )
  })
}

function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim())
    if (match?.[1] !== undefined && match[2] !== undefined) env[match[1]] = match[2]
  }
  return env
}

function need(env: Record<string, string>, key: string): string {
  const value = env[key]
  if (value === undefined || value === '') throw new Error(`local-aws: the env file has no ${key}`)
  return value
}

function assertUnavailableIsFatal(kind: ServerKind): void {
  const reason = serverUnavailableReason(kind)
  if (reason !== undefined) throw new Error(reason)
}

/** Starts a fresh single-host Ceph cluster with two gateways (about 3 s). */
export async function startCeph(name: string = uniqueName()): Promise<CephServer> {
  assertUnavailableIsFatal('ceph')
  const env = parseEnv(await run('ceph.sh', ['start', name]))
  const accessKeyId = need(env, 'CEPH_ACCESS_KEY_ID')
  const secretAccessKey = need(env, 'CEPH_SECRET_ACCESS_KEY')
  const endpoint = need(env, 'CEPH_ENDPOINT')
  return {
    name,
    endpoint,
    stsEndpoint: endpoint,
    plainEndpoint: need(env, 'CEPH_ENDPOINT_PLAIN'),
    region: need(env, 'CEPH_REGION'),
    accessKeyId,
    secretAccessKey,
    credentials: { accessKeyId, secretAccessKey },
    conf: need(env, 'CEPH_CONF'),
    adminUid: need(env, 'CEPH_ADMIN_UID'),
    startSeconds: Number(need(env, 'CEPH_START_SECONDS')),
    env
  }
}

/** Kills every process of the cluster and removes its folder. Safe on undefined (a failed start). */
export async function stopCeph(server: Pick<CephServer, 'name'> | undefined): Promise<void> {
  if (server === undefined) return
  await run('ceph.sh', ['stop', server.name])
}

/** Starts moto server on a free loopback port (about 0.6 s). */
export async function startMoto(name: string = uniqueName()): Promise<MotoServer> {
  assertUnavailableIsFatal('moto')
  const env = parseEnv(await run('moto.sh', ['start', name]))
  const accessKeyId = need(env, 'MOTO_ACCESS_KEY_ID')
  const secretAccessKey = need(env, 'MOTO_SECRET_ACCESS_KEY')
  return {
    name,
    endpoint: need(env, 'MOTO_ENDPOINT'),
    region: need(env, 'MOTO_REGION'),
    accessKeyId,
    secretAccessKey,
    credentials: { accessKeyId, secretAccessKey },
    accountId: need(env, 'MOTO_ACCOUNT_ID'),
    pid: Number(need(env, 'MOTO_PID')),
    startSeconds: Number(need(env, 'MOTO_START_SECONDS')),
    env
  }
}

export async function stopMoto(server: Pick<MotoServer, 'name'> | undefined): Promise<void> {
  if (server === undefined) return
  await run('moto.sh', ['stop', server.name])
}

/** The config every SDK v3 client needs against these servers (path-style, no default checksums). */
export interface LocalClientConfig {
  endpoint: string
  region: string
  credentials: Credentials
  maxAttempts: number
  forcePathStyle: true
  requestChecksumCalculation: 'WHEN_REQUIRED'
  responseChecksumValidation: 'WHEN_REQUIRED'
}

/**
 * Client config for `server` as `credentials` (default: the server's admin/test keys).
 * Spread it into any client: S3 uses every field; other clients ignore the S3-only ones.
 * Ceph needs WHEN_REQUIRED checksums (else streaming bodies get 411 MissingContentLength).
 */
export function clientConfig(
  server: LocalServer,
  credentials: Credentials = server.credentials,
  endpoint: string = server.endpoint
): LocalClientConfig {
  return {
    endpoint,
    region: server.region,
    credentials,
    maxAttempts: 1,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  }
}

/** Only the S3 fields, typed for `new S3Client(...)`. */
export function s3Config(server: LocalServer, credentials?: Credentials, endpoint?: string): S3ClientConfig {
  return clientConfig(server, credentials ?? server.credentials, endpoint ?? server.endpoint)
}

type Handler = (args: { request: unknown }) => Promise<unknown>
interface WithMiddleware {
  middlewareStack: { add: (...args: never[]) => unknown }
}

function addBuildMiddleware<C extends WithMiddleware>(client: C, name: string, edit: (request: HttpRequestLike) => void): C {
  const middleware = (next: Handler) => async (args: { request: unknown }) => {
    edit(args.request as HttpRequestLike)
    return next(args)
  }
  ;(client.middlewareStack.add as unknown as (m: typeof middleware, o: { step: string; name: string }) => void)(
    middleware,
    { step: 'build', name }
  )
  return client
}

interface HttpRequestLike {
  hostname?: string
  headers?: Record<string, string>
}

/**
 * Adds an X-Forwarded-For header to every request of `client`: Ceph's plain gateway
 * (`plainEndpoint`) then evaluates `aws:SourceIp` as that address.
 */
export function withSourceIp<C extends WithMiddleware>(client: C, ip: string): C {
  return addBuildMiddleware(client, 'localAwsSourceIp', (request) => {
    if (request.headers !== undefined) request.headers['x-forwarded-for'] = ip
  })
}

/** Refuses, before a byte is sent, any request of `client` to a host other than 127.0.0.1. */
export function loopbackOnly<C extends WithMiddleware>(client: C): C {
  return addBuildMiddleware(client, 'localAwsLoopbackOnly', (request) => {
    if (request.hostname !== '127.0.0.1') throw new Error(`local-aws: refusing to send a request to ${String(request.hostname)}`)
  })
}

/**
 * Client config for S3 Control. Its endpoint rules put the account id in front of the host
 * (`123456789012.127.0.0.1`, an invalid URL; `disableHostPrefix` does not undo it), so the endpoint
 * is given as a fixed `endpointProvider` instead.
 */
export function s3ControlConfig(
  server: LocalServer,
  credentials: Credentials = server.credentials
): Omit<LocalClientConfig, 'endpoint'> & { endpointProvider: () => { url: URL } } {
  const { endpoint, ...rest } = clientConfig(server, credentials)
  return { ...rest, endpointProvider: () => ({ url: new URL(endpoint) }) }
}

// ---------------------------------------------------------------- Ceph administration

function radosgwAdmin(ceph: CephServer, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('radosgw-admin', ['-c', ceph.conf, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`radosgw-admin ${args.join(' ')} failed: ${error.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

/** Random keys in AWS's shapes: a 20-character access key id and a 40-character secret. */
export function randomKeys(): Credentials {
  const alnum = (n: number, upper: boolean): string => {
    const chars = upper ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return Array.from(randomBytes(n), (b) => chars[b % chars.length]).join('')
  }
  return { accessKeyId: `AK${alnum(18, true)}`, secretAccessKey: alnum(40, false) }
}

export interface CreateUserOptions {
  displayName?: string
  /** radosgw-admin caps, e.g. "user-policy=*;roles=*" to let the user call IAM itself. */
  caps?: string
}

/**
 * Creates a Ceph user `uid` with `keys` (random when not given) and returns its keys.
 * ARNs of Ceph users have an empty account: `arn:aws:iam:::user/<uid>` (see `userArn`).
 */
export async function createUser(
  ceph: CephServer,
  uid: string,
  keys: Credentials = randomKeys(),
  options: CreateUserOptions = {}
): Promise<Credentials> {
  await radosgwAdmin(ceph, [
    'user',
    'create',
    `--uid=${uid}`,
    `--display-name=${options.displayName ?? uid}`,
    `--access-key=${keys.accessKeyId}`,
    `--secret-key=${keys.secretAccessKey}`
  ])
  if (options.caps !== undefined) await radosgwAdmin(ceph, ['caps', 'add', `--uid=${uid}`, `--caps=${options.caps}`])
  return { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey }
}

export function userArn(uid: string): string {
  return `arn:aws:iam:::user/${uid}`
}

export function roleArn(roleName: string): string {
  return `arn:aws:iam:::role/${roleName}`
}

/** An IAM client on Ceph's gateway as the admin user (caps user-policy=*, roles=*). */
export function cephIam(ceph: CephServer): IAMClient {
  return loopbackOnly(new IAMClient(clientConfig(ceph)))
}

function policyText(document: string | object): string {
  return typeof document === 'string' ? document : JSON.stringify(document)
}

/** IAM PutUserPolicy (an inline identity policy) on Ceph, as the admin user. */
export async function putUserPolicy(
  ceph: CephServer,
  uid: string,
  policyName: string,
  document: string | object
): Promise<void> {
  const iam = cephIam(ceph)
  try {
    await iam.send(new PutUserPolicyCommand({ UserName: uid, PolicyName: policyName, PolicyDocument: policyText(document) }))
  } finally {
    iam.destroy()
  }
}

/** IAM CreateRole on Ceph, as the admin user; returns the role's ARN (`arn:aws:iam:::role/NAME`). */
export async function createRole(
  ceph: CephServer,
  roleName: string,
  trustPolicy: string | object,
  options: { path?: string; maxSessionDuration?: number } = {}
): Promise<string> {
  const iam = cephIam(ceph)
  try {
    const out = await iam.send(
      new CreateRoleCommand({
        RoleName: roleName,
        AssumeRolePolicyDocument: policyText(trustPolicy),
        Path: options.path ?? '/',
        ...(options.maxSessionDuration === undefined ? {} : { MaxSessionDuration: options.maxSessionDuration })
      })
    )
    return out.Role?.Arn ?? roleArn(roleName)
  } finally {
    iam.destroy()
  }
}

/** IAM PutRolePolicy (an inline permission policy of a role) on Ceph, as the admin user. */
export async function putRolePolicy(
  ceph: CephServer,
  roleName: string,
  policyName: string,
  document: string | object
): Promise<void> {
  const iam = cephIam(ceph)
  try {
    await iam.send(new PutRolePolicyCommand({ RoleName: roleName, PolicyName: policyName, PolicyDocument: policyText(document) }))
  } finally {
    iam.destroy()
  }
}

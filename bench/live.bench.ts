/**
 * Benchmark of a live diagnosis (issue 3). Prints numbers only; never fails on a figure.
 *
 * 1. Round trips. A loopback proxy in front of moto holds every response DELAY_MS (default 250;
 *    BENCH_DELAY_MS overrides) and logs each request's arrival and the end of its response. Two
 *    figures:
 *    - the critical path from those timestamps: the longest chain of requests each of which
 *      arrived after the previous one's response had been sent. It counts requests, not time, so
 *      moto's own processing time (tens of ms per request on a busy 2-core machine) cannot inflate
 *      it, and requests that overlap count once. This is the headline figure.
 *    - wall time / DELAY_MS, the cruder figure: it also counts moto's processing time, our own
 *      computation (evaluation, fixes) and any client-side queueing; printed beside it with moto's
 *      measured processing time, so the difference can be read.
 *    The scenario: role ci-deploy (an inline policy, a customer managed policy whose default is its
 *    second version, a permissions boundary), assumed with role-to-assume; a bucket with a policy
 *    whose Sid DenyCiUploads denies the role's uploads, Block Public Access, Object Ownership
 *    BucketOwnerEnforced, SSE-KMS by default with a customer managed key, and a VPC endpoint named
 *    by vpc-endpoint-id. moto's account is in no organization. Also the same without a role (the
 *    default credentials' caller), and a clean preflight.
 * 2. The bundled action (`node dist/index.js`, inputs as INPUT_* variables, exactly as a runner
 *    starts it): its start-up time, from spawn to its first AWS request reaching the proxy (median
 *    of 5 runs of an allowed preflight), and its own peak RSS (`process.resourceUsage().maxRSS` of
 *    the action's process, written at exit by a preload; not this bench's memory), for an allowed
 *    preflight and for a full diagnosis with and without a VPC endpoint (median of 3 runs each;
 *    BENCH_FULL_RUNS). The VPC endpoint is read by the collector's own EC2 Query client
 *    (src/live/ec2-query.ts): @aws-sdk/client-ec2 added about 35 MB here (159 MB). Which dist/action chunks an allowed preflight loads (an ESM
 *    loader hook, in a separate run so the hook's thread does not count in the timings).
 * 3. The size of dist/.
 *
 * Needs moto (scripts/local-aws/moto.sh) and a built dist/ (`npm run build`).
 * Run: `npm run bench:live` (tsc -p tsconfig.bench.json && node bench/out/bench/live.bench.js).
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { CreateVpcCommand, CreateVpcEndpointCommand, EC2Client } from '@aws-sdk/client-ec2'
import { AttachRolePolicyCommand, CreatePolicyCommand, CreatePolicyVersionCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import { CreateBucketCommand, PutBucketEncryptionCommand, PutBucketOwnershipControlsCommand, PutBucketPolicyCommand, PutPublicAccessBlockCommand, S3Client } from '@aws-sdk/client-s3'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Settings } from '../src/action/settings.js'
import { createClients } from '../src/live/clients.js'
import { diagnose } from '../src/live/diagnose.js'

const DELAY_MS = Number(process.env['BENCH_DELAY_MS'] ?? 250)
/** Runs of the bundled action's full diagnosis per case, for the median peak RSS (BENCH_FULL_RUNS overrides). */
const FULL_RUNS = Math.max(1, Number(process.env['BENCH_FULL_RUNS'] ?? 3))
const ROOT = process.cwd()
/** The dist/ folder whose action is measured (BENCH_DIST: e.g. an older build, for a before/after). */
const DIST = process.env['BENCH_DIST'] ?? join(ROOT, 'dist')
const NAME = `bench-live-${process.pid}`
const BUCKET = 'bench-live-artifacts'
const OPEN_BUCKET = 'bench-live-open'

function sh(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(join(ROOT, 'scripts', 'local-aws', 'moto.sh'), args, { timeout: 120_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)))
  })
}

function envOf(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).replace(/^"|"$/g, '')]))
}

interface Logged {
  label: string
  /** When the request arrived at the proxy. */
  start: number
  /** When moto's answer arrived at the proxy. */
  answered: number
  /** When the proxy finished sending the (delayed) response. */
  end: number
}

interface Proxy {
  server: Server
  url: string
  log: Logged[]
  reset(): void
}

/** Names a request for the log: the S3 call from method and path, the query API's Action, or the JSON target. */
function labelOf(method: string, url: string, headers: Record<string, string | string[] | undefined>, body: string): string {
  const target = headers['x-amz-target']
  if (typeof target === 'string') return target.split('.').pop() ?? target
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body)?.[1]
  if (action !== undefined) return action
  const query = url.split('?')[1] ?? ''
  const sub = query.split('&').find((part) => part !== '' && !part.startsWith('x-id')) ?? ''
  const id = /x-id=([A-Za-z]+)/.exec(query)?.[1]
  return id ?? `${method} ${url.split('?')[0] ?? ''}${sub !== '' ? `?${sub.split('=')[0] ?? ''}` : ''}`
}

/** A proxy that answers every request DELAY_MS after moto did, and logs when each arrived and ended. */
function delayingProxy(target: URL): Promise<Proxy> {
  const log: Logged[] = []
  const server = createServer((req, res) => {
    const start = performance.now()
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        const answered = performance.now()
        const parts: Buffer[] = []
        answer.on('data', (chunk: Buffer) => parts.push(chunk))
        answer.on('end', () => {
          setTimeout(() => {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            res.end(Buffer.concat(parts), () => log.push({ label: labelOf(req.method ?? '', req.url ?? '', req.headers, body.toString('utf8')), start, answered, end: performance.now() }))
          }, DELAY_MS)
        })
      })
      upstream.on('error', () => res.destroy())
      upstream.end(body)
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        log,
        reset: () => {
          log.length = 0
        }
      })
    )
  )
}

/** The longest chain of requests, each arriving after the previous one's response was sent; with one such chain. */
function criticalPath(log: readonly Logged[]): { depth: number; chain: string[] } {
  const entries = [...log].sort((a, b) => a.start - b.start)
  const depth: number[] = []
  const previous: number[] = []
  for (let i = 0; i < entries.length; i++) {
    let best = 0
    let from = -1
    for (let j = 0; j < i; j++) {
      if ((entries[j] as Logged).end <= (entries[i] as Logged).start && (depth[j] ?? 0) > best) {
        best = depth[j] ?? 0
        from = j
      }
    }
    depth[i] = best + 1
    previous[i] = from
  }
  let last = depth.indexOf(Math.max(0, ...depth))
  const chain: string[] = []
  while (last >= 0) {
    chain.unshift((entries[last] as Logged).label)
    last = previous[last] ?? -1
  }
  return { depth: Math.max(0, ...depth), chain }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

const policy = (statement: object[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statement })

async function setUp(endpoint: string, region: string, credentials: { accessKeyId: string; secretAccessKey: string }, account: string): Promise<{ role: string; vpce: string }> {
  const common = { endpoint, region, credentials }
  const iam = new IAMClient(common)
  const kms = new KMSClient(common)
  const ec2 = new EC2Client(common)
  const s3 = new S3Client({ ...common, forcePathStyle: true })
  const boundary = await iam.send(new CreatePolicyCommand({ PolicyName: 'ci-boundary', PolicyDocument: policy([{ Effect: 'Allow', Action: ['s3:*', 'kms:*'], Resource: '*' }]) }))
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'ci-deploy',
      AssumeRolePolicyDocument: policy([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }]),
      PermissionsBoundary: boundary.Policy?.Arn ?? ''
    })
  )
  await iam.send(new PutRolePolicyCommand({ RoleName: 'ci-deploy', PolicyName: 'upload', PolicyDocument: policy([{ Effect: 'Allow', Action: ['s3:PutObject', 's3:ListBucket'], Resource: '*' }]) }))
  const managed = await iam.send(new CreatePolicyCommand({ PolicyName: 'ci-artifacts', PolicyDocument: policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]) }))
  await iam.send(new CreatePolicyVersionCommand({ PolicyArn: managed.Policy?.Arn ?? '', SetAsDefault: true, PolicyDocument: policy([{ Effect: 'Allow', Action: ['s3:GetObject', 'kms:GenerateDataKey', 'kms:Decrypt'], Resource: '*' }]) }))
  await iam.send(new AttachRolePolicyCommand({ RoleName: 'ci-deploy', PolicyArn: managed.Policy?.Arn ?? '' }))
  const key = await kms.send(new CreateKeyCommand({ Description: 'bench' }))
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))
  const endpointId = (await ec2.send(new CreateVpcEndpointCommand({ VpcId: vpc.Vpc?.VpcId ?? '', ServiceName: `com.amazonaws.${region}.s3`, VpcEndpointType: 'Gateway', PolicyDocument: policy([{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }]) }))).VpcEndpoint?.VpcEndpointId ?? ''
  for (const bucket of [BUCKET, OPEN_BUCKET]) await s3.send(new CreateBucketCommand({ Bucket: bucket }))
  await s3.send(new PutPublicAccessBlockCommand({ Bucket: BUCKET, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }))
  await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: BUCKET, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }))
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: BUCKET,
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key.KeyMetadata?.Arn ?? '' } }] }
    })
  )
  await s3.send(
    new PutBucketPolicyCommand({
      Bucket: BUCKET,
      Policy: policy([{ Sid: 'DenyCiUploads', Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${account}:role/ci-deploy` }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` }])
    })
  )
  for (const client of [iam, kms, ec2, s3]) client.destroy()
  return { role: `arn:aws:iam::${account}:role/ci-deploy`, vpce: endpointId }
}

function settingsFor(endpoint: string, region: string, extra: Partial<Settings>): Settings {
  return {
    mode: 'diagnose',
    bucket: BUCKET,
    key: 'builds/app.zip',
    operations: ['put'],
    region,
    endpointUrl: endpoint,
    roleSessionName: 'bench',
    audience: 'sts.amazonaws.com',
    probe: 'conditional',
    headers: {},
    sourceIp: '192.0.2.10',
    failOnDeny: false,
    timeoutSeconds: 60,
    comment: 'never',
    redact: 'none',
    expectations: '.github/s3-access.yml',
    failOn: 'broken',
    ...extra
  }
}

async function inProcess(proxy: Proxy, label: string, settings: Settings, credentials: AwsCredentialIdentity, region: string): Promise<void> {
  const deps = {
    clients: (c?: AwsCredentialIdentity | AwsCredentialIdentityProvider) => createClients({ region, endpointUrl: proxy.url, credentials: c ?? credentials }),
    getIDToken: () => Promise.reject(new Error('no OIDC')),
    setSecret: () => undefined,
    env: {},
    defaultCredentials: () => Promise.resolve(credentials)
  }
  proxy.reset()
  const started = performance.now()
  const diagnoses = await diagnose(settings, deps)
  const wall = performance.now() - started
  const path = criticalPath(proxy.log)
  const motoMs = median(proxy.log.map((entry) => entry.answered - entry.start))
  const first = diagnoses[0]
  console.log(`${label}:`)
  console.log(`  decision: ${first?.verdict.decision ?? 'none'} (${first?.verdict.denial?.policyType ?? '-'} ${first?.verdict.denial?.statement ?? '-'}), probes: ${first?.probes.map((p) => `${p.operation} ${p.outcome}`).join(', ') ?? '-'}`)
  const endpoint = first?.scenario.vpcEndpoints?.[0]
  const keys = first?.scenario.kmsKeys ?? []
  if (endpoint !== undefined || keys.length > 0) {
    const policy = endpoint === undefined ? '' : endpoint.policy === undefined ? 'no policy' : 'unreadable' in endpoint.policy ? `policy unreadable (${String(endpoint.policy.unreadable)})` : 'policy read'
    console.log(`  read: ${endpoint !== undefined ? `VPC endpoint ${endpoint.id} (${endpoint.type ?? 'type unknown'}, ${policy})` : 'no VPC endpoint'}; KMS keys: ${keys.map((key) => `${key.arn.split('/').pop() ?? key.arn} (${key.keyManager ?? 'manager unknown'})`).join(', ') || 'none'}; unreadable: ${first?.unreadable.map((layer) => layer.path).join(', ') || 'none'}`)
  }
  console.log(`  requests: ${proxy.log.length}`)
  console.log(`  round trips on the critical path (from request timestamps): ${path.depth}: ${path.chain.join(' -> ')}`)
  console.log(`  wall time / delay: ${(wall / DELAY_MS).toFixed(1)} (${wall.toFixed(0)} ms at ${DELAY_MS} ms per response; includes moto's own processing, median ${motoMs.toFixed(0)} ms per request, and our evaluation)`)
}

/** A preload for the action's process: its own peak RSS, written at exit; and, when asked, every dist/ module it loads. */
const PRELOAD = `
import { writeFileSync } from 'node:fs'
import { register } from 'node:module'
process.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)) })
if (process.env.BENCH_LOADED_FILE) {
  const hook = "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { if (url.includes('/dist/')) appendFileSync(process.env.BENCH_LOADED_FILE, url.slice(url.indexOf('/dist/') + 1) + '\\\\n'); return next(url, context) }"
  register('data:text/javascript,' + encodeURIComponent(hook))
}
`

interface ActionRun {
  firstRequestMs: number | null
  totalMs: number
  peakRssMb: number
  outputs: string
}

async function runAction(proxy: Proxy, work: string, inputs: Record<string, string>, credentials: { accessKeyId: string; secretAccessKey: string }, preload: string, loadedFile?: string): Promise<ActionRun> {
  proxy.reset()
  const output = join(work, 'output')
  const summary = join(work, 'summary')
  const rss = join(work, 'rss')
  await writeFile(output, '')
  await writeFile(summary, '')
  await rm(rss, { force: true })
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: work,
    BENCH_RSS_FILE: rss,
    ...(loadedFile !== undefined ? { BENCH_LOADED_FILE: loadedFile } : {})
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const spawned = performance.now()
  const child = spawn(process.execPath, ['--import', `file://${preload}`, join(DIST, 'index.js')], { env, stdio: 'ignore' })
  const exited = await new Promise<number>((resolve) => child.on('exit', () => resolve(performance.now())))
  const first = proxy.log.length > 0 ? Math.min(...proxy.log.map((entry) => entry.start)) : null
  const peak = Number(await readFile(rss, 'utf8').catch(() => '0'))
  return { firstRequestMs: first === null ? null : first - spawned, totalMs: exited - spawned, peakRssMb: peak / 1024, outputs: await readFile(output, 'utf8') }
}

/** Which dist/action chunk holds which AWS client. */
async function chunkNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const folder = join(DIST, 'action')
  for (const file of await readdir(folder).catch(() => [] as string[])) {
    if (!file.endsWith('.js')) continue
    const text = await readFile(join(folder, file), 'utf8')
    const found = ['IAM', 'KMS', 'EC2', 'Organizations', 'S3Control', 'STS', 'S3'].filter((service) => new RegExp(`class ${service}Client\\b`).test(text))
    // The collector's own EC2 Query client (src/live/ec2-query.ts), in place of the SDK's EC2Client.
    if (/class Ec2QueryClient\b/.test(text)) found.push('EC2 (Query client)')
    if (/export async function collectScenario|async function collectScenario|function collectScenario\(/.test(text)) found.push('collector')
    names.set(`dist/action/${file}`, found.join('+'))
  }
  return names
}

async function main(): Promise<void> {
  const moto = envOf(await sh(['start', NAME]))
  const endpoint = moto['MOTO_ENDPOINT'] ?? ''
  const region = moto['MOTO_REGION'] ?? 'us-east-1'
  const credentials = { accessKeyId: moto['MOTO_ACCESS_KEY_ID'] ?? '', secretAccessKey: moto['MOTO_SECRET_ACCESS_KEY'] ?? '' }
  const proxy = await delayingProxy(new URL(endpoint))
  const work = await mkdtemp(join(tmpdir(), 'bench-live-'))
  try {
    const { role, vpce } = await setUp(endpoint, region, credentials, moto['MOTO_ACCOUNT_ID'] ?? '123456789012')
    console.log(`delay per response: ${DELAY_MS} ms (BENCH_DELAY_MS); the action measured: ${join(DIST, 'index.js')}`)
    await inProcess(proxy, 'full diagnosis, role-to-assume (target: 4 round trips or fewer)', settingsFor(proxy.url, region, { roleToAssume: role, vpcEndpointId: vpce }), credentials, region)
    await inProcess(proxy, 'full diagnosis, default credentials (no role-to-assume)', settingsFor(proxy.url, region, { vpcEndpointId: vpce }), credentials, region)
    await inProcess(proxy, 'preflight, allowed (no layer read)', settingsFor(proxy.url, region, { mode: 'preflight', bucket: OPEN_BUCKET }), credentials, region)

    // The bundled action, as a runner starts it.
    const preload = join(work, 'preload.mjs')
    await writeFile(preload, PRELOAD)
    const preflight = { mode: 'preflight', bucket: OPEN_BUCKET, key: 'builds/app.zip', 'endpoint-url': proxy.url, region, operations: 'put', comment: 'never' }
    const runs: ActionRun[] = []
    for (let i = 0; i < 5; i++) runs.push(await runAction(proxy, work, preflight, credentials, preload))
    const starts = runs.map((run) => run.firstRequestMs).filter((value): value is number => value !== null)
    console.log('the bundled action (node dist/index.js, INPUT_* variables):')
    console.log(`  start-up to its first AWS request (allowed preflight, median of ${starts.length}): ${starts.length > 0 ? `${median(starts).toFixed(0)} ms` : 'no request'} (runs: ${starts.map((ms) => ms.toFixed(0)).join(', ')} ms; target < 150)`)
    console.log(`  allowed preflight: total ${median(runs.map((run) => run.totalMs)).toFixed(0)} ms, the action's peak RSS ${median(runs.map((run) => run.peakRssMb)).toFixed(1)} MB, decision ${/decision<<[^\n]*\n([^\n]*)/.exec(runs[0]?.outputs ?? '')?.[1] ?? /decision=([^\n]*)/.exec(runs[0]?.outputs ?? '')?.[1] ?? '?'}`)
    const loaded = join(work, 'loaded')
    await writeFile(loaded, '')
    await runAction(proxy, work, preflight, credentials, preload, loaded)
    const chunks = await chunkNames()
    const files = [...new Set((await readFile(loaded, 'utf8')).split('\n').filter(Boolean))]
    console.log(`  modules an allowed preflight loads: ${files.map((file) => `${file}${chunks.get(file) ? ` (${chunks.get(file)})` : ''}`).join(', ')}`)
    const collectionChunks = [...chunks.entries()].filter(([, names]) => /IAM|KMS|EC2|Organizations|S3Control|collector/.test(names)).map(([file]) => file)
    console.log(`  collection-only chunks (IAM, KMS, EC2, Organizations, S3 Control, the collector) it loaded: ${collectionChunks.filter((file) => files.includes(file)).join(', ') || 'none'}`)
    for (const [label, extra] of [
      ['role-to-assume, vpc-endpoint-id (reads the endpoint with the EC2 client)', { 'vpc-endpoint-id': vpce }],
      ['role-to-assume, no VPC endpoint (a GitHub-hosted runner)', {}]
    ] as const) {
      // Peak RSS varies by a few MB from run to run on a shared machine: the median of FULL_RUNS runs.
      const fulls: { run: ActionRun; requests: number; depth: number }[] = []
      for (let i = 0; i < FULL_RUNS; i++) {
        const run = await runAction(proxy, work, { ...preflight, mode: 'diagnose', bucket: BUCKET, 'role-to-assume': role, ...extra }, credentials, preload)
        fulls.push({ run, requests: proxy.log.length, depth: criticalPath(proxy.log).depth })
      }
      const rss = fulls.map((full) => full.run.peakRssMb)
      const last = fulls[fulls.length - 1]
      console.log(
        `  full diagnosis (mode diagnose, ${label}): total ${median(fulls.map((full) => full.run.totalMs)).toFixed(0)} ms at ${DELAY_MS} ms per response, the action's peak RSS ${median(rss).toFixed(1)} MB (median of ${FULL_RUNS}: ${rss.map((mb) => mb.toFixed(1)).join(', ')}; target < 150), ${last?.requests ?? 0} requests, critical path ${last?.depth ?? 0}, decision ${/decision=([^\n]*)/.exec(last?.run.outputs ?? '')?.[1] ?? /decision<<[^\n]*\n([^\n]*)/.exec(last?.run.outputs ?? '')?.[1] ?? '?'}`
      )
    }
    // Which client chunks a full diagnosis without a VPC endpoint loads (a separate run: the hook's thread is not measured above).
    await writeFile(loaded, '')
    await runAction(proxy, work, { ...preflight, mode: 'diagnose', bucket: BUCKET, 'role-to-assume': role }, credentials, preload, loaded)
    const diagnoseFiles = new Set((await readFile(loaded, 'utf8')).split('\n').filter(Boolean))
    console.log(`  clients a full diagnosis without a VPC endpoint loads: ${[...chunks.entries()].filter(([file, names]) => diagnoseFiles.has(file) && names !== '').map(([, names]) => names).join(', ')}`)
    // Node's own start-up on this machine now, for scale (the machine is shared: figures vary with its load).
    const nodeOnly: number[] = []
    for (let i = 0; i < 5; i++) {
      const began = performance.now()
      await new Promise<void>((resolve) => spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }).on('exit', () => resolve()))
      nodeOnly.push(performance.now() - began)
    }
    console.log(`  for scale, node -e '' from spawn to exit: ${median(nodeOnly).toFixed(0)} ms (median of 5)`)
    const du = await new Promise<string>((resolve) => execFile('du', ['-sh', DIST], (_e, stdout) => resolve(stdout.trim())))
    console.log(`du dist/: ${du.split(/\s+/)[0] ?? '?'}`)
  } finally {
    proxy.server.close()
    await rm(work, { recursive: true, force: true })
    await sh(['stop', NAME])
  }
}

await main()

/**
 * Benchmark of a live diagnosis (issue 3): a loopback HTTP proxy in front of moto adds a fixed
 * delay to every response, so wall time / delay is the number of round trips on the critical
 * path. Also: the bundled action's start-up time to its first AWS request, the peak memory of this
 * process, and the size of dist/. Prints numbers only.
 *
 * Needs moto (scripts/local-aws/moto.sh) and a built dist/ (`npm run build`).
 * Run: `tsc -p tsconfig.bench.json && node bench/out/bench/live.bench.js`.
 */
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { CreateBucketCommand, PutBucketEncryptionCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3'
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types'
import type { Settings } from '../src/action/settings.js'
import { createClients } from '../src/live/clients.js'
import { diagnose } from '../src/live/diagnose.js'

const DELAY_MS = 100
const ROOT = process.cwd()
const NAME = `bench-live-${process.pid}`
const BUCKET = 'bench-live-artifacts'

function sh(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(join(ROOT, 'scripts', 'local-aws', 'moto.sh'), args, { timeout: 120_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)))
  })
}

function envOf(text: string): Record<string, string> {
  return Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).replace(/^"|"$/g, '')]))
}

/** A proxy that answers every request DELAY_MS late; `first` is when the first request arrived. */
function delayingProxy(target: URL): Promise<{ server: Server; url: string; requests: () => number; first: () => number | null; reset: () => void }> {
  let count = 0
  let first: number | null = null
  const server = createServer((req, res) => {
    count++
    first ??= performance.now()
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      setTimeout(() => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }, DELAY_MS)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests: () => count,
        first: () => first,
        reset: () => {
          count = 0
          first = null
        }
      })
    )
  )
}

async function setUp(endpoint: string, region: string, credentials: { accessKeyId: string; secretAccessKey: string }, account: string): Promise<string> {
  const common = { endpoint, region, credentials }
  const iam = new IAMClient(common)
  const kms = new KMSClient(common)
  const s3 = new S3Client({ ...common, forcePathStyle: true })
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'ci-deploy',
      AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }] })
    })
  )
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'ci-deploy',
      PolicyName: 'upload',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:ListBucket', 'kms:GenerateDataKey'], Resource: '*' }] })
    })
  )
  const key = await kms.send(new CreateKeyCommand({ Description: 'bench' }))
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  await s3.send(
    new PutBucketEncryptionCommand({
      Bucket: BUCKET,
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: key.KeyMetadata?.Arn ?? '' } }] }
    })
  )
  await s3.send(
    new PutBucketPolicyCommand({
      Bucket: BUCKET,
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'DenyCiUploads', Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${account}:role/ci-deploy` }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/*` }]
      })
    })
  )
  for (const client of [iam, kms, s3]) client.destroy()
  return `arn:aws:iam::${account}:role/ci-deploy`
}

function settingsFor(endpoint: string, region: string, role: string): Settings {
  return {
    mode: 'diagnose',
    bucket: BUCKET,
    key: 'builds/app.zip',
    operations: ['put'],
    region,
    endpointUrl: endpoint,
    roleToAssume: role,
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
    failOn: 'broken'
  }
}

async function main(): Promise<void> {
  const moto = envOf(await sh(['start', NAME]))
  const endpoint = moto['MOTO_ENDPOINT'] ?? ''
  const region = moto['MOTO_REGION'] ?? 'us-east-1'
  const credentials = { accessKeyId: moto['MOTO_ACCESS_KEY_ID'] ?? '', secretAccessKey: moto['MOTO_SECRET_ACCESS_KEY'] ?? '' }
  const proxy = await delayingProxy(new URL(endpoint))
  const work = await mkdtemp(join(tmpdir(), 'bench-live-'))
  try {
    const role = await setUp(endpoint, region, credentials, moto['MOTO_ACCOUNT_ID'] ?? '123456789012')
    const deps = {
      clients: (c?: AwsCredentialIdentity | AwsCredentialIdentityProvider) => createClients({ region, endpointUrl: proxy.url, credentials: c ?? credentials }),
      getIDToken: () => Promise.reject(new Error('no OIDC')),
      setSecret: () => undefined,
      env: {},
      defaultCredentials: () => Promise.resolve(credentials)
    }
    proxy.reset()
    const started = performance.now()
    const [diagnosis] = await diagnose(settingsFor(proxy.url, region, role), deps)
    const wall = performance.now() - started
    console.log(`decision: ${diagnosis?.verdict.decision ?? 'none'} (${diagnosis?.verdict.denial?.policyType ?? '-'} ${diagnosis?.verdict.denial?.statement ?? '-'})`)
    console.log(`requests: ${proxy.requests()}`)
    console.log(`wall time: ${wall.toFixed(0)} ms at ${DELAY_MS} ms per response`)
    console.log(`round trips on the critical path: ${(wall / DELAY_MS).toFixed(1)}`)

    // The bundled action: from spawn to its first AWS request.
    proxy.reset()
    const output = join(work, 'output')
    const summary = join(work, 'summary')
    await writeFile(output, '')
    await writeFile(summary, '')
    const spawned = performance.now()
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
      env: {
        PATH: process.env['PATH'] ?? '',
        INPUT_MODE: 'preflight',
        INPUT_BUCKET: BUCKET,
        INPUT_KEY: 'builds/app.zip',
        'INPUT_ENDPOINT-URL': proxy.url,
        INPUT_REGION: region,
        INPUT_OPERATIONS: 'put',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: work
      },
      stdio: 'ignore'
    })
    const exited = await new Promise<number>((resolve) => child.on('exit', () => resolve(performance.now())))
    const first = proxy.first()
    console.log(`action start-up to first AWS request: ${first === null ? 'no request' : `${(first - spawned).toFixed(0)} ms`}`)
    console.log(`action total (preflight, put): ${(exited - spawned).toFixed(0)} ms`)
    console.log(`peak memory (this process, diagnosis in-process): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`)
    const du = await new Promise<string>((resolve) => execFile('du', ['-sh', join(ROOT, 'dist')], (_e, stdout) => resolve(stdout.trim())))
    console.log(`du dist/: ${du.split(/\s+/)[0] ?? '?'}`)
  } finally {
    proxy.server.close()
    await rm(work, { recursive: true, force: true })
    await sh(['stop', NAME])
  }
}

await main()

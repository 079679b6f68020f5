/**
 * End to end, as a runner does it: the bundled action (`node dist/index.js`, inputs as
 * `INPUT_<NAME>` environment variables, outputs and summary through the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files) and the bundled CLI (`node dist/cli.js diagnose`), against a real
 * Ceph RADOS Gateway on loopback whose bucket policy denies s3:PutObject to the CI user with a Sid.
 *
 * Assumes dist/ is fresh: `.ci/run` runs `npm run build` before `npm test` (locally: run it first).
 * How GitHub passes inputs (INPUT_ + the name upper-cased, dashes kept) and reads outputs:
 * https://docs.github.com/en/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions#inputs
 * https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-output-parameter
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateBucketCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3'
import {
  SERVER_START_TIMEOUT_MS,
  createUser,
  describeIfServer,
  loopbackOnly,
  s3Config,
  startCeph,
  stopCeph,
  userArn,
  type CephServer,
  type Credentials
} from '../support/local-aws.js'

const ROOT = join(import.meta.dirname, '..', '..')
const BUCKET = 'e2e-artifacts'
const EXACT_BUCKET = 'e2e-exact-key'
const KEY = 'builds/app.tar.gz'

interface Run {
  code: number
  stdout: string
  stderr: string
}

function node(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    // A clean environment: nothing of the developer's AWS or GitHub setup leaks in.
    const base = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' }
    execFile(process.execPath, args, { cwd: ROOT, env: { ...base, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
      // The SDK's notice that future versions need Node 22 is not ours to assert on.
      resolve({ code, stdout, stderr: stderr.replace(/\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?--trace-warnings[^\n]*\n/, '') })
    })
  })
}

/** `name=value` and `name<<DELIMITER ... DELIMITER` lines of a GITHUB_OUTPUT file. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc !== null) {
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) body.push(lines[i] ?? '')
      outputs[heredoc[1] ?? ''] = body.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

describeIfServer('ceph')('the bundled action and CLI against Ceph (a bucket policy denies the CI user)', () => {
  let ceph: CephServer | undefined
  let ci: Credentials | undefined
  let work = ''

  beforeAll(async () => {
    ceph = await startCeph()
    work = await mkdtemp(join(tmpdir(), 's3-403-doctor-e2e-'))
    const owner = await createUser(ceph, 'owner')
    ci = await createUser(ceph, 'ci')
    const s3 = loopbackOnly(new S3Client(s3Config(ceph, owner)))
    try {
      await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: BUCKET,
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Sid: 'DenyCiUploads', Effect: 'Deny', Principal: { AWS: [userArn('ci')] }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/builds/*` },
              {
                Sid: 'CiReadsAndDoctor',
                Effect: 'Allow',
                Principal: { AWS: [userArn('ci')] },
                Action: ['s3:ListBucket', 's3:GetObject', 's3:GetBucketPolicy', 's3:GetBucketAcl', 's3:GetBucketLocation'],
                Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`]
              }
            ]
          })
        })
      )
      // A policy that names the exact object key (and denies every other): the real upload is allowed, the doctor's probe key is not.
      await s3.send(new CreateBucketCommand({ Bucket: EXACT_BUCKET }))
      await s3.send(
        new PutBucketPolicyCommand({
          Bucket: EXACT_BUCKET,
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Sid: 'UploadThatOneFile', Effect: 'Allow', Principal: { AWS: [userArn('ci')] }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${EXACT_BUCKET}/${KEY}` },
              { Sid: 'NothingElse', Effect: 'Deny', Principal: { AWS: [userArn('ci')] }, Action: 's3:PutObject', NotResource: `arn:aws:s3:::${EXACT_BUCKET}/${KEY}` },
              {
                Sid: 'DoctorReads',
                Effect: 'Allow',
                Principal: { AWS: [userArn('ci')] },
                Action: ['s3:ListBucket', 's3:GetBucketPolicy', 's3:GetBucketAcl', 's3:GetBucketLocation'],
                Resource: [`arn:aws:s3:::${EXACT_BUCKET}`]
              }
            ]
          })
        })
      )
    } finally {
      s3.destroy()
    }
  }, SERVER_START_TIMEOUT_MS)

  afterAll(async () => {
    await stopCeph(ceph)
    if (work !== '') await rm(work, { recursive: true, force: true })
  }, SERVER_START_TIMEOUT_MS)

  function awsEnv(): Record<string, string> {
    if (ceph === undefined || ci === undefined) throw new Error('Ceph did not start')
    return { AWS_ACCESS_KEY_ID: ci.accessKeyId, AWS_SECRET_ACCESS_KEY: ci.secretAccessKey, AWS_EC2_METADATA_DISABLED: 'true' }
  }

  test('node dist/index.js (mode preflight): outputs decision=deny, denied-by=resource-based-policy, statement=DenyCiUploads', async () => {
    if (ceph === undefined) throw new Error('Ceph did not start')
    const output = join(work, 'output.txt')
    const summary = join(work, 'summary.md')
    const event = join(work, 'event.json')
    const runnerTemp = join(work, 'runner-temp')
    await writeFile(output, '')
    await writeFile(summary, '')
    await writeFile(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'octo/app' }, head_commit: { id: 'abc' } }))
    const run = await node([join('dist', 'index.js')], {
      ...awsEnv(),
      INPUT_MODE: 'preflight',
      INPUT_BUCKET: BUCKET,
      INPUT_KEY: KEY,
      'INPUT_ENDPOINT-URL': ceph.endpoint,
      INPUT_REGION: ceph.region,
      INPUT_OPERATIONS: 'put',
      'INPUT_TIMEOUT-SECONDS': '60',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: work
    })
    const outputs = parseOutputs(await readFile(output, 'utf8'))
    const report = await readFile(summary, 'utf8')
    expect({ code: run.code, stderr: run.stderr, failed: /::error::/.test(run.stdout) ? run.stdout : '' }).toEqual({ code: 0, stderr: '', failed: '' })
    expect({ decision: outputs['decision'], deniedBy: outputs['denied-by'], statement: outputs['statement'] }).toEqual({
      decision: 'deny',
      deniedBy: 'resource-based-policy',
      statement: 'DenyCiUploads'
    })
    expect(report).toContain('DenyCiUploads')
  }, 180_000)

  // The probe writes to a fresh key beside the real one (src/live/probe.ts), so a policy naming the
  // exact key refuses the probe: the snapshot, evaluated for both keys, shows the real upload is
  // allowed, and the outputs say allow (action.yml, outputs.decision).
  test('node dist/index.js (mode diagnose): a policy naming the exact key refuses only the probe key: decision=allow, fail-on-deny does not fail', async () => {
    if (ceph === undefined) throw new Error('Ceph did not start')
    const output = join(work, 'exact-output.txt')
    const summary = join(work, 'exact-summary.md')
    await writeFile(output, '')
    await writeFile(summary, '')
    const run = await node([join('dist', 'index.js')], {
      ...awsEnv(),
      INPUT_MODE: 'diagnose',
      INPUT_BUCKET: EXACT_BUCKET,
      INPUT_KEY: KEY,
      'INPUT_ENDPOINT-URL': ceph.endpoint,
      INPUT_REGION: ceph.region,
      INPUT_OPERATIONS: 'put',
      'INPUT_FAIL-ON-DENY': 'true',
      INPUT_COMMENT: 'never',
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: join(work, 'runner-temp'),
      GITHUB_WORKSPACE: work
    })
    const outputs = parseOutputs(await readFile(output, 'utf8'))
    expect({ code: run.code, failed: /::error::/.test(run.stdout) ? run.stdout : '' }).toEqual({ code: 0, failed: '' })
    expect({ decision: outputs['decision'], deniedBy: outputs['denied-by'], statement: outputs['statement'] }).toEqual({ decision: 'allow', deniedBy: '', statement: '' })
    expect(await readFile(summary, 'utf8')).toMatch(/fresh probe key/)
  }, 180_000)

  test('node dist/cli.js diagnose --format json: the same verdict, exit 0', async () => {
    if (ceph === undefined) throw new Error('Ceph did not start')
    const run = await node(
      [join('dist', 'cli.js'), 'diagnose', '--bucket', BUCKET, '--key', KEY, '--operations', 'put', '--endpoint-url', ceph.endpoint, '--region', ceph.region, '--format', 'json'],
      awsEnv()
    )
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
    const reports = JSON.parse(run.stdout) as { decision: string; denial: { policyType: string; statement: string | null } | null; operation: string }[]
    expect(reports.map((r) => ({ operation: r.operation, decision: r.decision, policyType: r.denial?.policyType, statement: r.denial?.statement }))).toEqual([
      { operation: 'PutObject', decision: 'deny', policyType: 'resource-based-policy', statement: 'DenyCiUploads' }
    ])
  }, 180_000)
})

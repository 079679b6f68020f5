/**
 * End to end against moto, as a runner runs the action (`node dist/index.js`, INPUT_* variables):
 * no credential reaches an output, the step summary, the saved scenario, or the log (the log's
 * `::add-mask::` commands excepted: they are how a runner learns what to mask,
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#masking-a-value-in-a-log).
 *
 * The credentials in play: the base keys and session token in the environment (what
 * configure-aws-credentials leaves), the role session STS issues for role-to-assume (its keys and
 * token are known only from the masks the action announces), and a token the action never saw,
 * pasted into error-message with the request's headers and a presigned URL.
 *
 * Assumes dist/ is fresh (`npm run build`; .ci/run builds before testing).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { SERVER_START_TIMEOUT_MS, clientConfig, describeIfServer, loopbackOnly, s3Config, startMoto, stopMoto, type MotoServer } from '../support/local-aws.js'

const ROOT = join(import.meta.dirname, '..', '..')
const BUCKET = 'e2e-secrets'
const BASE_TOKEN = 'IQoJb3JpZ2luX2VjEBaseSessionTokenForTheE2eTest0000000000000000'
const PASTED_TOKEN = 'FwoGZXIvYXdzEPastedTokenFromACiLogForTheE2eTest111111111111111'
const PASTED_SIGNATURE = 'fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024'

function node(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const base = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' }
    execFile(process.execPath, args, { cwd: ROOT, env: { ...base, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr })
    })
  })
}

describeIfServer('moto')('the bundled action leaks no credential (moto)', () => {
  let moto: MotoServer | undefined
  let work = ''
  let role = ''

  beforeAll(async () => {
    moto = await startMoto()
    work = await mkdtemp(join(tmpdir(), 's3-403-doctor-e2e-secrets-'))
    const iam = loopbackOnly(new IAMClient(clientConfig(moto)))
    const s3 = loopbackOnly(new S3Client(s3Config(moto)))
    try {
      role =
        (
          await iam.send(
            new CreateRoleCommand({
              RoleName: 'ci-deploy',
              AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${moto.accountId}:root` }, Action: 'sts:AssumeRole' }] })
            })
          )
        ).Role?.Arn ?? ''
      await iam.send(new PutRolePolicyCommand({ RoleName: 'ci-deploy', PolicyName: 'upload', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }] }) }))
      await s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    } finally {
      iam.destroy()
      s3.destroy()
    }
  }, SERVER_START_TIMEOUT_MS)

  afterAll(async () => {
    await stopMoto(moto)
    if (work !== '') await rm(work, { recursive: true, force: true })
  }, SERVER_START_TIMEOUT_MS)

  test('diagnose with role-to-assume, a session token and a pasted log: no secret in outputs, summary, saved scenario or log', async () => {
    if (moto === undefined) throw new Error('moto did not start')
    const output = join(work, 'output.txt')
    const summary = join(work, 'summary.md')
    const scenario = join(work, 'scenario.json')
    await writeFile(output, '')
    await writeFile(summary, '')
    const pasted = [
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      `request headers: {'x-amz-security-token': '${PASTED_TOKEN}', 'Authorization': 'AWS4-HMAC-SHA256 Credential=ASIAPASTED000000000/20261125/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${PASTED_SIGNATURE}'}`,
      `https://${BUCKET}.s3.amazonaws.com/k?X-Amz-Security-Token=${PASTED_TOKEN}&X-Amz-Signature=${PASTED_SIGNATURE}`
    ].join('\n')
    const run = await node([join('dist', 'index.js')], {
      AWS_ACCESS_KEY_ID: moto.accessKeyId,
      AWS_SECRET_ACCESS_KEY: moto.secretAccessKey,
      AWS_SESSION_TOKEN: BASE_TOKEN,
      AWS_EC2_METADATA_DISABLED: 'true',
      INPUT_MODE: 'diagnose',
      INPUT_BUCKET: BUCKET,
      INPUT_KEY: 'builds/app.zip',
      'INPUT_ENDPOINT-URL': moto.endpoint,
      INPUT_REGION: moto.region,
      INPUT_OPERATIONS: 'put',
      'INPUT_ROLE-TO-ASSUME': role,
      'INPUT_ERROR-MESSAGE': pasted,
      'INPUT_SAVE-SCENARIO': scenario,
      INPUT_COMMENT: 'never',
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: join(work, 'runner-temp'),
      GITHUB_WORKSPACE: work
    })
    const masks = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length).trim())
    // The role session STS issued was announced for masking, with the base credentials.
    expect(masks).toEqual(expect.arrayContaining([moto.secretAccessKey, BASE_TOKEN]))
    expect(masks.length).toBeGreaterThanOrEqual(5)
    const secrets = [...new Set([...masks.filter((value) => value.length >= 8), PASTED_TOKEN, PASTED_SIGNATURE])]
    const places: Record<string, string> = {
      outputs: await readFile(output, 'utf8'),
      summary: await readFile(summary, 'utf8'),
      scenario: await readFile(scenario, 'utf8'),
      log: run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr
    }
    expect(places['scenario']).toMatch(/"version": 1/)
    expect(places['outputs']).toMatch(/scenario-path/)
    const leaks = Object.entries(places).flatMap(([place, text]) => secrets.filter((secret) => text.includes(secret)).map((secret) => `${place}: ${secret.slice(0, 6)}…`))
    expect(leaks).toEqual([])
  }, 180_000)
})

/**
 * The CLI in-process (arguments, files and streams injected), and the built bundle as a user runs it.
 * Exit status (scenario-format.md): 0 whatever the decision, 2 for an invalid scenario, 1 otherwise.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../src/cli/main.js'

async function run(args: string[], files: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const io: CliIo = {
    readFile: async (path) => (path in files ? (files[path] as string) : readFile(path, 'utf8')),
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    }
  }
  const code = await runCli(args, io)
  return { code, out, err }
}

const example = (name: string) => join(process.cwd(), 'examples', name)

describe('explain', () => {
  test('json prints the verdict contract', async () => {
    const { code, out } = await run(['explain', example('02-ip-restricted-bucket-policy.json'), '--format', 'json'])
    expect(code).toBe(0)
    const verdict = JSON.parse(out)
    expect(verdict.decision).toBe('deny')
    expect(verdict.denial).toMatchObject({
      kind: 'explicit',
      policyType: 'resource-based-policy',
      statement: 'DenyOutsideOffice',
      action: 's3:PutObject',
      policy: 'bucket policy of example-ci-artifacts'
    })
    expect(Array.isArray(verdict.requests)).toBe(true)
  })

  test('text names the deciding statement, its JSON, and the condition values', async () => {
    const { code, out } = await run(['explain', example('02-ip-restricted-bucket-policy.json')])
    expect(code).toBe(0)
    expect(out).toContain('DENY: s3:PutObject')
    expect(out).toContain('statement DenyOutsideOffice')
    expect(out).toContain('"Sid": "DenyOutsideOffice"')
    expect(out).toContain('condition NotIpAddress aws:SourceIp: policy "192.0.2.0/24"; request "198.51.100.20"')
    expect(out).toMatch(/resource-based-policy\s+denies/)
  })

  test('text shows near misses for an implicit deny', async () => {
    const { out } = await run(['explain', example('01-missing-putobject.json')])
    expect(out).toContain("denied by the caller's identity-based policies (implicit deny: nothing allows it)")
  })

  test('markdown is a report', async () => {
    const { code, out } = await run(['explain', example('02-ip-restricted-bucket-policy.json'), '--format', 'markdown'])
    expect(code).toBe(0)
    expect(out).toMatch(/^### ⛔ DENY/)
    expect(out).toContain('| layer | status | detail |')
  })

  test('an allowed request exits 0 too', async () => {
    const { code, out } = await run(['explain', example('12-allowed-upload.json'), '--format', 'json'])
    expect(code).toBe(0)
    expect(JSON.parse(out)).toMatchObject({ decision: 'allow', denial: null })
  })

  test('a 400 is reported as such', async () => {
    const { out } = await run(['explain', example('05-acl-header-on-bucket-owner-enforced.json'), '--format', 'json'])
    expect(JSON.parse(out).denial).toMatchObject({ policyType: 'object-ownership', httpStatus: 400, errorCode: 'AccessControlListNotSupported' })
  })

  test.each([
    ['an invalid Effect', { version: 1, request: { principal: 'anonymous', action: 's3:GetObject', bucket: 'b' }, bucket: { name: 'b', policy: { Statement: [{ Effect: 'allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] } } }, 'bucket.policy.Statement[0].Effect'],
    ['an invalid CIDR', { version: 1, request: { principal: 'anonymous', action: 's3:GetObject', bucket: 'b' }, bucket: { name: 'b', policy: { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/33' } } }] } } }, 'aws:SourceIp'],
    ['a missing request', { version: 1 }, 'request']
  ])('an invalid scenario (%s) exits 2 naming the field, without a stack trace', async (_name, scenario, field) => {
    const { code, err, out } = await run(['explain', 'bad.json'], { 'bad.json': JSON.stringify(scenario) })
    expect(code).toBe(2)
    expect(out).toBe('')
    expect(err).toContain(field)
    expect(err).not.toMatch(/\n\s+at /)
  })

  test('invalid JSON exits 2', async () => {
    const { code, err } = await run(['explain', 'bad.json'], { 'bad.json': '{ "version": 1,' })
    expect(code).toBe(2)
    expect(err).toMatch(/JSON/i)
  })

  test.each([
    [['explain'], /needs a scenario FILE/],
    [['explain', 'a.json', 'b.json'], /one FILE/],
    [['explain', 'x.json', '--format', 'yaml'], /--format: expected one of text, json, markdown, got "yaml"/],
    [['explain', 'x.json', '--colour'], /Unknown option/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['explain', '/nonexistent/file.json'], /cannot read \/nonexistent\/file.json/]
  ])('bad usage %j exits 1 with a message', async (args, message) => {
    const { code, err } = await run(args as string[])
    expect(code).toBe(1)
    expect(err).toMatch(message)
  })

  test.each([[['--help']], [['explain', '--help']]])('%j prints help and exits 0', async (args) => {
    const { code, out } = await run(args)
    expect(code).toBe(0)
    expect(out).toContain('Usage')
  })

  test('--version', async () => {
    const { code, out } = await run(['--version'])
    expect(code).toBe(0)
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

// The bundle exactly as users run it (built by `npm run build`; CI builds before it compares dist/).
const bundle = join(process.cwd(), 'dist', 'cli.js')
const describeBundle = existsSync(bundle) ? describe : describe.skip
describeBundle('dist/cli.js', () => {
  test('explains an example and exits 0', () => {
    const out = execFileSync(process.execPath, [bundle, 'explain', example('06-scp-region-deny.json'), '--format', 'json'], { encoding: 'utf8' })
    expect(JSON.parse(out).denial).toMatchObject({ policyType: 'service-control-policy', statement: 'DenyOutsideFrankfurt' })
  })

  test('exits 2 on an invalid scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doctor-'))
    const file = join(dir, 'bad.json')
    writeFileSync(file, JSON.stringify({ version: 2, request: {} }))
    const result = spawnSync(process.execPath, [bundle, 'explain', file], { encoding: 'utf8' })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('version')
  })
})

/**
 * `s3-403-doctor review` in-process: the JSON contract, the markdown, folders of policy files, and
 * the exit status (0 ran; 3 --fail-on met; 2 invalid expectations or source; 1 usage).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../src/cli/main.js'
import { FIXTURES } from './helpers.js'

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

const at = (name: string): string => join(FIXTURES, name)

describe('review', () => {
  test('--plan --format json prints the results contract', async () => {
    const { code, out } = await run(['review', '--expectations', at('s3-access.yml'), '--plan', at('artifacts-plan.json'), '--format', 'json'])
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['results', 'broadGrants']))
    for (const result of json.results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['name', 'base', 'head', 'expect', 'ok', 'denial']))
      expect(['allow', 'deny', 'unknown']).toContain(result.base)
      expect(['allow', 'deny', 'unknown']).toContain(result.head)
      expect(typeof result.ok).toBe('boolean')
    }
    expect(json.results[0]).toMatchObject({ name: 'CI uploads builds', ok: false, denial: { policyType: 'resource-based-policy', statement: 'DenyUploadsOutsideVpce', action: 's3:PutObject' } })
  })

  test('markdown by default; --base and --head as CloudFormation templates', async () => {
    const { code, out } = await run(['review', '--expectations', at('s3-access-cfn.yml'), '--base', at('artifacts-base.json'), '--head', at('artifacts-head.yaml')])
    expect(code).toBe(0)
    expect(out).toMatch(/^## S3 access review/)
    expect(out).toContain('#### CI uploads builds')
  })

  test('--base and --head as folders of policy files', async () => {
    const { code, out } = await run(['review', '--expectations', at('s3-access-files.yml'), '--base', at('policies-base'), '--head', at('policies-head'), '--format', 'json'])
    expect(code).toBe(0)
    expect(JSON.parse(out).results.map((result: { name: string; status: string }) => [result.name, result.status])).toEqual([
      ['CI uploads builds', 'broken'],
      ['CI downloads builds', 'passing'],
      ['Uploads from eu-west-1 are refused', 'passing'],
      ['Another role cannot read', 'passing']
    ])
  })

  test.each([
    ['broken', 3],
    ['any-change', 3],
    ['never', 0]
  ])('--fail-on %s exits %i', async (failOn, expected) => {
    const { code, err } = await run(['review', '--expectations', at('s3-access.yml'), '--plan', at('artifacts-plan.json'), '--fail-on', failOn])
    expect(code).toBe(expected)
    if (expected !== 0) expect(err).toContain('CI uploads builds (s3:PutObject)')
  })

  test('an invalid expectations file exits 2 naming the entry and the field', async () => {
    const { code, err } = await run(['review', '--expectations', 'bad.yml', '--plan', at('artifacts-plan.json')], {
      'bad.yml': 'version: 1\nexpectations:\n  - name: CI uploads builds\n    principal: anonymous\n    action: s3 put\n    bucket: b\n    expect: allow\n'
    })
    expect(code).toBe(2)
    expect(err).toContain('bad.yml: expectations[0] (CI uploads builds).action: expected an IAM action such as s3:PutObject, got "s3 put"')
  })

  test('a file that is neither a plan nor a template exits 2', async () => {
    const { code, err } = await run(['review', '--expectations', at('s3-access.yml'), '--base', 'x.json', '--head', 'x.json'], { 'x.json': '{"hello": 1}' })
    expect(code).toBe(2)
    expect(err).toContain('x.json: neither a Terraform plan')
  })

  test('a folder without a policies: mapping exits 2', async () => {
    const { code, err } = await run(['review', '--expectations', at('s3-access.yml'), '--base', at('policies-base'), '--head', at('policies-head')])
    expect(code).toBe(2)
    expect(err).toContain('needs a policies: mapping')
  })

  test.each([
    [['review'], 'review needs --expectations FILE'],
    [['review', '--expectations', 'e.yml'], 'review needs --base PATH and --head PATH, or --plan FILE'],
    [['review', '--expectations', 'e.yml', '--plan', 'p.json', '--base', 'b'], 'give either --plan FILE or --base PATH --head PATH, not both'],
    [['review', '--expectations', 'e.yml', '--plan', 'p.json', '--format', 'text'], '--format: expected one of markdown, json, got "text"'],
    [['review', '--expectations', 'e.yml', '--plan', 'p.json', '--fail-on', 'always'], '--fail-on: expected one of never, broken, any-change, got "always"'],
    [['review', '--expectations', at('s3-access.yml'), '--base', 'missing.json', '--head', 'missing.json'], 'cannot read missing.json: no such file or folder']
  ])('usage error %j exits 1', async (args, message) => {
    const { code, err } = await run(args)
    expect(code).toBe(1)
    expect(err).toContain(message)
  })

  test('--help', async () => {
    const { code, out } = await run(['review', '--help'])
    expect(code).toBe(0)
    expect(out).toContain('s3-403-doctor review --expectations FILE --base PATH --head PATH')
  })

  test('the main help lists the command', async () => {
    const { out } = await run(['--help'])
    expect(out).toMatch(/ {2}review +check a policy change/)
  })
})

/**
 * The action with its dependencies injected, and action.yml checked against the input/output constants.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { Inputs, Outputs } from '../../src/action/constants.js'
import { run, type ActionDeps } from '../../src/action/main.js'
import { readSettings } from '../../src/action/settings.js'

function fakeDeps(inputs: Record<string, string>, env: Record<string, string> = {}): ActionDeps & { outputs: Record<string, string>; failed: string[]; summaries: string[]; files: Record<string, string> } {
  const outputs: Record<string, string> = {}
  const failed: string[] = []
  const summaries: string[] = []
  const files: Record<string, string> = {}
  return {
    outputs,
    failed,
    summaries,
    files,
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => {
      outputs[name] = value
    },
    setFailed: (message) => {
      failed.push(message)
    },
    setSecret: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    writeSummary: async (markdown) => {
      summaries.push(markdown)
    },
    readFile: async (path) => readFileSync(path, 'utf8'),
    writeFile: async (path, text) => {
      files[path] = text
    },
    repositoryFiles: async () => [],
    fetch: async () => {
      throw new Error('no network in this test')
    },
    env,
    tempDir: '/tmp/doctor-test'
  }
}

const example = (name: string) => join(process.cwd(), 'examples', name)

test('sets the outputs and writes the summary', async () => {
  const deps = fakeDeps({ mode: 'explain', scenario: example('09-permissions-boundary.json') })
  await run(deps)
  expect(deps.failed).toEqual([])
  expect(deps.outputs).toMatchObject({
    decision: 'deny',
    'denied-by': 'permissions-boundary',
    statement: '',
    principal: 'arn:aws:sts::123456789012:assumed-role/ci-publisher/GitHubActions'
  })
  // The proposed fix and the report are written to files named by outputs.
  expect(deps.files[deps.outputs['fix-path'] ?? '']).toContain('s3:PutObject')
  expect(deps.files[deps.outputs['report-path'] ?? '']).toContain('permissions boundary')
  expect(deps.summaries[0]).toContain('permissions boundary')
})

test('fail-on-deny fails the step on a deny, naming the layer', async () => {
  const deps = fakeDeps({ mode: 'explain', scenario: example('02-ip-restricted-bucket-policy.json'), 'fail-on-deny': 'true' })
  await run(deps)
  expect(deps.outputs['statement']).toBe('DenyOutsideOffice')
  expect(deps.failed).toHaveLength(1)
  expect(deps.failed[0]).toContain('DenyOutsideOffice')
})

test('fail-on-deny does not fail an allow', async () => {
  const deps = fakeDeps({ mode: 'explain', scenario: example('12-allowed-upload.json'), 'fail-on-deny': 'true' })
  await run(deps)
  expect(deps.failed).toEqual([])
  expect(deps.outputs['decision']).toBe('allow')
})

test.each([
  [{ mode: 'explain' }, 'input "scenario" is required with mode explain'],
  [{ mode: 'explain', scenario: 'x.json', 'fail-on-deny': 'maybe' }, 'input "fail-on-deny": expected true or false, got "maybe"'],
  [{ mode: 'explain', scenario: '/nonexistent.json' }, 'Could not read the scenario file /nonexistent.json'],
  [{ mode: 'inspect' }, 'input "mode": expected one of explain, preflight, diagnose, review, got "inspect"'],
  [{}, 'input "bucket" is required with mode preflight']
])('bad input %j fails with a message naming it', async (inputs, message) => {
  const deps = fakeDeps(inputs)
  await run(deps)
  expect(deps.failed).toHaveLength(1)
  expect(deps.failed[0]).toContain(message)
})

test('an invalid scenario fails the step with the field path', async () => {
  const deps = fakeDeps({ mode: 'explain', scenario: 'bad.json' })
  deps.readFile = async () => JSON.stringify({ version: 1, request: { principal: 'anonymous', action: 's3:GetObject' } })
  await run(deps)
  expect(deps.failed[0]).toContain('request.bucket')
})

test('readSettings accepts the boolean spellings', () => {
  for (const [raw, value] of [['true', true], ['FALSE', false], ['', false], ['yes', true]] as const) {
    const inputs: Record<string, string> = { mode: 'explain', scenario: 's.json', 'fail-on-deny': raw }
    expect(readSettings((name) => inputs[name] ?? '').failOnDeny).toBe(value)
  }
})

test('action.yml declares exactly the inputs and outputs the code uses', () => {
  const yml = readFileSync(join(process.cwd(), 'action.yml'), 'utf8')
  const section = (name: string) => {
    const block = yml.split(new RegExp(`^${name}:\\s*$`, 'm'))[1]?.split(/^\S/m)[0] ?? ''
    return [...block.matchAll(/^ {2}([a-z0-9-]+):\s*$/gm)].map((match) => match[1]).sort()
  }
  expect(section('inputs')).toEqual(Object.values(Inputs).sort())
  expect(section('outputs')).toEqual(Object.values(Outputs).sort())
  expect(yml).toMatch(/using: 'node24'/)
})

test('mode review on a Terraform plan that tightens the bucket policy fails the step and names the broken expectation', async () => {
  const fixtures = join(process.cwd(), '__tests__', 'review', 'fixtures')
  const deps = fakeDeps({ mode: 'review', expectations: join(fixtures, 's3-access.yml'), plan: join(fixtures, 'artifacts-plan.json'), comment: 'never' })
  await run(deps)
  expect(Number(deps.outputs['broken'])).toBeGreaterThan(0)
  expect(deps.failed).toHaveLength(1)
  expect(deps.summaries[0]).toMatch(/broken|Broken/)
})

test('mode review: a comment shortened to GitHub\'s limit leaves the full report in the job summary', async () => {
  // 400 copies of the broken upload expectation: the full report is longer than a comment may be.
  const fixtures = join(process.cwd(), '__tests__', 'review', 'fixtures')
  const file = parseYaml(readFileSync(join(fixtures, 's3-access.yml'), 'utf8')) as { expectations: Record<string, unknown>[] }
  const upload = file.expectations[0]
  const many = { ...file, expectations: Array.from({ length: 400 }, (_, index) => ({ ...upload, name: `CI uploads build ${index} of the nightly train` })) }
  const folder = mkdtempSync(join(tmpdir(), 'doctor-review-'))
  writeFileSync(join(folder, 's3-access.yml'), stringifyYaml(many))
  const payload = join(folder, 'event.json')
  writeFileSync(payload, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: 'octo/app' } }, base: { repo: { full_name: 'octo/app' } } } }))
  const comments: string[] = []
  const deps = fakeDeps(
    { mode: 'review', expectations: join(folder, 's3-access.yml'), plan: join(fixtures, 'artifacts-plan.json'), comment: 'always', 'github-token': 'ghs_ReviewT0kenNeverPrinted0123456789' },
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payload, GITHUB_REPOSITORY: 'octo/app', GITHUB_API_URL: 'https://api.github.test', GITHUB_WORKFLOW: 'ci', GITHUB_JOB: 'review' }
  )
  deps.fetch = async (url, init) => {
    if (init?.method === 'POST') comments.push(String(JSON.parse(String(init.body)).body))
    const body = init?.method === 'POST' ? { id: 1, html_url: 'https://github.test/octo/app/pull/7#issuecomment-1' } : []
    return new Response(JSON.stringify(body), { status: init?.method === 'POST' ? 201 : 200, headers: { 'content-type': 'application/json' } })
  }
  await run(deps)
  expect(deps.outputs['broken']).toBe('400')
  expect(comments).toHaveLength(1)
  const comment = comments[0] ?? ''
  const summary = deps.summaries[0] ?? ''
  expect(comment.length).toBeLessThan(65_536)
  expect(comment).toMatch(/Shortened to fit .*The full report is in the job summary/)
  expect(summary).not.toContain('Shortened')
  expect(summary.length).toBeGreaterThan(comment.length)
  expect(summary).toContain('#### CI uploads build 0 of the nightly train')
})

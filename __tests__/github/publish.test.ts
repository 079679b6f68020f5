/**
 * `publish` after a mode: the outputs declared in action.yml, the job summary, the pull request
 * comment against the loopback GitHub server (created, then updated; a fork's read-only token and
 * a missing permission noted in the summary, never failing the step), the error annotation on the
 * policy file found by content, the fix-path and report-path files, `redact: account-ids`, and no
 * token anywhere. Outputs and annotations: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Outputs } from '../../src/action/constants.js'
import { commentNote, fixToWrite, publish, reportMarker, type AnnotationProperties, type PublishDeps, type PublishSettings } from '../../src/action/publish.js'
import { defaultPublishDeps, listJsonFiles } from '../../src/action/runner.js'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import type { FetchLike } from '../../src/github/client.js'
import { readRunContext } from '../../src/github/context.js'
import { diagnoseFixes } from '../../src/fix/index.js'
import type { Fix } from '../../src/fix/types.js'
import type { Diagnosis } from '../../src/live/types.js'
import { offlineDiagnosis } from '../../src/report/analyze.js'
import { bucketFix, caller, deniedProbe, example, headerFix, withLive } from '../report/fixtures.js'
import { startFakeGitHub, type FakeGitHub } from './server.js'

const token = 'ghs_PublishT0kenNeverPrinted0123456789ab'

interface Recorded {
  outputs: Record<string, string>
  secrets: string[]
  info: string[]
  warnings: string[]
  errors: { message: string; properties: AnnotationProperties }[]
  summaries: string[]
  files: Record<string, string>
}

function fakeDeps(github: FakeGitHub, options: { event?: string; payload?: unknown; repository?: { path: string; text: string }[]; env?: Record<string, string> } = {}) {
  const recorded: Recorded = { outputs: {}, secrets: [], info: [], warnings: [], errors: [], summaries: [], files: {} }
  const deps: PublishDeps = {
    setOutput: (name, value) => {
      recorded.outputs[name] = value
    },
    setSecret: (value) => {
      recorded.secrets.push(value)
    },
    info: (message) => {
      recorded.info.push(message)
    },
    warning: (message) => {
      recorded.warnings.push(message)
    },
    error: (message, properties) => {
      recorded.errors.push({ message, properties })
    },
    writeSummary: async (markdown) => {
      recorded.summaries.push(markdown)
    },
    readFile: async (path) => {
      if (path === '/event.json') return JSON.stringify(options.payload ?? { pull_request: { number: 7, head: { repo: { full_name: 'octo/app' } }, base: { repo: { full_name: 'octo/app' } } } })
      throw new Error(`ENOENT: ${path}`)
    },
    writeFile: async (path, text) => {
      recorded.files[path] = text
    },
    repositoryFiles: async () => options.repository ?? [],
    fetch: (url, init) => fetch(url, init),
    env: {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_EVENT_NAME: options.event ?? 'pull_request',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'upload',
      GITHUB_ACTION: 'doctor',
      ...options.env
    },
    tempDir: '/runner/temp'
  }
  return { deps, recorded }
}

const settings: PublishSettings = { comment: 'auto', redact: 'none', githubToken: token }

/** Example 02 (the bucket policy's IP deny) as a live diagnosis with a fix. */
function denied(): Diagnosis {
  return withLive(example('02-ip-restricted-bucket-policy.json'), { caller, probes: [deniedProbe], fixes: [headerFix, bucketFix] })
}

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(async () => {
  await github.close()
})

describe('publish a denial on a pull request', () => {
  test('outputs, summary, comment, files and annotation', async () => {
    const { deps, recorded } = fakeDeps(github)
    const result = await publish(denied(), settings, deps)

    expect(recorded.outputs).toEqual({
      [Outputs.Decision]: 'deny',
      [Outputs.DeniedBy]: 'resource-based-policy',
      [Outputs.Statement]: 'DenyOutsideOffice',
      [Outputs.Principal]: caller.arn,
      [Outputs.ReportPath]: '/runner/temp/s3-403-doctor/doctor/report.md',
      [Outputs.FixPath]: '/runner/temp/s3-403-doctor/doctor/fix.json'
    })
    expect(recorded.secrets).toEqual([token])
    expect(result.comment).toMatchObject({ action: 'created' })
    expect(github.comments.get(7)).toHaveLength(1)
    expect(github.comments.get(7)?.[0]?.body).toMatch(/^<!-- s3-403-doctor:[0-9a-f]{16} -->\n\n### ⛔ DENY/)

    const [summary] = recorded.summaries
    expect(summary).toMatch(/^### ⛔ DENY: `s3:PutObject`/)
    expect(summary).toContain('- Posted this report as a comment on pull request #7 ([comment](https://github.com/octo/app/pull/7#issuecomment-1000)).')
    expect(recorded.files['/runner/temp/s3-403-doctor/doctor/report.md']).toBe(summary)
    // The proven policy change, not the request change that is not enough alone.
    expect(JSON.parse(recorded.files['/runner/temp/s3-403-doctor/doctor/fix.json'] ?? '')).toEqual(bucketFix.file?.content)
    expect(recorded.info.join('\n')).toContain('DENY: s3:PutObject on s3://example-ci-artifacts/builds/app-1.4.2.zip')
    expect(recorded.errors).toEqual([{ message: expect.stringMatching(/^s3:PutObject on s3:\/\/example-ci-artifacts\/builds\/app-1\.4\.2\.zip for .+ is denied by the bucket policy \(explicit deny\): bucket policy of example-ci-artifacts, statement DenyOutsideOffice\./), properties: { title: 'S3 denies s3:PutObject (the bucket policy)' } }])
  })

  test('the next run updates the same comment', async () => {
    const first = fakeDeps(github)
    await publish(denied(), settings, first.deps)
    const second = fakeDeps(github)
    const result = await publish(denied(), settings, second.deps)
    expect(result.comment).toMatchObject({ action: 'updated', id: 1000 })
    expect(github.comments.get(7)).toHaveLength(1)
    expect(second.recorded.summaries[0]).toContain('- Updated the report comment on pull request #7')
  })

  test('the annotation lands on the policy file and the Sid line when the repository holds the deciding policy', async () => {
    const policy = denied().scenario.bucket?.policy
    const text = JSON.stringify(policy, null, 2)
    const { deps, recorded } = fakeDeps(github, { repository: [{ path: 'README.json', text: '{"Statement": []}' }, { path: 'infra/bucket-policy.json', text }] })
    await publish(denied(), settings, deps)
    expect(recorded.errors[0]?.properties).toEqual({ title: 'S3 denies s3:PutObject (the bucket policy)', file: 'infra/bucket-policy.json', startLine: text.split('\n').findIndex((line) => line.includes('"Sid": "DenyOutsideOffice"')) + 1 })
  })

  test.each([
    [
      'a fork (403 from the API)',
      { pull_request: { number: 7, head: { repo: { full_name: 'someone/app' } }, base: { repo: { full_name: 'octo/app' } } } },
      '- No pull request comment: pull request #7 comes from a fork, and GitHub gives the workflow a read-only token for it (the API answered 403). The report is only in this summary.'
    ],
    [
      'a job without pull-requests: write (403 from the API)',
      undefined,
      '- No pull request comment: the token may not comment on pull request #7 (the API answered 403). Give the job `permissions: pull-requests: write` (or `issues: write`), or set `comment: never`.'
    ]
  ])('%s: the summary says so and the step carries on', async (_name, payload, note) => {
    github.behaviour = 'read-only'
    const { deps, recorded } = fakeDeps(github, { payload })
    const result = await publish(denied(), settings, deps)
    expect(result.comment).toMatchObject({ action: 'skipped', code: 'forbidden' })
    expect(recorded.summaries[0]).toContain(note)
    expect(recorded.outputs[Outputs.Decision]).toBe('deny')
    expect(recorded.warnings).toEqual([])
    expect(recorded.info.some((line) => line.startsWith('Pull request comment skipped: POST /repos/octo/app/issues/7/comments answered 403'))).toBe(true)
  })

  test('comment: always warns when it cannot comment', async () => {
    github.behaviour = 'not-found'
    const { deps, recorded } = fakeDeps(github)
    await publish(denied(), { ...settings, comment: 'always' }, deps)
    expect(recorded.warnings).toEqual([expect.stringMatching(/^Pull request comment skipped: GET .* answered 404/)])
    expect(recorded.summaries[0]).toContain('No pull request comment: the API answered 404 for pull request #7')
  })

  test('comment: never sends nothing to the API and says nothing', async () => {
    const { deps, recorded } = fakeDeps(github)
    const result = await publish(denied(), { ...settings, comment: 'never' }, deps)
    expect(result.comment).toMatchObject({ action: 'skipped', code: 'disabled' })
    expect(github.requests).toEqual([])
    expect(recorded.summaries[0]).not.toContain('#### Notes')
  })

  test('an empty github-token: noted, nothing sent', async () => {
    const { deps, recorded } = fakeDeps(github)
    await publish(denied(), { comment: 'auto', redact: 'none' }, deps)
    expect(github.requests).toEqual([])
    expect(recorded.secrets).toEqual([])
    expect(recorded.summaries[0]).toContain('- No pull request comment: the `github-token` input is empty.')
  })
})

describe('when to comment', () => {
  test.each([
    ['auto on a push: silent', 'auto', 'push', null],
    ['always on a push: noted', 'always', 'push', '- No pull request comment: `comment: always`, but this run (event `push`) is not for a pull request.']
  ] as const)('%s', async (_name, comment, event, note) => {
    const { deps, recorded } = fakeDeps(github, { event, payload: { ref: 'refs/heads/main' } })
    const result = await publish(denied(), { ...settings, comment }, deps)
    expect(result.comment).toMatchObject({ action: 'skipped', code: 'not-a-pull-request' })
    expect(github.requests).toEqual([])
    if (note === null) expect(recorded.summaries[0]).not.toContain('#### Notes')
    else expect(recorded.summaries[0]).toContain(note)
  })

  test('auto and an allow: no new comment, but an earlier denial comment is updated to say it is allowed now', async () => {
    const allowed = example('12-allowed-upload.json')
    const quiet = fakeDeps(github)
    expect((await publish(allowed, settings, quiet.deps)).comment).toMatchObject({ action: 'skipped', code: 'no-existing-comment' })
    expect(github.comments.get(7)).toBeUndefined()
    expect(quiet.recorded.summaries[0]).not.toContain('#### Notes')

    // A denial on the same bucket and action first, then the allow.
    const before = withLive(allowed, { verdict: { ...denied().verdict } })
    await publish(before, settings, fakeDeps(github).deps)
    const after = fakeDeps(github)
    expect((await publish(allowed, settings, after.deps)).comment).toMatchObject({ action: 'updated' })
    expect(github.comments.get(7)?.[0]?.body).toContain('### ✅ ALLOW')
    expect(after.recorded.errors).toEqual([])
    expect(after.recorded.outputs[Outputs.FixPath]).toBe('')
  })

  test('always and an allow: a comment is posted', async () => {
    const { deps } = fakeDeps(github)
    expect((await publish(example('12-allowed-upload.json'), { ...settings, comment: 'always' }, deps)).comment).toMatchObject({ action: 'created' })
  })
})

describe('one step, one comment (operations: put,list)', () => {
  /** An example, changed, evaluated again: the put and the list of one step on example-ci-artifacts. */
  const operation = (file: string, change: (scenario: Diagnosis['scenario']) => void = () => undefined): Diagnosis => {
    const scenario = structuredClone(example(file).scenario)
    change(scenario)
    return offlineDiagnosis(scenario, evaluateScenario(scenario), diagnoseFixes(scenario, evaluateScenario(scenario)))
  }
  const putDenied = () => operation('01-missing-putobject.json')
  const putAllowed = () => operation('12-allowed-upload.json')
  const listDenied = () => operation('37-list-bucket-prefix-condition.json')
  const listAllowed = () =>
    operation('37-list-bucket-prefix-condition.json', (scenario) => {
      scenario.request.context = { ...scenario.request.context, 's3:prefix': 'builds/' }
    })

  test('the examples are what the runs need', () => {
    expect([putDenied(), putAllowed(), listDenied(), listAllowed()].map((d) => [d.scenario.request.bucket, d.scenario.request.action, d.verdict.decision])).toEqual([
      ['example-ci-artifacts', 's3:PutObject', 'deny'],
      ['example-ci-artifacts', 's3:PutObject', 'allow'],
      ['example-ci-artifacts', 's3:ListBucket', 'deny'],
      ['example-ci-artifacts', 's3:ListBucket', 'allow']
    ])
  })

  test('runs whose denied operation changes update the one comment; the comment leads with the denial', async () => {
    const runs: [Diagnosis[], RegExp][] = [
      [[putDenied(), listAllowed()], /^<!-- s3-403-doctor:[0-9a-f]{16} -->\n\n### ⛔ DENY: `s3:PutObject`/],
      // The list is checked second but denied: the comment still opens with the denial.
      [[putAllowed(), listDenied()], /^<!-- s3-403-doctor:[0-9a-f]{16} -->\n\n### ⛔ DENY: `s3:ListBucket`/],
      [[putDenied(), listDenied()], /^<!-- s3-403-doctor:[0-9a-f]{16} -->\n\n### ⛔ DENY: `s3:PutObject`[^]*\n---\n\n### ⛔ DENY: `s3:ListBucket`/],
      [[putAllowed(), listAllowed()], /^<!-- s3-403-doctor:[0-9a-f]{16} -->\n\n### ✅ ALLOW: `s3:PutObject`/]
    ]
    const actions: string[] = []
    for (const [diagnoses, body] of runs) {
      const { deps, recorded } = fakeDeps(github)
      const result = await publish(diagnoses, settings, deps)
      actions.push(result.comment.action)
      expect(github.comments.get(7)).toHaveLength(1)
      expect(github.comments.get(7)?.[0]?.body).toMatch(body)
      // The summary leads with the denial too.
      if (diagnoses.some((d) => d.verdict.decision === 'deny')) expect(recorded.summaries[0]).toMatch(/^### ⛔ DENY/)
    }
    expect(actions).toEqual(['created', 'updated', 'updated', 'updated'])
  })

  test('another step (another GITHUB_ACTION) or another bucket keeps its own comment', async () => {
    await publish([putDenied(), listAllowed()], settings, fakeDeps(github).deps)
    await publish([putDenied(), listAllowed()], settings, fakeDeps(github, { env: { GITHUB_ACTION: 'doctor-deploy' } }).deps)
    const elsewhere = putDenied()
    elsewhere.scenario.request.bucket = 'example-other-bucket'
    await publish(elsewhere, settings, fakeDeps(github).deps)
    expect(github.comments.get(7)).toHaveLength(3)
    await publish([putAllowed(), listDenied()], settings, fakeDeps(github, { env: { GITHUB_ACTION: 'doctor-deploy' } }).deps)
    expect(github.comments.get(7)).toHaveLength(3)
    expect(github.comments.get(7)?.[1]?.body).toMatch(/### ⛔ DENY: `s3:ListBucket`/)
  })

  test('the marker depends on the step, not on the outcome', () => {
    const context = { workflow: 'ci', job: 'upload', step: 'doctor' }
    expect(reportMarker(context, [putDenied(), listAllowed()])).toBe(reportMarker(context, [listDenied(), putAllowed()]))
    expect(reportMarker(context, [putDenied()])).not.toBe(reportMarker({ ...context, step: 'other' }, [putDenied()]))
  })
})

describe('redact: account-ids', () => {
  test('summary, comment, log and annotation use the same placeholders; outputs keep the real ARN', async () => {
    const { deps, recorded } = fakeDeps(github)
    await publish(denied(), { ...settings, redact: 'account-ids' }, deps)
    const comment = github.comments.get(7)?.[0]?.body ?? ''
    for (const text of [recorded.summaries[0] ?? '', comment, recorded.info.join('\n'), recorded.errors[0]?.message ?? '', recorded.files['/runner/temp/s3-403-doctor/doctor/report.md'] ?? '']) {
      expect(text).not.toContain('123456789012')
      expect(text).not.toContain('210987654321')
      expect(text).toContain('arn:aws:sts::<account-1>:assumed-role/ci-publisher/GitHubActions')
    }
    expect(recorded.summaries[0]).toContain('arn:aws:iam::<account-2>:role/ci-publisher')
    expect(comment).toContain('arn:aws:iam::<account-2>:role/ci-publisher')
    expect(recorded.outputs[Outputs.Principal]).toBe(caller.arn)
  })

  test('twelve digits that are not an account id (a timestamp in the key) are kept', async () => {
    const timestamped = denied()
    timestamped.scenario.request.key = 'builds/202601150930/app.zip'
    const { deps, recorded } = fakeDeps(github)
    await publish(timestamped, { ...settings, redact: 'account-ids' }, deps)
    for (const text of [recorded.summaries[0] ?? '', github.comments.get(7)?.[0]?.body ?? '', recorded.info.join('\n'), recorded.errors[0]?.message ?? '']) {
      expect(text).toContain('s3://example-ci-artifacts/builds/202601150930/app.zip')
      expect(text).not.toContain('123456789012')
    }
  })
})

describe('the token never appears', () => {
  test('not in outputs, summary, comment, log, annotations or files, even when the input carries it', async () => {
    github.behaviour = 'read-only'
    const hostile = withLive(denied(), {
      probes: [{ ...deniedProbe, message: `echo ${token}`, meaning: `leaked ${token}` }],
      parsedError: { raw: `Authorization: token ${token}`, kind: 'explicit', policyType: 'resource-based-policy' },
      disagreement: { summary: `token ${token}`, explanations: [token] }
    })
    const sessionToken = 'FQoGZXIvYXdzEXAMPLEsessionTOKEN0123'
    hostile.scenario.request.headers = { 'x-amz-security-token': sessionToken }
    const { deps, recorded } = fakeDeps(github, { env: { GITHUB_TOKEN: token } })
    await publish(hostile, settings, deps)
    expect(JSON.stringify({ ...recorded, comments: [...github.comments.values()] })).not.toContain(sessionToken)
    const everything = JSON.stringify({ ...recorded, secrets: [], comments: [...github.comments.values()] })
    expect(everything).not.toContain(token)
    expect(everything).toContain('[REDACTED]')
  })
})

describe('more than one diagnosis', () => {
  test('deny if any denies; the first denial gives the outputs; one summary and one comment', async () => {
    const { deps, recorded } = fakeDeps(github)
    const result = await publish([example('12-allowed-upload.json'), denied()], settings, deps)
    expect(result.decision).toBe('deny')
    expect(recorded.outputs[Outputs.Statement]).toBe('DenyOutsideOffice')
    expect(recorded.summaries).toHaveLength(1)
    expect(recorded.summaries[0]?.match(/^### /gm)).toHaveLength(2)
    expect(github.comments.get(7)).toHaveLength(1)
    expect(github.comments.get(7)?.[0]?.body.match(/<!-- s3-403-doctor:/g)).toHaveLength(1)
  })

  test('a probe S3 refused makes the outputs deny even where the snapshot allows (what S3 answered counts)', async () => {
    const { deps, recorded } = fakeDeps(github)
    const refused = withLive(example('12-allowed-upload.json'), { caller, probes: [{ ...deniedProbe, message: `${deniedProbe.message ?? ''} with an explicit deny in a service control policy` }], fixes: [] })
    expect(refused.verdict.decision).toBe('allow')
    const result = await publish(refused, settings, deps)
    expect(result.outcome).toMatchObject({ decision: 'deny', deniedBy: 'service-control-policy', statement: '', basis: 'probe' })
    expect(recorded.outputs[Outputs.Decision]).toBe('deny')
    expect(recorded.outputs[Outputs.DeniedBy]).toBe('service-control-policy')
    expect(recorded.outputs[Outputs.Statement]).toBe('')
  })

  test('none at all is an error', async () => {
    await expect(publish([], settings, fakeDeps(github).deps)).rejects.toThrow('publish needs at least one diagnosis')
  })
})

test('a summary that cannot be written is a warning, and the rest goes on', async () => {
  const { deps, recorded } = fakeDeps(github)
  deps.writeSummary = async () => {
    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY')
  }
  await publish(denied(), settings, deps)
  expect(recorded.warnings).toEqual(['Could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY'])
  expect(recorded.outputs[Outputs.ReportPath]).toBe('/runner/temp/s3-403-doctor/doctor/report.md')
})

test('a repository that cannot be listed: the annotation goes without a file', async () => {
  const { deps, recorded } = fakeDeps(github)
  deps.repositoryFiles = async () => {
    throw new Error('EACCES')
  }
  await publish(denied(), settings, deps)
  expect(recorded.errors[0]?.properties).toEqual({ title: 'S3 denies s3:PutObject (the bucket policy)' })
})

describe('fixToWrite: the first proven fix that is a document someone applies, or nothing', () => {
  const setting: Fix = {
    ...bucketFix,
    policyType: 'block-public-access',
    strategy: 's3-setting',
    target: '/bucket/accountPublicAccessBlock',
    document: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false },
    file: { name: 'account-public-access-block.json', content: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false } }
  }
  const headerRemoval: Fix = { ...headerFix, target: '/request/headers', document: {}, proven: true, stillDeniedBy: null }
  const aclModel: Fix = { ...bucketFix, strategy: 's3-setting', policyType: 'acl', target: '/bucket/objects/k/acl', document: { owner: '1', grants: [] }, file: null }
  test.each([
    ['the first proven policy change, after a request change', [headerFix, bucketFix], bucketFix.file?.content],
    ['no policy change', [headerFix], null],
    // These three used to be written: a header removal ({}), the scenario's own ACL model, an unproven grant.
    ['a proven header removal is not a document', [headerRemoval], null],
    ["the scenario's ACL model is not an AWS document", [aclModel], null],
    ['an unproven policy change is not written', [{ ...bucketFix, proven: false, stillDeniedBy: headerFix.stillDeniedBy }], null],
    ['a policy AWS would refuse (over its size limit) is not written', [{ ...bucketFix, proven: false, rejected: 'AWS would refuse the bucket policy' }], null],
    ['an AWS-shaped setting file (PublicAccessBlockConfiguration)', [headerRemoval, setting], setting.file?.content],
    ['a proven change that needs another first comes after one that does not', [{ ...bucketFix, dependsOn: [0], file: { name: 'later.json', content: { Version: 'later' } } }, bucketFix], bucketFix.file?.content],
    ['only proven changes that need another: the first of them', [{ ...bucketFix, dependsOn: [0], file: { name: 'later.json', content: { Version: 'later' } } }], { Version: 'later' }]
  ])('%s', (_name, fixes, expected) => {
    expect(fixToWrite(fixes)?.json ?? null).toEqual(expected)
  })

  test('example 05 (drop the ACL header): fix-path is not written', async () => {
    const scenario = example('05-acl-header-on-bucket-owner-enforced.json')
    const diagnosis = withLive(scenario, { fixes: diagnoseFixes(scenario.scenario, scenario.verdict).fixes })
    expect(diagnosis.fixes[0]?.document).toEqual({})
    const { deps, recorded } = fakeDeps(github)
    const result = await publish(diagnosis, settings, deps)
    expect(result.fixPath).toBeNull()
    expect(recorded.outputs[Outputs.FixPath]).toBe('')
    expect(Object.keys(recorded.files)).toEqual(['/runner/temp/s3-403-doctor/doctor/report.md'])
  })

  test('example 11 (Block Public Access, anonymous): fix-path holds the safe bucket policy, not the setting that turns BPA off', () => {
    const scenario = example('11-block-public-access.json')
    const written = fixToWrite(diagnoseFixes(scenario.scenario, scenario.verdict).fixes)
    expect(written?.fix.target).toBe('/bucket/policy')
    expect(JSON.stringify(written?.json)).toContain('"aws:SourceIp":"203.0.113.200/32"')
  })
})

test('commentNote links only to https comment URLs', () => {
  const context = readRunContext({ GITHUB_REPOSITORY: 'o/r' }, JSON.stringify({ pull_request: { number: 3, head: { repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
  expect(commentNote({ action: 'created', id: 1, url: 'javascript:alert(1)' }, context, 'auto')).toBe('Posted this report as a comment on pull request #3.')
  expect(commentNote({ action: 'skipped', code: 'unauthorized', status: 401, reason: 'x' }, context, 'auto')).toContain('401')
  expect(commentNote({ action: 'skipped', code: 'unreachable', status: null, reason: 'could not reach the GitHub API' }, context, 'auto')).toBe('No pull request comment: could not reach the GitHub API.')
})

test('listJsonFiles finds JSON files, skipping dependencies, build output and big files', async () => {
  const root = mkdtempSync(join(tmpdir(), 'doctor-repo-'))
  for (const dir of ['infra/policies', 'node_modules/pkg', '.git', 'dist']) mkdirSync(join(root, dir), { recursive: true })
  writeFileSync(join(root, 'infra/policies/bucket.json'), '{"Statement": []}')
  writeFileSync(join(root, 'infra/readme.md'), '# no')
  writeFileSync(join(root, 'node_modules/pkg/package.json'), '{}')
  writeFileSync(join(root, '.git/config.json'), '{}')
  writeFileSync(join(root, 'dist/out.json'), '{}')
  writeFileSync(join(root, 'big.json'), `"${'x'.repeat(600 * 1024)}"`)
  writeFileSync(join(root, 'a.json'), '{}')
  const files = await listJsonFiles(root)
  expect(files.map((file) => file.path)).toEqual(['a.json', 'infra/policies/bucket.json'])
  expect(files[1]?.text).toBe('{"Statement": []}')
  expect(await listJsonFiles(join(root, 'missing'))).toEqual([])
})

test('the outputs publish sets are declared in action.yml', async () => {
  const { deps, recorded } = fakeDeps(github)
  await publish(denied(), settings, deps)
  const declared = Object.keys((parse(readFileSync(join(process.cwd(), 'action.yml'), 'utf8')) as { outputs: Record<string, unknown> }).outputs)
  for (const name of Object.keys(recorded.outputs)) expect(declared).toContain(name)
})

test('the default deps write files with their directory, read them back, list the workspace and fetch', async () => {
  const root = mkdtempSync(join(tmpdir(), 'doctor-deps-'))
  await defaultPublishDeps.writeFile(join(root, 'out', 'deep', 'report.md'), '# report')
  expect(await defaultPublishDeps.readFile(join(root, 'out', 'deep', 'report.md'))).toBe('# report')
  writeFileSync(join(root, 'policy.json'), '{"Statement": []}')
  const saved = process.env['GITHUB_WORKSPACE']
  process.env['GITHUB_WORKSPACE'] = root
  try {
    expect((await defaultPublishDeps.repositoryFiles()).map((file) => file.path)).toEqual(['policy.json'])
  } finally {
    if (saved === undefined) delete process.env['GITHUB_WORKSPACE']
    else process.env['GITHUB_WORKSPACE'] = saved
  }
  const fetchImpl: FetchLike = defaultPublishDeps.fetch
  const response = await fetchImpl(`${github.url}/repos/octo/app/issues/1/comments`, { method: 'GET', headers: {} })
  expect(response.status).toBe(200)
})

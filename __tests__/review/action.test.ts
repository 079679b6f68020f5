/**
 * `mode: review` with its dependencies injected (git, the event, files, outputs, the report), and the
 * real git reading against a throwaway repository.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultReviewDeps, gitShow, pullRequestCommitsFrom, runReviewMode, type ReviewDeps } from '../../src/action/review.js'
import { readSettings, type Settings } from '../../src/action/settings.js'
import { fixture } from './helpers.js'

function settings(inputs: Record<string, string>): Settings {
  return readSettings((name) => inputs[name] ?? '')
}

interface Recorded {
  deps: ReviewDeps
  outputs: Record<string, string>
  posted: string[]
  reads: string[]
}

/** Files by revision: `base` through readAtRevision, `work` the working tree. */
function fakeDeps(base: Record<string, string>, work: Record<string, string>): Recorded {
  const outputs: Record<string, string> = {}
  const posted: string[] = []
  const reads: string[] = []
  const deps: ReviewDeps = {
    readAtRevision: async (revision, path) => {
      reads.push(`${revision}:${path}`)
      return base[path] ?? null
    },
    pullRequestCommits: async () => ({ base: 'b'.repeat(40), head: 'h'.repeat(40) }),
    readWorkingFile: async (path) => work[path] ?? null,
    setOutput: (name, value) => {
      outputs[name] = value
    },
    postReport: async (markdown) => {
      posted.push(markdown)
    },
    info: () => undefined
  }
  return { deps, outputs, posted, reads }
}

describe('runReviewMode', () => {
  test('input plan: both sides from one plan; the report is posted, broken counted, the failure returned', async () => {
    const { deps, outputs, posted, reads } = fakeDeps({}, { '.github/s3-access.yml': fixture('s3-access.yml'), 'plan.json': fixture('artifacts-plan.json') })
    const outcome = await runReviewMode(settings({ mode: 'review', plan: 'plan.json' }), deps)
    expect(outputs).toEqual({ broken: '1' })
    expect(posted).toHaveLength(1)
    expect(posted[0]).toContain('DenyUploadsOutsideVpce')
    expect(outcome.failure).toContain('CI uploads builds (s3:PutObject)')
    expect(outcome.commits).toBeNull()
    expect(reads).toEqual([])
  })

  test('input template: the base read at the base commit, the head from the working tree', async () => {
    const { deps, reads, outputs } = fakeDeps(
      { 'infra/artifacts.yaml': fixture('artifacts-base.yaml') },
      { 'access.yml': fixture('s3-access-cfn.yml'), 'infra/artifacts.yaml': fixture('artifacts-head.yaml') }
    )
    const outcome = await runReviewMode(settings({ mode: 'review', template: 'infra/artifacts.yaml', expectations: 'access.yml' }), deps)
    expect(reads).toEqual([`${'b'.repeat(40)}:infra/artifacts.yaml`])
    expect(outputs['broken']).toBe('1')
    expect(outcome.report.results.find((result) => result.name === 'CI uploads builds')?.status).toBe('broken')
  })

  test('a template the pull request adds: the base defines nothing', async () => {
    const { deps } = fakeDeps({}, { 'access.yml': fixture('s3-access-cfn.yml'), 't.yaml': fixture('artifacts-head.yaml') })
    const outcome = await runReviewMode(settings({ mode: 'review', template: 't.yaml', expectations: 'access.yml', 'fail-on': 'never' }), deps)
    expect(outcome.report.results.every((result) => result.base === 'unknown')).toBe(true)
    expect(outcome.failure).toBeNull()
  })

  test('plain policy files mapped by the expectations file, at both commits', async () => {
    const base: Record<string, string> = {}
    const work: Record<string, string> = { '.github/s3-access.yml': fixture('s3-access-files.yml') }
    for (const name of ['bucket-policy.json', 'ci-deploy.json', 'boundary.json', 'scp.json', 'key-policy.json']) base[name] = fixture(`policies-base/${name}`)
    for (const name of ['bucket-policy.json', 'ci-deploy.json', 'boundary.json', 'scp.json', 'key-policy.json', 'endpoint.json']) work[name] = fixture(`policies-head/${name}`)
    const { deps, reads } = fakeDeps(base, work)
    const outcome = await runReviewMode(settings({ mode: 'review', 'fail-on': 'any-change' }), deps)
    expect(reads).toHaveLength(6)
    expect(outcome.failure).toMatch(/1 expectation fails: CI uploads builds.*1 new broad grant/)
  })

  test.each([
    ['no expectations file', {}, { mode: 'review', plan: 'p.json' }, /The expectations file \(input expectations\) \.github\/s3-access\.yml does not exist/],
    ['no source at all', { '.github/s3-access.yml': fixture('s3-access.yml') }, { mode: 'review' }, /needs input plan .*, input template .*, or a policies: mapping/],
    ['an invalid expectations file', { '.github/s3-access.yml': 'version: 2\nexpectations: []\n' }, { mode: 'review', plan: 'p.json' }, /\.github\/s3-access\.yml: version: expected 1, got 2/]
  ])('%s fails with a message saying what to do', async (_name, work, inputs, message) => {
    const { deps } = fakeDeps({}, work)
    await expect(runReviewMode(settings(inputs), deps)).rejects.toThrow(message)
  })
})

describe('the pull request commits from the event payload', () => {
  test('pull_request.base.sha and head.sha', () => {
    expect(pullRequestCommitsFrom(JSON.stringify({ pull_request: { number: 7, base: { sha: 'abc' }, head: { sha: 'def' } } }))).toEqual({ base: 'abc', head: 'def' })
  })
  test.each([['a push event', JSON.stringify({ ref: 'refs/heads/main' })], ['no payload', null], ['a payload that is not JSON', '{']])('%s: a message naming what is needed', (_name, payload) => {
    expect(() => pullRequestCommitsFrom(payload)).toThrow(/run it on pull_request events, or give input plan/)
  })
})

describe('git show at a revision', () => {
  const repo = mkdtempSync(join(tmpdir(), 'review-git-'))
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  let first = ''
  const cwd = process.cwd()
  beforeAll(() => {
    git('init', '-q')
    git('config', 'user.email', 'test@example.com')
    git('config', 'user.name', 'test')
    mkdirSync(join(repo, 'infra'))
    writeFileSync(join(repo, 'infra', 'policy.json'), '{"v": 1}')
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    first = git('rev-parse', 'HEAD')
    writeFileSync(join(repo, 'infra', 'policy.json'), '{"v": 2}')
    writeFileSync(join(repo, 'added.json'), '{}')
    git('add', '.')
    git('commit', '-q', '-m', 'head')
    process.chdir(repo)
  })
  afterAll(() => process.chdir(cwd))

  test('the file as it was at the revision', async () => {
    expect(await gitShow(first, 'infra/policy.json')).toBe('{"v": 1}')
    expect(await gitShow(first, './infra/policy.json')).toBe('{"v": 1}')
  })
  test('a file the revision does not have: null', async () => {
    expect(await gitShow(first, 'added.json')).toBeNull()
  })
  test('a revision the clone does not have: an error saying to fetch it', async () => {
    await expect(gitShow('0'.repeat(40), 'infra/policy.json')).rejects.toThrow(/fetch-depth: 0/)
  })
  test('the default dependencies: git, the event file, the working tree', async () => {
    const event = join(repo, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: first }, head: { sha: 'f'.repeat(40) } } }))
    const posted: string[] = []
    const deps = defaultReviewDeps({ setOutput: () => undefined, postReport: async (markdown) => void posted.push(markdown), info: () => undefined }, { GITHUB_EVENT_PATH: event })
    expect(await deps.pullRequestCommits()).toEqual({ base: first, head: 'f'.repeat(40) })
    expect(await deps.readAtRevision(first, 'infra/policy.json')).toBe('{"v": 1}')
    expect(await deps.readWorkingFile('infra/policy.json')).toBe('{"v": 2}')
    expect(await deps.readWorkingFile('nothing-here.json')).toBeNull()
    await deps.postReport('report')
    expect(posted).toEqual(['report'])
    await expect(defaultReviewDeps({ setOutput: () => undefined, postReport: async () => undefined, info: () => undefined }, {}).pullRequestCommits()).rejects.toThrow(/no pull_request/)
  })
  test('a revision that is not one is refused before git runs', async () => {
    await expect(gitShow('--output=/tmp/x', 'a')).rejects.toThrow(/not a git revision/)
  })
})

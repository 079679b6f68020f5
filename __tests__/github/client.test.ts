/**
 * The pull request comment upsert against a loopback server speaking the GitHub REST shapes
 * (https://docs.github.com/rest/issues/comments): create, update in place (found by its hidden
 * marker, across pages), and every failure as `skipped` with a reason, never a throw. On a pull
 * request from a fork the workflow's token is read-only and writes answer 403 "Resource not
 * accessible by integration" (https://docs.github.com/actions/reference/github_token-reference).
 */
import { createGitHubClient, type FetchLike } from '../../src/github/client.js'
import { seedComments, startFakeGitHub, type FakeGitHub } from './server.js'

const token = 'ghs_L00pbackT0kenNeverPrinted0123456789ab'
const marker = '<!-- s3-403-doctor:0123456789abcdef -->'
const request = { owner: 'octo', repo: 'app', issueNumber: 7, marker }
const realFetch: FetchLike = (url, init) => fetch(url, init)

let github: FakeGitHub
let other: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
  other = await startFakeGitHub()
})
afterEach(async () => {
  await github.close()
  await other.close()
})

const client = (fetchImpl: FetchLike = realFetch) => createGitHubClient({ baseUrl: github.url, token, fetch: fetchImpl })
const writes = () => github.requests.filter((recorded) => recorded.method !== 'GET')

describe('upsertComment', () => {
  test('creates the comment when there is none, with the API’s headers', async () => {
    seedComments(github, 7, 3)
    const result = await client().upsertComment({ ...request, body: `${marker}\nfirst` })
    expect(result).toEqual({ action: 'created', id: 1000, url: 'https://github.com/octo/app/pull/7#issuecomment-1000' })
    expect(github.comments.get(7)?.at(-1)?.body).toBe(`${marker}\nfirst`)
    expect(github.requests.map((recorded) => `${recorded.method} ${recorded.path}`)).toEqual(['GET /repos/octo/app/issues/7/comments?per_page=100', 'POST /repos/octo/app/issues/7/comments'])
    for (const recorded of github.requests) {
      expect(recorded).toMatchObject({ authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', apiVersion: '2022-11-28', userAgent: 's3-403-doctor' })
    }
  })

  test('updates its own comment on the next run instead of adding another, even on a later page', async () => {
    seedComments(github, 7, 150)
    github.comments.get(7)?.push({ id: 900, body: `${marker}\nold report`, html_url: 'https://github.com/octo/app/pull/7#issuecomment-900', user: { login: 'github-actions[bot]', type: 'Bot' } })
    seedComments(github, 7, 60, 2000)
    const result = await client().upsertComment({ ...request, body: `${marker}\nnew report` })
    expect(result).toEqual({ action: 'updated', id: 900, url: 'https://github.com/octo/app/pull/7#issuecomment-900' })
    expect(github.comments.get(7)?.length).toBe(211)
    expect(github.comments.get(7)?.find((comment) => comment.id === 900)?.body).toBe(`${marker}\nnew report`)
    expect(github.requests.map((recorded) => `${recorded.method} ${recorded.path}`)).toEqual([
      'GET /repos/octo/app/issues/7/comments?per_page=100',
      'GET /repos/octo/app/issues/7/comments?per_page=100&page=2',
      'PATCH /repos/octo/app/issues/comments/900'
    ])
  })

  test('two runs in a row: one comment, created then updated', async () => {
    await client().upsertComment({ ...request, body: `${marker}\nrun 1` })
    const second = await client().upsertComment({ ...request, body: `${marker}\nrun 2` })
    expect(second.action).toBe('updated')
    expect(github.comments.get(7)?.map((comment) => comment.body)).toEqual([`${marker}\nrun 2`])
  })

  test('a comment with another marker (another job’s report) is left alone', async () => {
    github.comments.set(7, [{ id: 5, body: '<!-- s3-403-doctor:ffffffffffffffff -->\nother job', html_url: 'x', user: { login: 'github-actions[bot]', type: 'Bot' } }])
    const result = await client().upsertComment({ ...request, body: `${marker}\nmine` })
    expect(result.action).toBe('created')
    expect(github.comments.get(7)?.[0]?.body).toBe('<!-- s3-403-doctor:ffffffffffffffff -->\nother job')
  })

  test('create: false only updates: without an earlier comment nothing is posted', async () => {
    const result = await client().upsertComment({ ...request, body: `${marker}\nallowed now`, create: false })
    expect(result).toMatchObject({ action: 'skipped', code: 'no-existing-comment' })
    expect(writes()).toEqual([])
  })

  test.each([
    ['a pull request from a fork (read-only token: 403 on create)', 'read-only', 'forbidden', 403, /POST \/repos\/octo\/app\/issues\/7\/comments answered 403 "Resource not accessible by integration"/],
    ['a job without pull-requests: write (403)', 'read-only', 'forbidden', 403, /403/],
    ['a token that cannot see the repository (404)', 'not-found', 'not-found', 404, /answered 404 "Not Found": the token cannot see this pull request/],
    ['a bad token (401)', 'unauthorized', 'unauthorized', 401, /answered 401 "Bad credentials": the token is not valid/],
    ['an exhausted rate limit (403 with x-ratelimit-remaining: 0)', 'rate-limited', 'rate-limited', 403, /rate limit/]
  ] as const)('%s: skipped with a reason, never thrown', async (_name, behaviour, code, status, reason) => {
    github.behaviour = behaviour
    const result = await client().upsertComment({ ...request, body: `${marker}\nreport` })
    expect(result).toMatchObject({ action: 'skipped', code, status })
    expect(result.action === 'skipped' ? result.reason : '').toMatch(reason)
    expect(JSON.stringify(result)).not.toContain(token)
  })

  test('an update refused with 403 (a fork, an existing comment) is skipped too', async () => {
    github.comments.set(7, [{ id: 5, body: `${marker}\nold`, html_url: 'x', user: { login: 'github-actions[bot]', type: 'Bot' } }])
    github.behaviour = 'read-only'
    const result = await client().upsertComment({ ...request, body: `${marker}\nnew` })
    expect(result).toMatchObject({ action: 'skipped', code: 'forbidden', status: 403 })
    expect(github.comments.get(7)?.[0]?.body).toBe(`${marker}\nold`)
  })

  test('an API that cannot be reached: skipped, and the token is not in the reason even if the error names it', async () => {
    const failing: FetchLike = async () => {
      throw new Error(`connect ECONNREFUSED (Authorization: Bearer ${token})`)
    }
    const result = await client(failing).upsertComment({ ...request, body: 'x' })
    expect(result).toMatchObject({ action: 'skipped', code: 'unreachable', status: null })
    expect(JSON.stringify(result)).not.toContain(token)
    expect(JSON.stringify(result)).toContain('[REDACTED]')
  })

  test('a closed port: skipped as unreachable', async () => {
    const closed = await startFakeGitHub()
    await closed.close()
    const result = await createGitHubClient({ baseUrl: closed.url, token, fetch: realFetch, timeoutMs: 2000 }).upsertComment({ ...request, body: 'x' })
    expect(result).toMatchObject({ action: 'skipped', code: 'unreachable' })
  })

  test('a Link header to another origin is not followed: the token never leaves the API’s origin', async () => {
    seedComments(github, 7, 120)
    github.nextLinkOverride = `${other.url}/repos/octo/app/issues/7/comments?per_page=100&page=2`
    const result = await client().upsertComment({ ...request, body: `${marker}\nreport` })
    expect(result.action).toBe('created')
    expect(other.requests).toEqual([])
  })

  test('an answer that is not a list of comments: skipped', async () => {
    const odd: FetchLike = async () => ({ status: 200, headers: { get: () => null }, text: async () => '{"message":"not a list"}' })
    expect(await client(odd).upsertComment({ ...request, body: 'x' })).toMatchObject({ action: 'skipped', code: 'error' })
  })

  /** A fetch that answers the listing with `list` and the write with `write`. */
  const scripted = (list: { status: number; text: string }, write: { status: number; text: string }): FetchLike =>
    async (_url, init) => {
      const answer = init.method === 'GET' ? list : write
      return { status: answer.status, headers: { get: () => null }, text: async () => answer.text }
    }

  test.each([
    ['a server error with an HTML page', scripted({ status: 502, text: '<html>\n<body>Bad   gateway</body></html>' }, { status: 201, text: '{}' }), { code: 'error', status: 502 }, /GET \/repos\/octo\/app\/issues\/7\/comments answered 502 "<html> <body>Bad gateway<\/body><\/html>"/],
    ['a body GitHub finds too long (422)', scripted({ status: 200, text: '[]' }, { status: 422, text: '{"message": "Validation Failed: body is too long (maximum is 65536 characters)"}' }), { code: 'too-long', status: 422 }, /answered 422/],
    ['a listing that is not JSON', scripted({ status: 200, text: 'not json' }, { status: 201, text: '{}' }), { code: 'error', status: 200 }, /did not answer JSON/]
  ])('%s: skipped', async (_name, fetchImpl, expected, reason) => {
    const result = await client(fetchImpl).upsertComment({ ...request, body: 'x' })
    expect(result).toMatchObject({ action: 'skipped', ...expected })
    expect(result.action === 'skipped' ? result.reason : '').toMatch(reason)
  })

  test('a created comment whose answer is not JSON still counts as created', async () => {
    const result = await client(scripted({ status: 200, text: '[]' }, { status: 201, text: 'ok' })).upsertComment({ ...request, body: 'x' })
    expect(result).toEqual({ action: 'created', id: 0, url: null })
  })

  test('a GitHub Enterprise Server base URL with a path', async () => {
    const enterprise: string[] = []
    const recording: FetchLike = async (url) => {
      enterprise.push(url)
      return { status: 200, headers: { get: () => null }, text: async () => (url.endsWith('comments?per_page=100') ? '[]' : '{"id": 1, "html_url": "https://ghe.example/o/r/pull/7#issuecomment-1"}') }
    }
    const result = await createGitHubClient({ baseUrl: 'https://ghe.example/api/v3/', token, fetch: recording }).upsertComment({ ...request, body: 'x' })
    expect(result).toEqual({ action: 'created', id: 1, url: 'https://ghe.example/o/r/pull/7#issuecomment-1' })
    expect(enterprise).toEqual(['https://ghe.example/api/v3/repos/octo/app/issues/7/comments?per_page=100', 'https://ghe.example/api/v3/repos/octo/app/issues/7/comments'])
  })
})

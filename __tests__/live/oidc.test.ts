/**
 * The OIDC side of a failed assume: the token's claims, the `sub` forms, a trust statement that
 * admits this run, and the trust policy evaluated with the claims as context.
 * GitHub claims and sub forms: https://docs.github.com/actions/reference/openid-connect-reference
 * Immutable sub: https://github.blog/changelog/2026-04-23-immutable-subject-claims-for-github-actions-oidc-tokens/
 * AWS trust policy for GitHub: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html
 * Fork pull requests: https://docs.github.com/actions/security-for-github-actions/security-guides/automatic-token-authentication
 */
import {
  decodeJwtClaims,
  defaultSubject,
  evaluateTrustPolicy,
  explainAssumeRoleFailure,
  explainMissingToken,
  MalformedTokenError,
  parseSubject,
  providerArn,
  suggestTrustStatement,
  type OidcClaims
} from '../../src/live/oidc.js'
import type { PolicyDocument } from '../../src/scenario/types.js'

const ROLE = 'arn:aws:iam::111122223333:role/ci-deploy'
const PROVIDER = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'

/** An unsigned JWT with these claims (the signature part is a placeholder: nothing verifies it). */
function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${part(claims)}.c2lnbmF0dXJl`
}

const MAIN = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'sts.amazonaws.com',
  sub: 'repo:octo-org/app:ref:refs/heads/main',
  repository: 'octo-org/app',
  repository_id: '456789',
  repository_owner: 'octo-org',
  repository_owner_id: '123456',
  ref: 'refs/heads/main',
  ref_type: 'branch',
  event_name: 'push',
  job_workflow_ref: 'octo-org/app/.github/workflows/deploy.yml@refs/heads/main',
  run_id: 42,
  exp: 1900000000
}

describe('decodeJwtClaims', () => {
  test('reads the claims of a GitHub token', () => {
    const claims = decodeJwtClaims(jwt(MAIN))
    expect(claims).toMatchObject({ sub: MAIN.sub, aud: 'sts.amazonaws.com', repository: 'octo-org/app', ref: 'refs/heads/main', job_workflow_ref: MAIN.job_workflow_ref, exp: 1900000000 })
    expect(claims.all['run_id']).toBe(42)
  })

  test('an audience list stays a list', () => {
    expect(decodeJwtClaims(jwt({ ...MAIN, aud: ['sts.amazonaws.com', 'other'] })).aud).toEqual(['sts.amazonaws.com', 'other'])
  })

  const malformed = [
    { name: 'two parts', token: 'abc.def' },
    { name: 'an empty part', token: 'abc..def' },
    { name: 'a payload that is not base64 JSON', token: 'abc.!!!.def' },
    { name: 'a payload that is a JSON array', token: `x.${Buffer.from('[1]').toString('base64url')}.y` },
    { name: 'an empty string', token: '' }
  ]
  test.each(malformed)('$name → MalformedTokenError, without the token in the message', ({ token }) => {
    let caught: unknown
    try {
      decodeJwtClaims(token)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(MalformedTokenError)
    if (token.length > 3) expect((caught as Error).message).not.toContain(token)
  })
})

describe('parseSubject', () => {
  const rows = [
    { sub: 'repo:octo-org/app:ref:refs/heads/main', expected: { repository: 'octo-org/app', immutable: false, context: 'ref', value: 'refs/heads/main' } },
    { sub: 'repo:octo-org/app:ref:refs/tags/v1.2.0', expected: { context: 'ref', value: 'refs/tags/v1.2.0' } },
    { sub: 'repo:octo-org/app:environment:production', expected: { context: 'environment', value: 'production' } },
    { sub: 'repo:octo-org/app:pull_request', expected: { context: 'pull_request', value: null } },
    {
      sub: 'repo:octocat@123456/my-repo@456789:ref:refs/heads/main',
      expected: { repository: 'octocat/my-repo', ownerId: '123456', repositoryId: '456789', immutable: true, context: 'ref', value: 'refs/heads/main' }
    },
    { sub: 'repo:octocat@123456/my-repo@456789:environment:prod', expected: { immutable: true, context: 'environment', value: 'prod' } },
    { sub: 'repo:octo-org/app:environment:prod:job_workflow_ref:octo-org/wf/.github/workflows/x.yml@refs/heads/main', expected: { context: 'custom' } },
    { sub: 'repository_owner:octo-org:context:prod', expected: { repository: null, context: 'custom' } }
  ]
  test.each(rows)('$sub', ({ sub, expected }) => {
    expect(parseSubject(sub)).toMatchObject(expected)
  })
})

describe('defaultSubject', () => {
  const rows: { name: string; claims: Partial<OidcClaims>; expected: string | null }[] = [
    { name: 'a branch push', claims: { repository: 'o/r', ref: 'refs/heads/main', event_name: 'push' }, expected: 'repo:o/r:ref:refs/heads/main' },
    { name: 'an environment wins over the ref', claims: { repository: 'o/r', ref: 'refs/heads/main', environment: 'prod' }, expected: 'repo:o/r:environment:prod' },
    { name: 'a pull request', claims: { repository: 'o/r', ref: 'refs/pull/7/merge', event_name: 'pull_request' }, expected: 'repo:o/r:pull_request' },
    {
      name: 'the immutable form when the token uses it',
      claims: { repository: 'o/r', repository_owner_id: '1', repository_id: '2', ref: 'refs/heads/main', sub: 'repo:o@1/r@2:ref:refs/heads/main' },
      expected: 'repo:o@1/r@2:ref:refs/heads/main'
    },
    { name: 'no repository claim', claims: { ref: 'refs/heads/main' }, expected: null }
  ]
  test.each(rows)('$name', ({ claims, expected }) => {
    expect(defaultSubject({ all: {}, ...claims } as OidcClaims)).toBe(expected)
  })
})

test('suggestTrustStatement admits exactly this sub and aud, for the provider in the role’s account', () => {
  expect(suggestTrustStatement(ROLE, decodeJwtClaims(jwt(MAIN)), 'sts.amazonaws.com')).toEqual({
    Sid: 'GitHubActionsOidc',
    Effect: 'Allow',
    Principal: { Federated: PROVIDER },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': MAIN.sub } }
  })
  expect(providerArn('arn:aws-cn:iam::222233334444:role/x', null)).toBe('arn:aws-cn:iam::222233334444:oidc-provider/token.actions.githubusercontent.com')
  expect(suggestTrustStatement(ROLE, null, 'sts.amazonaws.com')).toBeNull()
})

test('the suggested statement, evaluated, admits the token it was made from', () => {
  const claims = decodeJwtClaims(jwt({ ...MAIN, environment: 'prod', sub: 'repo:octo-org/app:environment:prod' }))
  const statement = suggestTrustStatement(ROLE, claims, 'sts.amazonaws.com')
  expect(statement).not.toBeNull()
  const document = { Version: '2012-10-17', Statement: [statement] } as PolicyDocument
  expect(evaluateTrustPolicy(document, { kind: 'web-identity', claims }, ROLE).decision).toBe('allow')
})

function trust(condition: Record<string, Record<string, string | string[]>>, extra: Record<string, unknown> = {}): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'GitHub', Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition, ...extra }]
  } as PolicyDocument
}

describe('evaluateTrustPolicy with the token’s claims', () => {
  const aud = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }
  const rows: { name: string; document: PolicyDocument; claims: Record<string, unknown>; decision: string; summary: RegExp }[] = [
    {
      name: 'StringLike on the repository admits a branch',
      document: trust({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:*' } }),
      claims: MAIN,
      decision: 'allow',
      summary: /admits this token/
    },
    {
      name: 'a branch condition does not admit an environment job',
      document: trust({ StringEquals: aud, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' } }),
      claims: { ...MAIN, environment: 'prod', sub: 'repo:octo-org/app:environment:prod' },
      decision: 'implicit-deny',
      summary: /StringLike on token\.actions\.githubusercontent\.com:sub expects "repo:octo-org\/app:ref:refs\/heads\/main", this request has "repo:octo-org\/app:environment:prod"/
    },
    {
      name: 'a name-only condition does not admit the immutable sub',
      document: trust({ StringEquals: { ...aud, 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' } }),
      claims: { ...MAIN, sub: 'repo:octo-org@123456/app@456789:ref:refs/heads/main' },
      decision: 'implicit-deny',
      summary: /StringEquals on token\.actions\.githubusercontent\.com:sub/
    },
    {
      name: 'a wrong audience',
      document: trust({ StringEquals: aud }),
      claims: { ...MAIN, aud: 'https://github.com/octo-org' },
      decision: 'implicit-deny',
      summary: /:aud expects "sts\.amazonaws\.com", this request has "https:\/\/github\.com\/octo-org"/
    },
    {
      name: 'a provider in another account',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }]
      } as PolicyDocument,
      claims: MAIN,
      decision: 'implicit-deny',
      summary: /names the provider arn:aws:iam::111122223333:oidc-provider\/token\.actions\.githubusercontent\.com/
    },
    {
      name: 'a statement for sts:AssumeRole only',
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRole' }] } as PolicyDocument,
      claims: MAIN,
      decision: 'implicit-deny',
      summary: /No Allow statement of the trust policy names sts:AssumeRoleWithWebIdentity/
    },
    {
      name: 'an explicit Deny on a workflow',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Allow', Effect: 'Allow', Principal: { Federated: PROVIDER }, Action: 'sts:AssumeRoleWithWebIdentity' },
          {
            Sid: 'DenyOtherWorkflows',
            Effect: 'Deny',
            Principal: { Federated: PROVIDER },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringNotLike: { 'token.actions.githubusercontent.com:job_workflow_ref': 'octo-org/app/.github/workflows/release.yml@*' } }
          }
        ]
      } as PolicyDocument,
      claims: MAIN,
      decision: 'explicit-deny',
      summary: /DenyOtherWorkflows denies/
    }
  ]
  test.each(rows)('$name → $decision', ({ document, claims, decision, summary }) => {
    const evaluation = evaluateTrustPolicy(document, { kind: 'web-identity', claims: decodeJwtClaims(jwt(claims)) }, ROLE)
    expect(evaluation.decision).toBe(decision)
    expect(evaluation.summary).toMatch(summary)
  })
})

describe('evaluateTrustPolicy for AssumeRole (no OIDC)', () => {
  const rows: { name: string; principal: unknown; decision: string }[] = [
    { name: 'the caller’s role is named', principal: { AWS: 'arn:aws:iam::111122223333:role/base' }, decision: 'allow' },
    { name: 'the caller’s account is named', principal: { AWS: 'arn:aws:iam::111122223333:root' }, decision: 'allow' },
    { name: 'another role is named', principal: { AWS: 'arn:aws:iam::111122223333:role/other' }, decision: 'implicit-deny' }
  ]
  test.each(rows)('$name → $decision', ({ principal, decision }) => {
    const document = { Version: '2012-10-17', Statement: [{ Sid: 'Trust', Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] } as PolicyDocument
    const evaluation = evaluateTrustPolicy(
      document,
      { kind: 'assume-role', callerArn: 'arn:aws:sts::111122223333:assumed-role/base/s1', identityArn: 'arn:aws:iam::111122223333:role/base' },
      ROLE
    )
    expect(evaluation.decision).toBe(decision)
  })
})

const denied = Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), { name: 'AccessDenied', Code: 'AccessDenied', $metadata: { httpStatusCode: 403, requestId: 'r-1' } })

describe('explainAssumeRoleFailure', () => {
  const rows: { name: string; error: Error; cause: string }[] = [
    { name: 'trust policy refused', error: denied, cause: 'trust-policy' },
    {
      name: 'no OIDC provider in the account',
      error: Object.assign(new Error('No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'), { name: 'InvalidIdentityToken', $metadata: { httpStatusCode: 400 } }),
      cause: 'no-oidc-provider'
    },
    { name: 'audience', error: Object.assign(new Error('Incorrect token audience'), { name: 'InvalidIdentityToken', $metadata: { httpStatusCode: 400 } }), cause: 'audience' },
    { name: 'expired token', error: Object.assign(new Error('Token expired: current date/time 1 must be before the expiration date/time 0'), { name: 'ExpiredTokenException', $metadata: { httpStatusCode: 400 } }), cause: 'token-expired' },
    { name: 'issuer unreachable', error: Object.assign(new Error("Couldn't retrieve verification key from your identity provider"), { name: 'IDPCommunicationError', $metadata: { httpStatusCode: 400 } }), cause: 'idp-unreachable' },
    {
      name: 'session too long',
      error: Object.assign(new Error('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'), { name: 'ValidationError', $metadata: { httpStatusCode: 400 } }),
      cause: 'session-duration'
    },
    { name: 'malformed role ARN', error: Object.assign(new Error('Request ARN is invalid'), { name: 'ValidationError', $metadata: { httpStatusCode: 400 } }), cause: 'invalid-role' },
    { name: 'STS Region disabled', error: Object.assign(new Error('STS is not activated in this region'), { name: 'RegionDisabledException', $metadata: { httpStatusCode: 403 } }), cause: 'region-disabled' },
    { name: 'anything else', error: Object.assign(new Error('boom'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } }), cause: 'other' }
  ]
  test.each(rows)('$name → $cause', ({ error, cause }) => {
    const diagnosis = explainAssumeRoleFailure(error, decodeJwtClaims(jwt(MAIN)), { roleArn: ROLE, audience: 'sts.amazonaws.com' })
    expect(diagnosis.cause).toBe(cause)
    expect(diagnosis.expectedSub).toBe(MAIN.sub)
    expect(diagnosis.comparedClaims).toEqual(['token.actions.githubusercontent.com:sub', 'token.actions.githubusercontent.com:aud'])
    expect(diagnosis.suggestedTrustStatement).not.toBeNull()
  })

  test('with the trust policy readable: evaluated with the claims, and notes on environment and immutable subs', () => {
    const claims = decodeJwtClaims(jwt({ ...MAIN, environment: 'prod', sub: 'repo:octo-org@123456/app@456789:environment:prod' }))
    const diagnosis = explainAssumeRoleFailure(denied, claims, {
      roleArn: ROLE,
      audience: 'sts.amazonaws.com',
      trustPolicy: trust({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/*' } })
    })
    expect(diagnosis.evaluation?.decision).toBe('implicit-deny')
    expect(diagnosis.notes.join('\n')).toMatch(/immutable subject/)
    expect(diagnosis.notes.join('\n')).toMatch(/environment "prod"/)
    expect(diagnosis.subject).toMatchObject({ immutable: true, context: 'environment' })
  })

  test('an unreadable trust policy is named in the notes, with the permission that would read it', () => {
    const diagnosis = explainAssumeRoleFailure(denied, null, { roleArn: ROLE, audience: 'sts.amazonaws.com', trustPolicyError: 'AccessDenied: iam:GetRole' })
    expect(diagnosis.notes.join('\n')).toMatch(/iam:GetRole on arn:aws:iam::111122223333:role\/ci-deploy/)
    expect(diagnosis.evaluation).toBeUndefined()
  })

  test('a trust policy that does not parse is noted, not thrown', () => {
    const diagnosis = explainAssumeRoleFailure(denied, decodeJwtClaims(jwt(MAIN)), {
      roleArn: ROLE,
      audience: 'sts.amazonaws.com',
      trustPolicy: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity', Principal: { Federated: PROVIDER }, Condition: { NoSuchOperator: { a: 'b' } } }] } as PolicyDocument
    })
    expect(diagnosis.notes.join('\n')).toMatch(/could not be evaluated/)
  })

  test('an audience other than the input is noted', () => {
    const diagnosis = explainAssumeRoleFailure(denied, decodeJwtClaims(jwt({ ...MAIN, aud: 'custom' })), { roleArn: ROLE, audience: 'sts.amazonaws.com' })
    expect(diagnosis.notes.join('\n')).toMatch(/aud is custom/)
  })

  test('AssumeRole without OIDC: the caller’s identity policy, told apart from the trust policy', () => {
    const error = Object.assign(
      new Error('User: arn:aws:sts::111122223333:assumed-role/base/s1 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/ci-deploy because no identity-based policy allows the sts:AssumeRole action'),
      { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }
    )
    const diagnosis = explainAssumeRoleFailure(error, null, {
      roleArn: ROLE,
      audience: 'sts.amazonaws.com',
      callerArn: 'arn:aws:sts::111122223333:assumed-role/base/s1',
      callerIdentityArn: 'arn:aws:iam::111122223333:role/base'
    })
    expect(diagnosis.cause).toBe('identity-policy')
    expect(diagnosis.comparedClaims).toEqual(['aws:PrincipalArn', 'sts:ExternalId'])
    expect(diagnosis.suggestedTrustStatement).toEqual({ Sid: 'AllowCallerToAssume', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/base' }, Action: 'sts:AssumeRole' })
  })
})

describe('explainMissingToken', () => {
  const actions = { GITHUB_ACTIONS: 'true' }
  const forkEvent = { pull_request: { head: { repo: { full_name: 'someone/app', fork: true } }, base: { repo: { full_name: 'octo-org/app' } } } }
  const sameRepoEvent = { pull_request: { head: { repo: { full_name: 'octo-org/app', fork: false } }, base: { repo: { full_name: 'octo-org/app' } } } }
  const rows: { name: string; env: Record<string, string>; event?: unknown; cause: string }[] = [
    { name: 'outside GitHub Actions', env: {}, cause: 'not-github-actions' },
    { name: 'a fork pull request', env: { ...actions, GITHUB_EVENT_NAME: 'pull_request' }, event: forkEvent, cause: 'fork-pull-request' },
    { name: 'a pull request whose fork was deleted', env: { ...actions, GITHUB_EVENT_NAME: 'pull_request' }, event: { pull_request: { head: { repo: null }, base: { repo: { full_name: 'o/a' } } } }, cause: 'fork-pull-request' },
    { name: 'a same-repository pull request without id-token: write', env: { ...actions, GITHUB_EVENT_NAME: 'pull_request' }, event: sameRepoEvent, cause: 'missing-id-token-permission' },
    { name: 'Dependabot', env: { ...actions, GITHUB_EVENT_NAME: 'pull_request', GITHUB_ACTOR: 'dependabot[bot]' }, event: sameRepoEvent, cause: 'dependabot' },
    { name: 'a push without id-token: write', env: { ...actions, GITHUB_EVENT_NAME: 'push' }, cause: 'missing-id-token-permission' },
    {
      name: 'the token request itself failed',
      env: { ...actions, GITHUB_EVENT_NAME: 'push', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://example.invalid', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x' },
      cause: 'token-request-failed'
    }
  ]
  test.each(rows)('$name → $cause', ({ env, event, cause }) => {
    const explanation = explainMissingToken(env, event)
    expect(explanation.cause).toBe(cause)
    expect(explanation.summary.length).toBeGreaterThan(20)
  })

  test('missing id-token: write names the permission to add', () => {
    expect(explainMissingToken({ GITHUB_ACTIONS: 'true' }).summary).toMatch(/permissions: id-token: write/)
  })
})

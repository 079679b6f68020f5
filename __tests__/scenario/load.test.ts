import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ScenarioError } from '../../src/scenario/errors.js'
import { MAX_ISSUES, loadScenario, parseScenario } from '../../src/scenario/load.js'
import { baseScenario, issuesOf, setAt } from './fixtures.js'
import type { Json } from './fixtures.js'

const EXAMPLES = '/work/shared/examples'

describe('the shared examples', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))

  test('there are 12 of them', () => {
    expect(files).toHaveLength(12)
  })

  test.each(files)('%s loads, and its expected outcome survives', (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8')
    const scenario = loadScenario(text)
    const raw = JSON.parse(text) as { expect: unknown; request: unknown }
    expect(scenario.version).toBe(1)
    expect(scenario.expect).toEqual(raw.expect)
    expect(scenario.request).toEqual(raw.request)
  })
})

test('a valid scenario loads unchanged (policy objects, ACL, objects map, unreadable-free)', () => {
  const input = baseScenario()
  expect(parseScenario(input)).toEqual(input)
  expect(loadScenario(JSON.stringify(input))).toEqual(input)
})

test('parseScenario never mutates its argument', () => {
  const input = baseScenario()
  setAt(input, ['bucket', 'policy'], JSON.stringify((baseScenario()['bucket'] as { policy: Json }).policy))
  setAt(input, ['request', 'headers'], { 'X-Amz-ACL': 'private' })
  const before = JSON.stringify(input)
  const loaded = parseScenario(input)
  expect(JSON.stringify(input)).toBe(before)
  expect(typeof loaded.bucket?.policy).toBe('object')
  expect(loaded.request.headers).toEqual({ 'x-amz-acl': 'private' })
})

test('header names are lower-cased on load; values are kept as written', () => {
  const input = baseScenario()
  setAt(input, ['request', 'headers'], { 'X-Amz-Server-Side-Encryption': 'aws:kms', 'x-amz-REQUEST-payer': 'Requester' })
  expect(parseScenario(input).request.headers).toEqual({
    'x-amz-server-side-encryption': 'aws:kms',
    'x-amz-request-payer': 'Requester'
  })
})

// Every layer the format marks Readable<...> in types.ts accepts {"unreadable": "..."}.
const UNREADABLE_PLACES: (string | number)[][] = [
  ['identity', 'policies'],
  ['identity', 'policies', 0, 'document'],
  ['identity', 'permissionsBoundary'],
  ['identity', 'sessionPolicies'],
  ['organization', 'serviceControlPolicies'],
  ['organization', 'resourceControlPolicies'],
  ['bucket', 'policy'],
  ['bucket', 'publicAccessBlock'],
  ['bucket', 'accountPublicAccessBlock'],
  ['bucket', 'objectOwnership'],
  ['bucket', 'acl'],
  ['bucket', 'encryption'],
  ['bucket', 'versioning'],
  ['bucket', 'objectLock'],
  ['bucket', 'requesterPays'],
  ['bucket', 'objects', 'builds/app.zip', 'acl'],
  ['bucket', 'objects', 'builds/app.zip', 'tags'],
  ['bucket', 'objects', 'builds/app.zip', 'retention'],
  ['bucket', 'objects', 'builds/app.zip', 'legalHold'],
  ['kmsKeys', 0, 'policy'],
  ['kmsKeys', 0, 'grants'],
  ['vpcEndpoints', 0, 'policy']
]

test.each(UNREADABLE_PLACES.map((path) => ({ name: path.join('.'), path })))('$name may be unreadable', ({ path }) => {
  const input = baseScenario()
  input['kmsKeys'] = [{ arn: 'arn:aws:kms:us-east-1:444455556666:key/k' }]
  input['vpcEndpoints'] = [{ id: 'vpce-1' }]
  setAt(input, path, { unreadable: 'AccessDenied: not authorized to read this' })
  const loaded = parseScenario(input) as unknown as Json
  let node = loaded
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json
  expect(node).toEqual({ unreadable: 'AccessDenied: not authorized to read this' })
})

// Policy grammar rows follow https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html:
// Effect is "Allow" | "Deny" (case sensitive); exactly one of Action/NotAction; at most one of Resource/NotResource
// and of Principal/NotPrincipal; a string Principal is only "*"; principal map keys AWS, Service, Federated,
// CanonicalUser; Statement required. ACL rows follow https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html
// (the three predefined group URIs, five permissions). Condition keys are case-insensitive:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
interface ErrorRow {
  name: string
  path: (string | number)[]
  value: Json | undefined
  issues: string[]
}

const S0 = ['bucket', 'policy', 'Statement', 0]
const ID_S0 = ['identity', 'policies', 0, 'document', 'Statement', 0]

const ERROR_ROWS: ErrorRow[] = [
  // the forms named in the brief
  { name: 'enum: Effect in the wrong case', path: ['bucket', 'policy', 'Statement', 2, 'Effect'], value: 'allow', issues: ['bucket.policy.Statement[2].Effect: expected "Allow" or "Deny", got "allow"'] },
  { name: 'required: request.action missing', path: ['request', 'action'], value: undefined, issues: ['request.action: required'] },
  {
    name: 'unknown statement element',
    path: [...ID_S0, 'Actions'],
    value: 's3:GetObject',
    issues: [
      'identity.policies[0].document.Statement[0].Actions: unknown element; expected one of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition'
    ]
  },
  { name: 'const: version 2', path: ['version'], value: 2, issues: ['version: expected 1, got 2'] },
  { name: 'pattern: short account id', path: ['bucket', 'account'], value: '12345', issues: ['bucket.account: expected a 12-digit account id, got "12345"'] },
  // types
  { name: 'type: bucket name a number', path: ['bucket', 'name'], value: 5, issues: ['bucket.name: expected a string, got 5'] },
  { name: 'type: version a string', path: ['version'], value: '1', issues: ['version: expected 1, got "1"'] },
  { name: 'type: request an array', path: ['request'], value: [], issues: ['request: expected an object, got an empty array'] },
  { name: 'type: Action a number', path: [...S0, 'Action'], value: 5, issues: ['bucket.policy.Statement[0].Action: expected a string or an array of strings, got 5'] },
  { name: 'type: Resource array holding a number', path: [...S0, 'Resource'], value: ['arn:aws:s3:::a', 7], issues: ['bucket.policy.Statement[0].Resource[1]: expected a string, got 7'] },
  { name: 'type: Sid a number', path: [...S0, 'Sid'], value: 1, issues: ['bucket.policy.Statement[0].Sid: expected a string, got 1'] },
  { name: 'type: a statement that is not an object', path: ['bucket', 'policy', 'Statement', 1], value: 'Allow', issues: ['bucket.policy.Statement[1]: expected a statement object, got "Allow"'] },
  { name: 'type: Statement a string', path: ['bucket', 'policy', 'Statement'], value: 'x', issues: ['bucket.policy.Statement: expected a statement object or a non-empty array of statements, got "x"'] },
  { name: 'type: header value a boolean', path: ['request', 'headers', 'x-amz-acl'], value: true, issues: ['request.headers.x-amz-acl: expected a string, got true'] },
  { name: 'type: context value a number', path: ['request', 'context', 'aws:SourceIp'], value: 5, issues: ['request.context.aws:SourceIp: expected a string or an array of strings, got 5'] },
  { name: 'type: context array holding a number', path: ['request', 'context', 'aws:SourceIp'], value: ['1.2.3.4', 5], issues: ['request.context.aws:SourceIp[1]: expected a string, got 5'] },
  { name: 'type: tag value a number', path: ['identity', 'tags', 'team'], value: 3, issues: ['identity.tags.team: expected a string, got 3'] },
  { name: 'type: policies an object', path: ['identity', 'policies'], value: { name: 'x' }, issues: ['identity.policies: expected an array, got an object'] },
  { name: 'type: requesterPays a string', path: ['bucket', 'requesterPays'], value: 'yes', issues: ['bucket.requesterPays: expected a boolean, got "yes"'] },
  { name: 'type: SCP levels not nested', path: ['organization', 'serviceControlPolicies'], value: [{ name: 'p', document: { Statement: { Effect: 'Allow', Action: '*' } } }], issues: ['organization.serviceControlPolicies[0]: expected an array, got an object'] },
  { name: 'type: expect.denial.statement a number', path: ['expect'], value: { decision: 'deny', denial: { policyType: 'acl', statement: 3 } }, issues: ['expect.denial.statement: expected a string or null, got 3'] },
  // statements
  { name: 'neither Action nor NotAction', path: [...S0, 'Action'], value: undefined, issues: ['bucket.policy.Statement[0]: needs Action or NotAction'] },
  { name: 'both Action and NotAction', path: [...S0, 'NotAction'], value: 's3:GetObject', issues: ['bucket.policy.Statement[0]: has both Action and NotAction; use only one'] },
  { name: 'both Resource and NotResource', path: [...S0, 'NotResource'], value: '*', issues: ['bucket.policy.Statement[0]: has both Resource and NotResource; use only one'] },
  { name: 'both Principal and NotPrincipal', path: [...S0, 'NotPrincipal'], value: '*', issues: ['bucket.policy.Statement[0]: has both Principal and NotPrincipal; use only one'] },
  { name: 'Effect missing', path: [...S0, 'Effect'], value: undefined, issues: ['bucket.policy.Statement[0].Effect: required'] },
  { name: 'Principal a string other than "*"', path: [...S0, 'Principal'], value: 'arn:aws:iam::123456789012:root', issues: ['bucket.policy.Statement[0].Principal: expected "*" or an object with AWS, Service, Federated or CanonicalUser, got "arn:aws:iam::123456789012:root"'] },
  { name: 'Principal a number', path: [...S0, 'Principal'], value: 5, issues: ['bucket.policy.Statement[0].Principal: expected "*" or an object with AWS, Service, Federated or CanonicalUser, got 5'] },
  { name: 'principal type misspelled', path: [...S0, 'Principal'], value: { Aws: '*' }, issues: ['bucket.policy.Statement[0].Principal.Aws: unknown principal type; expected one of AWS, Service, Federated, CanonicalUser'] },
  { name: 'principal values not strings', path: [...S0, 'Principal'], value: { Service: [1] }, issues: ['bucket.policy.Statement[0].Principal.Service[0]: expected a string, got 1'] },
  { name: 'Condition an array', path: [...S0, 'Condition'], value: [], issues: ['bucket.policy.Statement[0].Condition: expected an object of condition operators, such as {"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}, got an empty array'] },
  { name: 'Condition operator not an object', path: [...S0, 'Condition'], value: { StringEquals: 'x' }, issues: ['bucket.policy.Statement[0].Condition.StringEquals: expected an object of condition keys to values, got "x"'] },
  { name: 'Condition value an object', path: [...S0, 'Condition'], value: { StringEquals: { 'aws:SourceVpce': {} } }, issues: ['bucket.policy.Statement[0].Condition.StringEquals.aws:SourceVpce: expected a string, a number, a boolean or an array of those, got an object'] },
  { name: 'Condition value array holding null', path: [...S0, 'Condition'], value: { StringEquals: { 'aws:SourceVpce': ['a', null] } }, issues: ['bucket.policy.Statement[0].Condition.StringEquals.aws:SourceVpce[1]: expected a string, a number or a boolean, got null'] },
  // documents
  { name: 'Statement missing', path: ['bucket', 'policy', 'Statement'], value: undefined, issues: ['bucket.policy.Statement: required'] },
  { name: 'Statement empty', path: ['bucket', 'policy', 'Statement'], value: [], issues: ['bucket.policy.Statement: expected a statement object or a non-empty array of statements, got an empty array'] },
  { name: 'Version unknown', path: ['bucket', 'policy', 'Version'], value: '2012-10-18', issues: ['bucket.policy.Version: expected "2012-10-17" or "2008-10-17", got "2012-10-18"'] },
  { name: 'document element misspelled', path: ['bucket', 'policy', 'Statements'], value: [], issues: ['bucket.policy.Statements: unknown element; expected one of Version, Id, Statement'] },
  { name: 'document a number', path: ['bucket', 'policy'], value: 5, issues: ['bucket.policy: expected a policy document: an object, a JSON string or a URL-encoded JSON string, got 5'] },
  { name: 'document a string that is not JSON', path: ['vpcEndpoints'], value: [{ id: 'vpce-1', policy: 'allow all' }], issues: ['vpcEndpoints[0].policy: expected a policy document: an object, a JSON string or a URL-encoded JSON string, got "allow all"'] },
  { name: 'document JSON string with a syntax error', path: ['kmsKeys'], value: [{ arn: 'k', policy: '{"Statement": [}' }], issues: ['kmsKeys[0].policy: the JSON string: invalid JSON at line 1, column 16: unexpected "}"; expected a value'] },
  { name: 'document JSON string: its grammar is checked like an object', path: ['bucket', 'policy'], value: '{"Statement": {"Effect": "Allow", "Action": 5}}', issues: ['bucket.policy.Statement.Action: expected a string or an array of strings, got 5'] },
  { name: 'document JSON string holding an array', path: ['bucket', 'policy'], value: '[{"Effect": "Allow"}]', issues: ['bucket.policy: expected a policy document: an object, a JSON string or a URL-encoded JSON string, got "[{\\"Effect\\": \\"Allow\\"}]"'] },
  { name: 'document URL-encoded, holding an array', path: ['bucket', 'policy'], value: '%5B1%5D', issues: ['bucket.policy: expected the string to hold a policy document (a JSON object), but it holds an array'] },
  { name: 'document URL-encoded with a bad escape', path: ['identity', 'policies', 0, 'document'], value: '%7B%22Statement%22%ZZ', issues: ['identity.policies[0].document: the URL-encoded string has a malformed %-escape (expected %XX escapes of UTF-8 bytes)'] },
  { name: 'document URL-encoded, decoding to bad JSON', path: ['identity', 'permissionsBoundary'], value: { name: 'b', document: '%7B%22Statement%22' }, issues: ['identity.permissionsBoundary.document: the URL-decoded string: invalid JSON at line 1, column 13: expected ":" after a property name, got the end of the text'] },
  { name: 'request.policy is not a layer: no unreadable', path: ['request', 'policy'], value: { unreadable: 'x' }, issues: ['request.policy.Statement: required', 'request.policy.unreadable: unknown element; expected one of Version, Id, Statement'] },
  { name: 'unreadable reason not a string', path: ['bucket', 'versioning'], value: { unreadable: 5 }, issues: ['bucket.versioning.unreadable: expected a string saying why the layer could not be read, got 5'] },
  { name: 'unreadable with another field', path: ['bucket', 'publicAccessBlock'], value: { unreadable: 'x', BlockPublicAcls: true }, issues: ['bucket.publicAccessBlock.BlockPublicAcls: unknown field; expected one of unreadable'] },
  // other fields
  { name: 'unknown top-level field', path: ['identiy'], value: {}, issues: ['identiy: unknown field; expected one of version, name, source, request, identity, organization, bucket, kmsKeys, vpcEndpoints, expect'] },
  { name: 'version missing', path: ['version'], value: undefined, issues: ['version: required'] },
  { name: 'principal neither anonymous nor an ARN', path: ['request', 'principal'], value: 'ci-role', issues: ['request.principal: expected "anonymous", an ARN such as arn:aws:sts::123456789012:assumed-role/name/session, or a service principal such as cloudfront.amazonaws.com, got "ci-role"'] },
  { name: 'action with a wildcard', path: ['request', 'action'], value: 's3:Put*', issues: ['request.action: expected one IAM action such as s3:PutObject, got "s3:Put*"'] },
  { name: 'empty bucket name', path: ['request', 'bucket'], value: '', issues: ['request.bucket: expected a non-empty string, got ""'] },
  { name: 'management account too long', path: ['organization', 'managementAccount'], value: '1234567890123', issues: ['organization.managementAccount: expected a 12-digit account id, got "1234567890123"'] },
  { name: 'aws:CurrentTime not ISO 8601', path: ['request', 'context', 'aws:CurrentTime'], value: 'yesterday', issues: ['request.context.aws:CurrentTime: expected an ISO 8601 time such as 2026-01-15T09:30:00Z, got "yesterday"'] },
  { name: 'aws:currenttime (any case) is checked too', path: ['request', 'context'], value: { 'AWS:currenttime': '2026-13-01T00:00:00Z' }, issues: ['request.context.AWS:currenttime: expected an ISO 8601 time such as 2026-01-15T09:30:00Z, got "2026-13-01T00:00:00Z"'] },
  { name: 'aws:CurrentTime an array', path: ['request', 'context', 'aws:CurrentTime'], value: ['2026-01-15T09:30:00Z'], issues: ['request.context.aws:CurrentTime: expected an ISO 8601 time such as 2026-01-15T09:30:00Z, got an array'] },
  { name: 'retention until a date only', path: ['bucket', 'objects', 'builds/app.zip', 'retention', 'until'], value: '2027-01-01', issues: ['bucket.objects["builds/app.zip"].retention.until: expected an ISO 8601 time such as 2026-01-15T09:30:00Z, got "2027-01-01"'] },
  { name: 'retention mode lower-case', path: ['bucket', 'objects', 'builds/app.zip', 'retention', 'mode'], value: 'governance', issues: ['bucket.objects["builds/app.zip"].retention.mode: expected "GOVERNANCE" or "COMPLIANCE", got "governance"'] },
  { name: 'objectOwnership unknown', path: ['bucket', 'objectOwnership'], value: 'BucketOwner', issues: ['bucket.objectOwnership: expected one of "BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter", got "BucketOwner"'] },
  { name: 'versioning unknown', path: ['bucket', 'versioning'], value: 'On', issues: ['bucket.versioning: expected one of "Enabled", "Suspended", "Disabled", got "On"'] },
  { name: 'encryption algorithm unknown', path: ['bucket', 'encryption'], value: { algorithm: 'kms' }, issues: ['bucket.encryption.algorithm: expected one of "AES256", "aws:kms", "aws:kms:dsse", got "kms"'] },
  { name: 'ACL permission unknown', path: ['bucket', 'acl', 'grants', 0, 'permission'], value: 'READ_WRITE', issues: ['bucket.acl.grants[0].permission: expected one of "FULL_CONTROL", "READ", "WRITE", "READ_ACP", "WRITE_ACP", got "READ_WRITE"'] },
  { name: 'ACL grantee type unknown', path: ['bucket', 'acl', 'grants', 0, 'grantee'], value: { type: 'User', id: 'x' }, issues: ['bucket.acl.grants[0].grantee.type: expected one of "CanonicalUser", "Group", "AmazonCustomerByEmail", got "User"'] },
  { name: 'ACL canonical grantee without id', path: ['bucket', 'acl', 'grants', 0, 'grantee'], value: { type: 'CanonicalUser' }, issues: ['bucket.acl.grants[0].grantee.id: required'] },
  { name: 'ACL canonical grantee with a uri', path: ['bucket', 'acl', 'grants', 0, 'grantee'], value: { type: 'CanonicalUser', id: '444455556666', uri: 'x' }, issues: ['bucket.acl.grants[0].grantee.uri: unknown field; expected one of type, id, displayName'] },
  { name: 'ACL group URI unknown', path: ['bucket', 'acl', 'grants', 0, 'grantee'], value: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/Everyone' }, issues: ['bucket.acl.grants[0].grantee.uri: expected one of "http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "http://acs.amazonaws.com/groups/s3/LogDelivery", got "http://acs.amazonaws.com/groups/global/Everyone"'] },
  { name: 'ACL owner neither account nor canonical id', path: ['bucket', 'acl', 'owner'], value: 'me', issues: ['bucket.acl.owner: expected a 12-digit account id or a 64-hex-digit canonical user id, got "me"'] },
  { name: 'public access block flag misspelled', path: ['bucket', 'publicAccessBlock'], value: { BlockPublicAcl: true }, issues: ['bucket.publicAccessBlock.BlockPublicAcl: unknown field; expected one of BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets'] },
  { name: 'object lock retention days zero', path: ['bucket', 'objectLock'], value: { enabled: true, defaultRetention: { mode: 'COMPLIANCE', days: 0 } }, issues: ['bucket.objectLock.defaultRetention.days: expected a number of at least 1, got 0'] },
  { name: 'expect.denial.policyType unknown', path: ['expect'], value: { decision: 'deny', denial: { policyType: 'bucket-policy' } }, issues: ['expect.denial.policyType: expected one of "service-control-policy", "resource-control-policy", "identity-based-policy", "resource-based-policy", "permissions-boundary", "session-policy", "vpc-endpoint-policy", "block-public-access", "acl", "object-ownership", "object-lock", "requester-pays", "missing-list-permission", got "bucket-policy"'] },
  { name: 'expect.decision capitalised', path: ['expect'], value: { decision: 'Deny' }, issues: ['expect.decision: expected "allow" or "deny", got "Deny"'] },
  { name: 'two headers differing only in case', path: ['request', 'headers', 'X-Amz-Acl'], value: 'private', issues: ['request.headers.X-Amz-Acl: the same header as "x-amz-acl" (header names are case-insensitive); give it once'] },
  { name: 'two context keys differing only in case', path: ['request', 'context', 'AWS:SOURCEIP'], value: '1.2.3.4', issues: ['request.context.AWS:SOURCEIP: the same condition key as "aws:SourceIp" (condition key names are case-insensitive); give it once'] },
  { name: 'a map key that needs brackets', path: ['identity', 'tags', 'cost center'], value: 1, issues: ['identity.tags["cost center"]: expected a string, got 1'] }
]

test.each(ERROR_ROWS)('$name', ({ path, value, issues }) => {
  const input = baseScenario()
  setAt(input, path, value)
  const shown = issuesOf(() => parseScenario(input)).map((i) => `${i.path}: ${i.message}`)
  expect(shown).toEqual(issues)
  // loadScenario reports the same for the same scenario as text
  expect(issuesOf(() => loadScenario(JSON.stringify(input))).map((i) => `${i.path}: ${i.message}`)).toEqual(issues)
})

test('ScenarioError.message lists the issues, one "path: message" per line', () => {
  const input = baseScenario()
  setAt(input, ['version'], 3)
  setAt(input, ['request', 'action'], undefined)
  let caught: unknown
  try {
    parseScenario(input)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(ScenarioError)
  const error = caught as ScenarioError
  expect(error.name).toBe('ScenarioError')
  expect(error.issues).toEqual([
    { path: 'version', message: 'expected 1, got 3' },
    { path: 'request.action', message: 'required' }
  ])
  expect(error.message).toBe('version: expected 1, got 3\nrequest.action: required')
})

test(`at most ${MAX_ISSUES} issues are listed, then a count of the rest`, () => {
  const input = baseScenario()
  const statements: Json[] = []
  for (let i = 0; i < 50; i++) statements.push({ Effect: 'allow', Action: 's3:GetObject' })
  setAt(input, ['bucket', 'policy', 'Statement'], statements)
  const issues = issuesOf(() => parseScenario(input))
  expect(issues).toHaveLength(MAX_ISSUES + 1)
  expect(issues[0]).toEqual({ path: 'bucket.policy.Statement[0].Effect', message: 'expected "Allow" or "Deny", got "allow"' })
  expect(issues[MAX_ISSUES]).toEqual({ path: '(root)', message: `${50 - MAX_ISSUES} more issues not shown` })
})

test('several independent problems are all reported', () => {
  const input = baseScenario()
  setAt(input, ['version'], 2)
  setAt(input, ['bucket', 'account'], '12345')
  setAt(input, [...S0, 'Effect'], 'deny')
  const shown = issuesOf(() => parseScenario(input)).map((i) => `${i.path}: ${i.message}`)
  expect(shown).toEqual([
    'version: expected 1, got 2',
    'bucket.account: expected a 12-digit account id, got "12345"',
    'bucket.policy.Statement[0].Effect: expected "Allow" or "Deny", got "deny"'
  ])
})

/**
 * What a report says, as data: the status words of the layer table, the deciding statement, the
 * near misses of an implicit deny, and what could not be read with the permission that reads it.
 * Permission names: the Service Authorization Reference
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html,
 * .../list_awskeymanagementservice.html, .../list_awsidentityandaccessmanagementiam.html).
 */
import { findAction } from '../../src/metadata/catalog.js'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { diagnoseFixes } from '../../src/fix/index.js'
import type { Diagnosis } from '../../src/live/types.js'
import { analyze, offlineDiagnosis, permissionFor, statusWord } from '../../src/report/analyze.js'
import { buildComment } from '../../src/report/comment.js'
import { buildSummary } from '../../src/report/summary.js'
import { buildText } from '../../src/report/text.js'
import type { LayerStatus, LayerTrace, Verdict } from '../../src/verdict/types.js'
import { example, withLive } from './fixtures.js'

const layer = (status: LayerStatus, id: LayerTrace['layer'] = 'identity-based-policy', action = 's3:PutObject'): LayerTrace => ({ kind: 'policy', layer: id, action, status, summary: '', policies: [] }) as LayerTrace
const implicitBy = (policyType: 'identity-based-policy' | 'resource-based-policy', action = 's3:PutObject'): Verdict => ({
  decision: 'deny',
  denial: { kind: 'implicit', policyType, statement: null, action, policy: '', httpStatus: 403, errorCode: 'AccessDenied', reason: '' },
  requests: [],
  dependsOnUnreadable: [],
  findings: [],
  context: []
})
const allowed: Verdict = { decision: 'allow', denial: null, requests: [], dependsOnUnreadable: [], findings: [], context: [] }

describe('status words', () => {
  test.each([
    ['not present', layer('not-present'), allowed, 'not involved'],
    ['not present, and that is why nothing allows (a cross-account bucket without a policy)', layer('not-present', 'resource-based-policy'), implicitBy('resource-based-policy'), 'denies'],
    ['not applicable', layer('not-applicable'), allowed, 'not involved'],
    ['unreadable', layer('unreadable'), allowed, 'unreadable'],
    ['allows', layer('allows'), allowed, 'allows'],
    ['explicit deny', layer('explicit-deny'), allowed, 'denies'],
    ['implicit deny (an SCP level)', layer('implicit-deny', 'service-control-policy'), allowed, 'denies'],
    ['a non-policy layer that denies', layer('denies', 'block-public-access'), allowed, 'denies'],
    ['read, with no statement that applies, not deciding', layer('no-opinion'), allowed, 'read'],
    ['no statement applies and it is the implicit denial', layer('no-opinion'), implicitBy('identity-based-policy'), 'denies'],
    ['no statement applies, denial is for another action', layer('no-opinion'), implicitBy('identity-based-policy', 's3:ListBucket'), 'read'],
    ['the KMS key policy decides a resource-based implicit deny of a kms: action', layer('no-opinion', 'kms-key-policy', 'kms:Decrypt'), implicitBy('resource-based-policy', 'kms:Decrypt'), 'denies'],
    // A layer with a document it could not read: what it read has no opinion, the verdict rests on an assumption.
    ['nothing read applies, and one document is unreadable', { ...layer('no-opinion'), unreadable: 'AccessDenied' } as LayerTrace, allowed, 'unreadable'],
    ['an SCP level unreadable beside ones that do not allow', { ...layer('implicit-deny', 'service-control-policy'), unreadable: 'AccessDenied' } as LayerTrace, allowed, 'unreadable'],
    ['what it read allows, another document unreadable', { ...layer('allows'), unreadable: 'AccessDenied' } as LayerTrace, allowed, 'allows'],
    ['what it read denies, another document unreadable', { ...layer('explicit-deny'), unreadable: 'AccessDenied' } as LayerTrace, allowed, 'denies']
  ])('%s', (_name, trace, verdict, expected) => {
    expect(statusWord(trace, verdict)).toBe(expected)
  })
})

describe('analyze on examples', () => {
  test('an explicit deny: the deciding statement with its JSON and conditions', () => {
    const analysis = analyze(example('02-ip-restricted-bucket-policy.json'))
    expect(analysis.deciding).toMatchObject({ label: 'DenyOutsideOffice', path: 'bucket.policy', index: 0 })
    expect(analysis.deciding?.json).toMatchObject({ Sid: 'DenyOutsideOffice', Effect: 'Deny' })
    expect(analysis.deciding?.conditions).toEqual([{ operator: 'NotIpAddress', key: 'aws:SourceIp', policyValues: ['192.0.2.0/24'], requestValues: ['198.51.100.20'], matched: true }])
    expect(analysis.target).toBe('s3://example-ci-artifacts/builds/app-1.4.2.zip')
  })

  test('an implicit deny: the Allow that missed on a condition, with both values', () => {
    const analysis = analyze(example('37-list-bucket-prefix-condition.json'))
    expect(analysis.deciding).toBeNull()
    expect(analysis.nearMisses).toEqual([
      expect.objectContaining({ label: 'ListBuildsOnly', failed: 'Condition', action: 's3:ListBucket', condition: expect.objectContaining({ key: 's3:prefix', policyValues: ['builds/*'], requestValues: ['cache/'] }) })
    ])
  })

  test('a missing key without s3:ListBucket: the layer row is added, near misses are for s3:ListBucket', () => {
    const analysis = analyze(example('07-head-missing-key-without-listbucket.json'))
    const get = analysis.layers.find((group) => group.action === 's3:GetObject')
    expect(get?.rows.at(-1)).toMatchObject({ layer: 'missing-list-permission', status: 'denies' })
    expect(analysis.layers.find((group) => group.action === 's3:ListBucket')?.rows.find((row) => row.layer === 'identity-based-policy')?.status).toBe('read')
  })

  test('a KMS key policy deny: named "KMS key policy", marked denies, no extra row', () => {
    const analysis = analyze(example('28-kms-cross-account-key-policy-no-grant-upload.json'))
    const kms = analysis.layers.find((group) => group.action === 'kms:GenerateDataKey')
    expect(kms?.rows.filter((row) => row.status === 'denies')).toEqual([expect.objectContaining({ layer: 'kms-key-policy', name: 'KMS key policy' })])
    expect(analysis.nearMisses[0]).toMatchObject({ label: 'EnableIAMUserPermissions', failed: 'Principal' })
  })

  test('a cross-account upload to a bucket without a policy: the absent bucket policy denies, once', () => {
    const rows = analyze(example('04-cross-account-upload-no-bucket-grant.json')).layers.flatMap((group) => group.rows)
    expect(rows.filter((row) => row.layer === 'resource-based-policy')).toEqual([
      expect.objectContaining({ status: 'denies', detail: 'none present: no resource-based policy allows s3:PutObject' })
    ])
  })

  test.each([
    ['05-acl-header-on-bucket-owner-enforced.json', 'object-ownership'],
    ['11-block-public-access.json', 'block-public-access'],
    ['32-object-lock-compliance-delete-version.json', 'object-lock'],
    ['35-object-owned-by-another-account.json', 'acl']
  ])('%s: the non-policy layer that denies gets a row', (file, layerId) => {
    const rows = analyze(example(file)).layers.flatMap((group) => group.rows)
    expect(rows.filter((row) => row.status === 'denies')).toEqual([expect.objectContaining({ layer: layerId })])
  })

  test('the caller from STS wins over the scenario principal', () => {
    const diagnosis = example('01-missing-putobject.json')
    const live = withLive(diagnosis, { caller: { arn: 'arn:aws:sts::123456789012:assumed-role/other/s', account: '123456789012', userId: 'x', source: 'environment' } })
    expect(analyze(live).principal).toBe('arn:aws:sts::123456789012:assumed-role/other/s')
    expect(analyze(diagnosis).principal).toBe(diagnosis.scenario.request.principal)
  })
})

describe('what could not be read', () => {
  const base = example('01-missing-putobject.json')
  const verdict: Verdict = {
    ...base.verdict,
    dependsOnUnreadable: [
      { layer: 'resource-based-policy', path: 'bucket.policy', error: 'AccessDenied', effect: 'assumed to allow nothing' },
      { layer: 'kms-key-policy', path: 'kmsKeys[0].policy', error: 'AccessDeniedException', effect: 'assumed to allow' }
    ]
  }

  test('the collector’s own records come first, with what the verdict assumed; the rest gets a permission by path', () => {
    const analysis = analyze(withLive(base, { verdict, unreadable: [{ path: 'bucket.policy', error: 'AccessDenied: GetBucketPolicy', permission: 's3:GetBucketPolicy' }] }))
    expect(analysis.unreadable).toEqual([
      { path: 'bucket.policy', error: 'AccessDenied: GetBucketPolicy', permission: 's3:GetBucketPolicy', effect: 'assumed to allow nothing' },
      { path: 'kmsKeys[0].policy', error: 'AccessDeniedException', permission: 'kms:GetKeyPolicy', effect: 'assumed to allow' }
    ])
  })

  test('a record about a whole list covers the entries of the list', () => {
    const analysis = analyze(
      withLive(base, {
        verdict: { ...verdict, dependsOnUnreadable: [{ layer: 'identity-based-policy', path: 'identity.policies[1].document', error: 'denied', effect: 'assumed to allow nothing' }] },
        unreadable: [{ path: 'identity.policies', error: 'AccessDenied', permission: 'iam:ListRolePolicies' }]
      })
    )
    expect(analysis.unreadable).toEqual([{ path: 'identity.policies', error: 'AccessDenied', permission: 'iam:ListRolePolicies', effect: 'assumed to allow nothing' }])
  })
})

describe('the permission that reads a layer', () => {
  test.each([
    ['bucket.policy', 's3:GetBucketPolicy'],
    ['bucket.publicAccessBlock', 's3:GetBucketPublicAccessBlock'],
    ['bucket.accountPublicAccessBlock', 's3:GetAccountPublicAccessBlock'],
    ['bucket.objectOwnership', 's3:GetBucketOwnershipControls'],
    ['bucket.acl', 's3:GetBucketAcl'],
    ['bucket.encryption', 's3:GetEncryptionConfiguration'],
    ['bucket.versioning', 's3:GetBucketVersioning'],
    ['bucket.objectLock', 's3:GetBucketObjectLockConfiguration'],
    ['bucket.requesterPays', 's3:GetBucketRequestPayment'],
    ['bucket.objects.builds/app.zip.acl', 's3:GetObjectAcl'],
    ['bucket.objects.builds/app.zip.tags', 's3:GetObjectTagging'],
    ['bucket.objects.builds/app.zip.retention', 's3:GetObjectRetention'],
    ['bucket.objects.builds/app.zip.legalHold', 's3:GetObjectLegalHold'],
    ['identity.policies[0].document', 'iam:ListAttachedRolePolicies, iam:ListRolePolicies, iam:GetRolePolicy, iam:GetPolicyVersion'],
    ['identity.permissionsBoundary', 'iam:GetRole, iam:GetPolicyVersion'],
    ['kmsKeys[0].policy', 'kms:GetKeyPolicy'],
    ['kmsKeys[2].grants', 'kms:ListGrants']
  ])('%s needs %s (each name is a real action)', (path, permission) => {
    expect(permissionFor(path)).toBe(permission)
    for (const action of permission.split(', ')) expect(findAction(action)).toBeDefined()
  })

  test.each([
    ['organization.serviceControlPolicies', /^organizations:ListPoliciesForTarget, organizations:DescribePolicy/],
    ['vpcEndpoints[0].policy', /^ec2:DescribeVpcEndpoints$/],
    ['identity.sessionPolicies', /^none: AWS does not return session policies/],
    ['something.else', /^unknown$/]
  ])('%s', (path, expected) => {
    expect(permissionFor(path)).toMatch(expected)
  })
})

describe('a layer with an unreadable document in the table (text, markdown, comment)', () => {
  /** Example 01 with a second inline policy the collector could not read, and a bucket policy granting the upload. */
  function unreadableIdentity(bucketGrants: boolean): Diagnosis {
    const scenario = structuredClone(example('01-missing-putobject.json').scenario)
    const policies = scenario.identity?.policies
    if (policies === undefined || !Array.isArray(policies)) throw new Error('example 01 has identity policies')
    policies.push({ name: 'ci-extra', document: { unreadable: 'AccessDenied: iam:GetRolePolicy' } })
    if (bucketGrants && scenario.bucket !== undefined) {
      scenario.bucket.policy = {
        Version: '2012-10-17',
        Statement: [{ Sid: 'Writers', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/ci-publisher' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::example-ci-artifacts/*' }]
      }
    }
    delete scenario.expect
    return offlineDiagnosis(scenario, evaluateScenario(scenario))
  }
  const identityRow = (diagnosis: Diagnosis) => analyze(diagnosis).layers[0]?.rows.find((row) => row.layer === 'identity-based-policy')

  test('the evaluator says what the allow assumed about the unreadable policy', () => {
    const diagnosis = unreadableIdentity(false)
    expect(diagnosis.verdict.decision).toBe('allow')
    expect(diagnosis.verdict.dependsOnUnreadable).toEqual([
      { layer: 'identity-based-policy', path: 'identity.policies[1].document', error: 'AccessDenied: iam:GetRolePolicy', effect: 'it may hold an explicit deny the verdict cannot see; it is assumed to allow s3:PutObject' }
    ])
  })

  test('the row is "unreadable", with the error, the assumption and what the readable documents said', () => {
    const row = identityRow(unreadableIdentity(true))
    expect(row).toMatchObject({ status: 'unreadable', detailedStatus: 'no-opinion' })
    expect(row?.detail).toBe(
      'a document could not be read (AccessDenied: iam:GetRolePolicy); the verdict assumed: it may hold an explicit deny the verdict cannot see; the documents read: no statement applies to s3:PutObject'
    )
  })

  test('text, markdown and the comment show it', () => {
    const diagnosis = unreadableIdentity(true)
    expect(buildText(diagnosis)).toMatch(/^ {2}identity-based-policy +unreadable +a document could not be read \(AccessDenied: iam:GetRolePolicy\); the verdict assumed: /m)
    const row = '| Identity-based policies | unreadable | a document could not be read (AccessDenied: iam:GetRolePolicy); the verdict assumed: it may hold an explicit deny the verdict cannot see; the documents read: no statement applies to s3:PutObject |'
    expect(buildSummary(diagnosis)).toContain(row)
    // An allowed diagnosis: the comment has the layer table.
    expect(buildComment(diagnosis, { marker: '<!-- s3-403-doctor:test -->' })).toContain(row)
    for (const report of [buildText(diagnosis), buildSummary(diagnosis)]) expect(report).not.toMatch(/identity-based-policy +read |\| Identity-based policies \| read \|/)
  })
})

describe('a change that only works with a later one', () => {
  test('says which later change completes it, and a whole new request is shown as a JSON block (text and markdown)', () => {
    const base = example('11-block-public-access.json')
    const diagnosis = offlineDiagnosis(base.scenario, base.verdict, diagnoseFixes(base.scenario, base.verdict))
    expect(diagnosis.fixes[1]?.dependsOn).toEqual([0])
    const summary = buildSummary(diagnosis)
    expect(summary).toContain('would still deny `s3:GetObject`. With change 2 after it, the request is allowed.')
    expect(summary).toContain('In the scenario, this replaces the request (`/request`) with:\n\n```json\n{\n  "principal": "cloudfront.amazonaws.com",')
    const text = buildText(diagnosis)
    expect(text).toContain('would still deny s3:GetObject; with change 2 after it, the request is allowed')
    expect(text).toContain('in the scenario, the request becomes:\n     {\n       "principal": "cloudfront.amazonaws.com",')
  })
})

/**
 * Probe and evaluation disagree: the summary says so plainly, and the explanations come from what
 * the run saw, most likely first: the layer AWS's message names when it could not be read, the
 * unreadable layers the verdict depends on, then what no read reaches, then a change or a bug.
 *
 * A 412 PreconditionFailed comes after authorization
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-requests.html); a 404 on HEAD
 * only reaches a caller allowed s3:ListBucket (https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html).
 */
import { evaluateScenario } from '../../src/evaluate/engine.js'
import type { ContextNote } from '../../src/live/context.js'
import { explainDisagreement, policyTypeOfPath, probeStance } from '../../src/live/disagreement.js'
import type { ProbeRecord, UnreadableLayer } from '../../src/live/types.js'
import type { Scenario } from '../../src/scenario/types.js'

const ACCOUNT = '111122223333'
const allowPut = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' }] }

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    version: 1,
    request: { principal: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run`, action: 's3:PutObject', bucket: 'b', key: 'k', context: { 'aws:CurrentTime': '2026-11-25T10:00:00Z' } },
    identity: { arn: `arn:aws:iam::${ACCOUNT}:role/ci`, policies: [{ name: 'ci', document: allowPut }] },
    bucket: { name: 'b', account: ACCOUNT, region: 'us-east-1' },
    ...extra
  }
}

function probe(outcome: ProbeRecord['outcome'], extra: Partial<ProbeRecord> = {}): ProbeRecord {
  const status = { allowed: 200, denied: 403, 'not-found': 404, 'precondition-failed': 412, error: 500, skipped: null }[outcome]
  return {
    operation: 'PutObject',
    action: 's3:PutObject',
    status,
    errorCode: outcome === 'denied' ? 'AccessDenied' : outcome === 'precondition-failed' ? 'PreconditionFailed' : null,
    message: null,
    requestId: 'REQ123',
    outcome,
    meaning: '',
    ...extra
  }
}

const SCP_LOST: UnreadableLayer = { path: 'organization.serviceControlPolicies', error: "AccessDeniedException: You don't have permissions", permission: 'organizations:ListParents' }

describe('probeStance', () => {
  test.each([
    { name: '200', probe: probe('allowed'), stance: 'authorized' },
    { name: '412 after authorization', probe: probe('precondition-failed'), stance: 'authorized' },
    { name: '403', probe: probe('denied'), stance: 'denied' },
    { name: '404 on HEAD (needs s3:ListBucket)', probe: probe('not-found', { operation: 'HeadObject', action: 's3:GetObject', errorCode: 'NotFound' }), stance: 'authorized' },
    { name: 'NoSuchBucket says nothing about authorization', probe: probe('not-found', { errorCode: 'NoSuchBucket' }), stance: null },
    { name: 'a 500', probe: probe('error'), stance: null },
    { name: 'a skipped probe', probe: probe('skipped'), stance: null }
  ])('$name', ({ probe: record, stance }) => expect(probeStance(record)).toBe(stance))
})

test.each([
  ['organization.serviceControlPolicies', 'service-control-policy'],
  ['organization.resourceControlPolicies', 'resource-control-policy'],
  ['vpcEndpoints[0].policy', 'vpc-endpoint-policy'],
  ['bucket.policy', 'resource-based-policy'],
  ['kmsKeys[0].grants', 'resource-based-policy'],
  ['identity.policies[2].document', 'identity-based-policy'],
  ['identity.permissionsBoundary.document', 'permissions-boundary'],
  ['bucket.accountPublicAccessBlock', 'block-public-access'],
  ['bucket.objectOwnership', 'object-ownership'],
  ['bucket.objects["a/b"].retention', 'object-lock'],
  ['bucket.objects["a/b"].acl', 'acl'],
  ['bucket.objects["a/b"]', 'missing-list-permission'],
  ['bucket.requesterPays', 'requester-pays'],
  ['identity.orgPaths', null],
  ['bucket.account', null]
])('policyTypeOfPath(%s) = %s', (path, type) => expect(policyTypeOfPath(path)).toBe(type))

describe('no disagreement', () => {
  test.each([
    { name: 'both deny', scenario: scenario({ identity: { arn: `arn:aws:iam::${ACCOUNT}:role/ci`, policies: [] } }), probes: [probe('denied')] },
    { name: 'both allow', scenario: scenario(), probes: [probe('allowed')] },
    { name: 'no probe of this action', scenario: scenario(), probes: [probe('denied', { operation: 'ListObjectsV2', action: 's3:ListBucket' })] },
    { name: 'the probe says nothing (a 500)', scenario: scenario(), probes: [probe('error')] },
    { name: 'no probes at all', scenario: scenario(), probes: [] }
  ])('$name', ({ scenario: value, probes }) => {
    expect(explainDisagreement(probes, evaluateScenario(value), [], value)).toBeNull()
  })
})

describe('the probe was denied but the snapshot says allow', () => {
  test("AWS names an SCP and the SCPs could not be read: that comes first, with the permission to read them", () => {
    const value = scenario({ organization: { serviceControlPolicies: { unreadable: SCP_LOST.error } } })
    const verdict = evaluateScenario(value)
    expect(verdict.decision).toBe('allow')
    const result = explainDisagreement([probe('denied')], verdict, [SCP_LOST], value, {
      parsedError: { kind: 'explicit', policyType: 'service-control-policy', raw: 'User: ... with an explicit deny in a service control policy' }
    })
    expect(result?.summary).toBe("The probe's PutObject (s3:PutObject) was denied (403 AccessDenied, request id REQ123) but the snapshot evaluates to allow: something the snapshot does not show, or shows wrongly, denies it.")
    expect(result?.explanations[0]).toBe(
      "AWS's error names an explicit deny in the service control policies, and organization.serviceControlPolicies could not be read (AccessDeniedException: You don't have permissions). Reading it needs organizations:ListParents (from the management account or a delegated administrator)."
    )
    expect(result?.explanations.at(-1)).toMatch(/the evaluator may be wrong: save the snapshot \(save-scenario\)/)
  })

  test('AWS names a layer the snapshot read and found allowing: said plainly, not blamed on something else', () => {
    const value = scenario({ identity: { arn: `arn:aws:iam::${ACCOUNT}:role/ci`, policies: [{ name: 'ci', document: allowPut }], sessionPolicies: [] } })
    const result = explainDisagreement([probe('denied')], evaluateScenario(value), [], value, { parsedError: { kind: 'explicit', policyType: 'resource-based-policy', raw: '...' } })
    expect(result?.explanations[0]).toMatch(/^AWS's error names an explicit deny in the bucket policy \(or the KMS key policy\), but the snapshot of that layer allows the request/)
    expect(result?.explanations.some((text) => text.includes('session policy'))).toBe(false) // sessionPolicies were given (none)
  })

  test("without AWS's words: the unreadable layers the verdict depends on come first", () => {
    const lost: UnreadableLayer[] = [
      { path: 'bucket.region', error: 'AccessDenied: x', permission: 's3:GetBucketLocation' },
      { path: 'bucket.policy', error: 'AccessDenied: y', permission: 's3:GetBucketPolicy' }
    ]
    const value = scenario({ bucket: { name: 'b', account: ACCOUNT, policy: { unreadable: 'AccessDenied: y' } } })
    const verdict = evaluateScenario(value)
    expect(verdict.dependsOnUnreadable.map((item) => item.path)).toContain('bucket.policy')
    const result = explainDisagreement([probe('denied')], verdict, lost, value)
    expect(result?.explanations[0]).toMatch(/^bucket\.policy could not be read \(AccessDenied: y\)\. Reading it needs s3:GetBucketPolicy\. The verdict assumes it may hold an explicit deny/)
    // A fact that is no policy layer ranks after the layers.
    const region = result?.explanations.findIndex((text) => text.startsWith('bucket.region')) ?? -1
    expect(region).toBeGreaterThan(0)
  })

  test('outside what can be read: a session policy, and a Deny that tests an unknown key', () => {
    const value = scenario()
    const notes: ContextNote[] = [
      { key: 'aws:SourceIp', reason: "the runner's public IP is not known", conditions: [{ path: 'bucket.policy', statement: 'OfficeOnly', effect: 'Deny', operator: 'NotIpAddress', values: ['192.0.2.0/24'] }] },
      { key: 's3:TlsVersion', reason: 'not known in advance', conditions: [] }
    ]
    const result = explainDisagreement([probe('denied')], evaluateScenario(value), [], value, { contextNotes: notes })
    expect(result?.explanations).toEqual([
      expect.stringMatching(/^A session policy passed when the pipeline's role session was created/),
      "aws:SourceIp is unknown (the runner's public IP is not known) and a statement tests it: bucket.policy statement OfficeOnly (NotIpAddress 192.0.2.0/24).",
      expect.stringMatching(/changed between the probe and the snapshot/),
      expect.stringMatching(/the evaluator may be wrong/)
    ])
  })
})

describe('the probe was allowed but the snapshot says deny', () => {
  test('the deciding statement tests a key whose value was unknown: first', () => {
    const value = scenario({
      bucket: {
        name: 'b',
        account: ACCOUNT,
        policy: { Version: '2012-10-17', Statement: [{ Sid: 'OfficeOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }] }
      }
    })
    const verdict = evaluateScenario(value)
    expect(verdict.denial?.statement).toBe('OfficeOnly')
    const notes: ContextNote[] = [{ key: 'aws:SourceIp', reason: "the runner's public IP is not known", conditions: [{ path: 'bucket.policy', statement: 'OfficeOnly', effect: 'Deny', operator: 'NotIpAddress', values: ['192.0.2.0/24'] }] }]
    const result = explainDisagreement([probe('allowed')], verdict, [], value, { contextNotes: notes })
    expect(result?.summary).toMatch(/^The probe's PutObject \(s3:PutObject\) was allowed \(200, request id REQ123\) but the snapshot evaluates to deny \(resource-based-policy statement OfficeOnly in bucket policy of b\)/)
    expect(result?.explanations[0]).toBe("The deciding statement tests aws:SourceIp, whose value is unknown (the runner's public IP is not known); the real request's value may satisfy it.")
  })

  test('a KMS denial the conditional probe never reached', () => {
    const value = scenario({
      request: { principal: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run`, action: 's3:PutObject', bucket: 'b', key: 'k', headers: { 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1` } },
      kmsKeys: [{ arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/k1`, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/admin` }, Action: 'kms:*', Resource: '*' }] } }]
    })
    const verdict = evaluateScenario(value)
    expect(verdict.denial?.action).toBe('kms:GenerateDataKey')
    const result = explainDisagreement([probe('precondition-failed')], verdict, [], value)
    expect(result?.explanations[0]).toMatch(/^The verdict denies kms:GenerateDataKey, a call the probe's PutObject may not have reached \(a conditional request S3 refused with 412 never stores anything\)/)
  })

  test('an unreadable ACL may hold the missing grant (a bucket in another account)', () => {
    const lost: UnreadableLayer = { path: 'bucket.acl', error: 'AccessDenied: z', permission: 's3:GetBucketAcl' }
    const value = scenario({ bucket: { name: 'b', account: '444455556666', acl: { unreadable: 'AccessDenied: z' } } })
    const verdict = evaluateScenario(value)
    expect(verdict.decision).toBe('deny')
    const result = explainDisagreement([probe('allowed')], verdict, [lost], value)
    expect(result?.explanations).toContain('bucket.acl could not be read (AccessDenied: z). Reading it needs s3:GetBucketAcl. It may hold the grant the snapshot lacks.')
  })

  test('a HEAD answered 404 (so s3:ListBucket is allowed) against a snapshot that says 403', () => {
    const value = scenario({
      request: { principal: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/run`, action: 's3:GetObject', bucket: 'b', key: 'missing', operation: 'HeadObject' },
      bucket: { name: 'b', account: ACCOUNT, objects: { missing: { exists: false } } }
    })
    const verdict = evaluateScenario(value)
    expect(verdict.denial?.policyType).toBe('missing-list-permission')
    const result = explainDisagreement([probe('not-found', { operation: 'HeadObject', action: 's3:GetObject', errorCode: 'NotFound' })], verdict, [], value)
    expect(result?.summary).toMatch(/was allowed \(404 NotFound, request id REQ123\) but the snapshot evaluates to deny \(missing-list-permission/)
    expect(result?.explanations[0]).toMatch(/^S3 answered 404, which it does only to a caller allowed s3:ListBucket, yet the snapshot denies s3:ListBucket/)
  })
})

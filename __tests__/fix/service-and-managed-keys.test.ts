/**
 * Fixes for callers and keys that cannot be handled like a role and a customer managed key:
 * - an AWS service principal (CloudFront origin access control) is granted in the resource policy
 *   only, with the source conditions AWS documents, never without them;
 * - an AWS managed key (aws/s3) is never edited: the alternative is a customer managed key, made the
 *   bucket's default encryption, the object re-encrypted with it;
 * - a policy that holds a statement AWS refuses is not merged into as it is: the statement is left
 *   out, and a document that keeps one is never proven.
 *
 * [cf]      https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 *           (bucket policy and key policy statements for cloudfront.amazonaws.com with AWS:SourceArn)
 * [sp]      https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-services
 * [deputy]  https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html (aws:SourceArn, aws:SourceAccount)
 * [aws-key] https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html ("can't be shared cross-account");
 *           https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key (their permissions cannot be changed)
 * [princ]   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html (an AWS principal is an
 *           account id, an ARN or "*": AWS refuses the policy otherwise)
 */
import { applyFix, NO_FIX_REASONS } from '../../src/fix/index.js'
import { rejectionOf, siteOf } from '../../src/fix/site.js'
import type { Fix } from '../../src/fix/types.js'
import type { Scenario } from '../../src/scenario/types.js'
import { ACCOUNT, allow, base, BUCKET, checkFixes, crossAccount, diagnose, doc, named, objects, OTHER, OTHER_ROLE, rootOf, statements, variant } from './helpers.js'

const DISTRIBUTION = `arn:aws:cloudfront::${ACCOUNT}:distribution/E2NEWDIST0EXAMPLE`
const OLD_DISTRIBUTION = `arn:aws:cloudfront::${ACCOUNT}:distribution/E1OLDDIST0EXAMPLE`
const CMK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1111-2222`
const AWS_S3 = `arn:aws:kms:us-east-1:${ACCOUNT}:key/aaaa-bbbb`

/** CloudFront's origin request for builds/app.zip, from the distribution DISTRIBUTION. */
function cloudFront(policy = doc(allow('s3:GetObject', `arn:aws:s3:::${BUCKET}/*`, { Sid: 'AllowCloudFront', Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceArn': OLD_DISTRIBUTION } } }))): Scenario {
  return variant(base(), (s) => {
    s.request.principal = 'cloudfront.amazonaws.com'
    s.request.action = 's3:GetObject'
    s.request.context = { 'aws:SourceArn': DISTRIBUTION, 'aws:SourceAccount': ACCOUNT, 'aws:SecureTransport': 'true', 'aws:CurrentTime': '2026-01-15T09:30:00Z' }
    delete s.identity
    s.bucket = { name: BUCKET, account: ACCOUNT, region: 'us-east-1', objectOwnership: 'BucketOwnerEnforced', policy }
  })
}

describe('AWS service principals [sp]', () => {
  test('CloudFront from a distribution the bucket policy does not name: a statement for the service with its aws:SourceArn and aws:SourceAccount, keeping the scope of the existing grant (flips) [cf] [deputy]', () => {
    const scenario = cloudFront()
    const { fixes, diagnosis } = diagnose(scenario)
    checkFixes(scenario, fixes, [{ strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true, owner: 'bucket-owner' }])
    expect(diagnosis.noFix).toBeNull()
    const added = statements(fixes[0]?.document)[1]
    expect(added).toEqual({
      Sid: 'AllowCloudfrontGetObjectBuilds',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      // The resource of the existing grant to the service, not the key's prefix.
      Resource: `arn:aws:s3:::${BUCKET}/*`,
      Condition: { StringEquals: { 'aws:SourceArn': DISTRIBUTION, 'aws:SourceAccount': ACCOUNT } }
    })
    expect(statements(fixes[0]?.document)[0]?.Sid).toBe('AllowCloudFront')
    expect(fixes[0]?.explanation).toMatch(/has no identity policies/)
    expect(fixes[0]?.explanation).toMatch(/Check that arn:aws:cloudfront::111122223333:distribution\/E2NEWDIST0EXAMPLE is yours/)
  })

  test('without a grant to the service at all, the statement covers the key prefix (flips)', () => {
    const scenario = variant(cloudFront(), (s) => {
      if (s.bucket !== undefined) delete s.bucket.policy
    })
    const { fixes } = diagnose(scenario)
    checkFixes(scenario, fixes, [{ strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true }])
    expect(statements(fixes[0]?.document)[0]?.Resource).toBe(`arn:aws:s3:::${BUCKET}/builds/*`)
  })

  test('a service request with neither aws:SourceArn nor aws:SourceAccount gets no grant: it would admit the service for every customer [deputy]', () => {
    const scenario = variant(cloudFront(), (s) => {
      s.request.context = { 'aws:CurrentTime': '2026-01-15T09:30:00Z' }
    })
    const { fixes, diagnosis } = diagnose(scenario)
    expect(fixes).toEqual([])
    expect(diagnosis.noFix?.kind).toBe('caller-without-iam-identity')
  })

  test('CloudFront reading an SSE-KMS object: the key policy names the service for the distribution, the root statement kept (flips) [cf]', () => {
    const scenario = variant(cloudFront(doc(allow('s3:GetObject', objects, { Principal: { Service: 'cloudfront.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceArn': DISTRIBUTION } } }))), (s) => {
      if (s.bucket !== undefined) s.bucket.objects = { 'builds/app.zip': { exists: true, kmsKeyArn: CMK } }
      s.kmsKeys = [{ arn: CMK, keyManager: 'CUSTOMER', policy: doc(allow('kms:*', '*', { Sid: 'EnableIAMUserPermissions', Principal: { AWS: rootOf(ACCOUNT) } })) }]
    })
    const { verdict, fixes } = diagnose(scenario)
    expect(verdict.denial?.action).toBe('kms:Decrypt')
    checkFixes(scenario, fixes, [{ strategy: 'key-policy-grant', target: '/kmsKeys/0/policy', proven: true, owner: 'key-owner' }])
    expect(statements(fixes[0]?.document)[1]).toEqual({
      Sid: 'AllowCloudfrontDecrypt',
      Effect: 'Allow',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceArn': DISTRIBUTION, 'aws:SourceAccount': ACCOUNT } }
    })
  })
})

/** The CI role of another account downloads builds/app.zip, which the bucket owner's aws/s3 encrypted. */
function awsManagedDownload(identityAllowsKeys: boolean, snapshotPolicy: boolean): Scenario {
  return variant(crossAccount(), (s) => {
    s.request.action = 's3:GetObject'
    const own = [allow('s3:GetObject', objects)]
    if (identityAllowsKeys) own.push(allow('kms:Decrypt', `arn:aws:kms:us-east-1:${ACCOUNT}:key/*`))
    s.identity = { arn: OTHER_ROLE, policies: [named('vendor-read', ...own)] }
    s.bucket = {
      name: BUCKET,
      account: ACCOUNT,
      region: 'us-east-1',
      policy: doc(allow('s3:GetObject', objects, { Principal: { AWS: OTHER_ROLE } })),
      objects: { 'builds/app.zip': { exists: true, owner: ACCOUNT, kmsKeyArn: AWS_S3 } }
    }
    s.kmsKeys = [{ arn: AWS_S3, keyManager: 'AWS', aliases: ['alias/aws/s3'] }]
    // GetKeyPolicy reads aws/s3's policy too: a snapshot may hold it, and it still must not be edited.
    if (snapshotPolicy && s.kmsKeys[0] !== undefined) {
      s.kmsKeys[0].policy = doc(allow(['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'], '*', { Principal: { AWS: '*' }, Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT, 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }))
    }
  })
}

describe('an AWS managed key (aws/s3) is never edited [aws-key]', () => {
  const NEW_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/NEW_KEY_ID`

  test('cross-account download: a customer managed key, the bucket encryption change, the object re-encrypted; the role already may decrypt the account keys (flips)', () => {
    const scenario = awsManagedDownload(true, false)
    const { verdict, fixes, diagnosis } = diagnose(scenario)
    expect(verdict.denial).toMatchObject({ kind: 'implicit', policyType: 'resource-based-policy', action: 'kms:Decrypt' })
    checkFixes(scenario, fixes, [
      { strategy: 'key-policy-grant', target: '/kmsKeys/-', proven: false, stillDeniedBy: 'resource-based-policy', owner: 'bucket-owner', command: /^aws kms create-key --region us-east-1 --description 'SSE-KMS for artifacts' --policy file:\/\/artifacts-key-policy\.json$/ },
      { strategy: 's3-setting', target: '/bucket/encryption', proven: false, stillDeniedBy: 'resource-based-policy', dependsOn: [0], owner: 'bucket-owner', command: /^aws s3api put-bucket-encryption --bucket artifacts --server-side-encryption-configuration file:\/\/artifacts-encryption\.json$/ },
      { strategy: 's3-setting', target: '/bucket/objects/builds~1app.zip/kmsKeyArn', proven: true, dependsOn: [0, 1], owner: 'bucket-owner', command: /^aws s3 cp s3:\/\/artifacts\/builds\/app\.zip s3:\/\/artifacts\/builds\/app\.zip --sse aws:kms --sse-kms-key-id arn:aws:kms:us-east-1:111122223333:key\/NEW_KEY_ID$/ }
    ])
    expect(diagnosis.noFix).toBeNull()
    // The new key's policy: the owner account's IAM policies decide, and the role may decrypt through S3 only.
    expect(fixes[0]?.document).toMatchObject({ arn: NEW_KEY, keyManager: 'CUSTOMER' })
    expect(statements(fixes[0]?.file?.content)).toEqual([
      { Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: rootOf(ACCOUNT) }, Action: 'kms:*', Resource: '*' },
      { Sid: 'AllowVendorCiDecryptViaS3', Effect: 'Allow', Principal: { AWS: OTHER_ROLE }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }
    ])
    expect(fixes[0]?.explanation).toMatch(/nobody can change it/)
    expect(fixes[1]?.title).toMatch(/^Bucket encryption change: /)
    expect(fixes[1]?.file?.content).toEqual({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: NEW_KEY }, BucketKeyEnabled: true }] })
  })

  test('the role may not decrypt the new key yet: its identity grant is chained after the three changes (flips)', () => {
    const scenario = awsManagedDownload(false, false)
    const { fixes } = diagnose(scenario)
    expect(fixes.map((fix) => [fix.strategy, fix.proven])).toEqual([
      ['key-policy-grant', false],
      ['s3-setting', false],
      ['s3-setting', false],
      ['identity-grant', true]
    ])
    expect(fixes[2]?.stillDeniedBy).toMatchObject({ policyType: 'identity-based-policy', action: 'kms:Decrypt' })
    expect(fixes[3]?.dependsOn).toEqual([0, 1, 2])
    expect(JSON.stringify(fixes[3]?.document)).toContain(NEW_KEY)
  })

  test('no strategy can place a document in an AWS managed key policy: its site does not exist', () => {
    const scenario = awsManagedDownload(true, true)
    expect(siteOf(scenario, '/kmsKeys/0/policy')).toBeNull()
    // Known by its alias alone (no keyManager in the snapshot), it is the same key.
    const byAlias = variant(scenario, (s) => {
      if (s.kmsKeys?.[0] !== undefined) delete s.kmsKeys[0].keyManager
    })
    expect(siteOf(byAlias, '/kmsKeys/0/policy')).toBeNull()
  })

  test('even when the snapshot holds aws/s3 key policy, no fix targets it', () => {
    const scenario = awsManagedDownload(true, true)
    const { fixes } = diagnose(scenario)
    expect(fixes.length).toBeGreaterThan(0)
    for (const fix of fixes) expect(fix.target).not.toBe('/kmsKeys/0/policy')
    expect(fixes.at(-1)?.proven).toBe(true)
  })
})

describe('statements AWS refuses [princ]', () => {
  const invalid = allow('s3:PutObject', objects, { Sid: 'AllowVendor', Principal: { AWS: 'vendor-ci' } })

  test('a bucket policy grant leaves out the statement AWS would refuse, and says so (flips)', () => {
    const scenario = variant(crossAccount(), (s) => {
      if (s.bucket !== undefined) s.bucket.policy = doc(invalid, allow('s3:GetObject', objects, { Sid: 'Readers', Principal: { AWS: rootOf(ACCOUNT) } }))
    })
    const { verdict, fixes } = diagnose(scenario)
    expect(verdict.findings.map((finding) => finding.code)).toContain('invalid-policy')
    checkFixes(scenario, fixes, [{ strategy: 'bucket-policy-grant', target: '/bucket/policy', proven: true }])
    expect(statements(fixes[0]?.document).map((statement) => statement.Sid)).toEqual(['Readers', 'AllowVendorCiPutObjectBuilds'])
    expect(fixes[0]?.explanation).toMatch(/It leaves out statement AllowVendor \(.*not a valid AWS principal.*\): AWS refuses a policy that holds such a statement/)
  })

  test('a change that keeps such a statement is not a fix as written', () => {
    const scenario = crossAccount()
    const step: Pick<Fix, 'target' | 'document' | 'strategy'> = { strategy: 'bucket-policy-grant', target: '/bucket/policy', document: doc(invalid) }
    expect(rejectionOf(scenario, step)).toMatch(/^AWS would refuse the document \(MalformedPolicy\): its statement at index 0 is not valid: "vendor-ci" is not a valid AWS principal/)
    // The evaluator would have allowed nothing through it anyway; the point is the document cannot be applied.
    expect(applyFix(scenario, step).bucket?.policy).toEqual(doc(invalid))
    expect(rejectionOf(scenario, { ...step, document: doc(allow('s3:PutObject', objects, { Principal: { AWS: OTHER } })) })).toBeNull()
  })

  test('the reasons without a fix are unchanged by these strategies', () => {
    expect(NO_FIX_REASONS['caller-without-iam-identity']).toMatch(/service principal/)
  })
})

/**
 * Every documented access-denied message form, one row each, with the AWS page it comes from.
 */
import { parseAccessDenied } from '../../src/live/access-denied.js'
import type { ParsedAccessDenied } from '../../src/live/types.js'

const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html'
const IAM_ID = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied-authorization-id.html'
const S3 = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html'
const S3_CODES = 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html'
const COMMON = 'https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/common-errors.html'
// KMS: the permissions S3 needs (kms:GenerateDataKey to upload, kms:Decrypt to read) are on the S3 page's
// encryption section; the message forms follow the IAM format. The two ciphertext forms ("on the resource
// associated with this ciphertext", "The ciphertext refers to a customer master key...") are quoted as S3
// and KMS return them; no AWS page quotes them in full, so these rows pin the wording seen in SDK errors.
const KMS = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html#troubleshoot-403-encryption'

type Row = { name: string; source: string; text: string; expected: Partial<ParsedAccessDenied> }

const policyForms: Row[] = [
  {
    name: 'SCP, implicit',
    source: S3,
    text: 'User: arn:aws:iam::777788889999:user/MaryMajor is not authorized to perform: s3:GetObject because no service control policy allows the s3:GetObject action',
    expected: { principal: 'arn:aws:iam::777788889999:user/MaryMajor', action: 's3:GetObject', kind: 'implicit', policyType: 'service-control-policy' }
  },
  {
    name: 'SCP, explicit',
    source: S3,
    text: 'User: arn:aws:iam::777788889999:user/MaryMajor is not authorized to perform:\ns3:GetObject with an explicit deny in a service control policy',
    expected: { principal: 'arn:aws:iam::777788889999:user/MaryMajor', action: 's3:GetObject', kind: 'explicit', policyType: 'service-control-policy' }
  },
  {
    name: 'RCP, explicit, with the CLI prefix and a quoted resource',
    source: S3,
    text: 'An error occurred (AccessDenied) when calling the GetObject operation:\nUser: arn:aws:iam::777788889999:user/MaryMajor is not authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name"\nwith an explicit deny in a resource control policy',
    expected: {
      code: 'AccessDenied',
      principal: 'arn:aws:iam::777788889999:user/MaryMajor',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket1/object-name',
      kind: 'explicit',
      policyType: 'resource-control-policy'
    }
  },
  {
    name: 'VPC endpoint policy, implicit',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject because no VPC endpoint policy allows the s3:GetObject action',
    expected: { action: 's3:GetObject', kind: 'implicit', policyType: 'vpc-endpoint-policy', policyPhrase: 'VPC endpoint policy' }
  },
  {
    name: 'VPC endpoint policy, explicit',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name" with\nan explicit deny in a VPC endpoint policy',
    expected: { resource: 'arn:aws:s3:::amzn-s3-demo-bucket1/object-name', kind: 'explicit', policyType: 'vpc-endpoint-policy' }
  },
  {
    name: 'permissions boundary, implicit',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name"\nbecause no permissions boundary allows the s3:GetObject action',
    expected: { kind: 'implicit', policyType: 'permissions-boundary', resource: 'arn:aws:s3:::amzn-s3-demo-bucket1/object-name' }
  },
  {
    name: 'permissions boundary, explicit',
    source: IAM,
    text: 'User: arn:aws:iam::777788889999:user/John is not authorized to perform:\nsagemaker:ListModels with an explicit deny in a permissions boundary',
    expected: { action: 'sagemaker:ListModels', kind: 'explicit', policyType: 'permissions-boundary' }
  },
  {
    name: 'session policy, implicit',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject because no session policy allows the s3:GetObject action',
    expected: { kind: 'implicit', policyType: 'session-policy' }
  },
  {
    name: 'session policy, explicit',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name" with\nan explicit deny in a session policy',
    expected: { kind: 'explicit', policyType: 'session-policy' }
  },
  {
    name: '"sessions policy" (IAM page wording), explicit',
    source: IAM,
    text: 'User: arn:aws:iam::123456789012:user/John is not authorized to perform:\ncodedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in a sessions policy',
    expected: {
      action: 'codedeploy:ListDeployments',
      resource: 'arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*',
      kind: 'explicit',
      policyType: 'session-policy',
      policyPhrase: 'sessions policy'
    }
  },
  {
    name: 'resource-based policy, implicit (also IgnorePublicAcls)',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject because no resource-based policy allows the s3:GetObject action',
    expected: { kind: 'implicit', policyType: 'resource-based-policy' }
  },
  {
    name: 'resource-based policy, explicit (also RestrictPublicBuckets)',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name" with\nan explicit deny in a resource-based policy',
    expected: { kind: 'explicit', policyType: 'resource-based-policy' }
  },
  {
    name: 'identity-based policy, implicit (a role)',
    source: IAM,
    text: 'User: arn:aws:iam::123456789012:role/HR is not authorized to perform:\ncodecommit:ListRepositories because no identity-based policy allows the codecommit:ListRepositories action',
    expected: { principal: 'arn:aws:iam::123456789012:role/HR', action: 'codecommit:ListRepositories', kind: 'implicit', policyType: 'identity-based-policy' }
  },
  {
    name: 'identity-based policy, explicit',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform:\ns3:GetObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name" with\nan explicit deny in an identity-based policy',
    expected: { kind: 'explicit', policyType: 'identity-based-policy' }
  },
  {
    name: 'role trust policy, implicit',
    source: IAM,
    text: 'User: arn:aws:iam::123456789012:user/John is not authorized to perform:\nsts:AssumeRole because no role trust policy allows the sts:AssumeRole action',
    expected: { action: 'sts:AssumeRole', kind: 'implicit', policyType: 'resource-based-policy', policyPhrase: 'role trust policy' }
  },
  {
    name: 'role trust policy, explicit ("in the role trust policy")',
    source: IAM,
    text: 'User: arn:aws:iam::777788889999:user/John is not authorized to perform:\nsts:AssumeRole with an explicit deny in the role trust policy',
    expected: { kind: 'explicit', policyType: 'resource-based-policy', policyPhrase: 'role trust policy' }
  },
  {
    name: '"transitively through": a VPC endpoint policy reached through an SCP',
    source: IAM,
    text: 'User: arn:aws:sts::111122223333:assumed-role/role-name/role-session-name is not authorized to perform:\nSNS:Publish on resource: arn:aws:sns:us-east-1:444455556666:role-name-2\nwith an explicit deny in a VPC endpoint policy transitively through a service control policy',
    expected: {
      principal: 'arn:aws:sts::111122223333:assumed-role/role-name/role-session-name',
      action: 'SNS:Publish',
      resource: 'arn:aws:sns:us-east-1:444455556666:role-name-2',
      kind: 'explicit',
      policyType: 'vpc-endpoint-policy',
      transitivelyThrough: 'service-control-policy'
    }
  },
  {
    name: 'policy ARN and authorization ID',
    source: IAM_ID,
    text: 'User: arn:aws:iam::123456789012:user/janedoe is not authorized to perform: iam:CreateInstanceProfile\non resource: arn:aws:iam::123456789012:instance-profile/my-instance-profile\nwith an explicit deny in an identity-based policy: arn:aws:iam::123456789012:policy/ExampleDenyPolicy.\nGo to https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/authorization-details/EXAMPLE1a2b3c4d5e6f7g8h9i0j for complete details,\nor call the GetRequestAuthorizationDetails API with the following authorization id: EXAMPLE1a2b3c4d5e6f7g8h9i0j',
    expected: {
      action: 'iam:CreateInstanceProfile',
      resource: 'arn:aws:iam::123456789012:instance-profile/my-instance-profile',
      kind: 'explicit',
      policyType: 'identity-based-policy',
      policyArn: 'arn:aws:iam::123456789012:policy/ExampleDenyPolicy',
      authorizationId: 'EXAMPLE1a2b3c4d5e6f7g8h9i0j'
    }
  },
  {
    name: 'policy ARN of an SCP',
    source: IAM_ID,
    text: 'User: arn:aws:sts::111122223333:assumed-role/ci/run-1 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::artifacts/app.zip" with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-exampleorgid/service_control_policy/p-examplescp1',
    expected: {
      kind: 'explicit',
      policyType: 'service-control-policy',
      policyArn: 'arn:aws:organizations::999988887777:policy/o-exampleorgid/service_control_policy/p-examplescp1'
    }
  }
]

const blockPublicAccessAndSettings: Row[] = [
  {
    name: 'BlockPublicAcls on CopyObject',
    source: S3,
    text: 'An error occurred (AccessDenied) when calling the CopyObject operation:\nUser: arn:aws:sts::123456789012:user/MaryMajor is not authorized to\nperform: s3:CopyObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name"\nbecause public ACLs are prevented by the BlockPublicAcls setting in S3 Block Public Access.',
    expected: { action: 's3:CopyObject', policyType: 'block-public-access', setting: 'BlockPublicAcls' }
  },
  {
    name: 'BlockPublicPolicy on PutBucketPolicy',
    source: S3,
    text: 'An error occurred (AccessDenied) when calling the PutBucketPolicy operation:\nUser: arn:aws:sts::123456789012:user/MaryMajor is not authorized to\nperform: s3:PutBucketPolicy on resource: "arn:aws:s3:::amzn-s3-demo-bucket1/object-name"\nbecause public policies are prevented by the BlockPublicPolicy setting in S3 Block Public Access.',
    expected: { action: 's3:PutBucketPolicy', policyType: 'block-public-access', setting: 'BlockPublicPolicy' }
  },
  {
    name: 'the older BPA wording ("blocked by the BlockPublicAcls block public access setting")',
    source: S3,
    text: 'User: arn:aws:iam::123456789012:user/MaryMajor is not authorized to perform: s3:PutObject because public access control lists (ACLs) are blocked by the BlockPublicAcls block public access setting.',
    expected: { policyType: 'block-public-access', setting: 'BlockPublicAcls' }
  },
  {
    name: 'blocked SSE-C uploads (BlockedEncryptionTypes)',
    source: S3,
    text: 'An error occurred (AccessDenied) when calling the PutObject operation:\nUser: arn:aws:iam::123456789012:user/MaryMajor  is not\nauthorized to perform: s3:PutObject on resource:\n"arn:aws:s3:::amzn-s3-demo-bucket1/object-name" because this\nbucket has blocked upload requests that specify\nServer Side Encryption with Customer provided keys (SSE-C).\nPlease specify a different server-side encryption type',
    expected: { action: 's3:PutObject', setting: 'BlockedEncryptionTypes', resource: 'arn:aws:s3:::amzn-s3-demo-bucket1/object-name' }
  }
]

const kmsForms: Row[] = [
  {
    name: 'KMS GenerateDataKey on upload, implicit in the identity policy',
    source: KMS,
    text: 'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:GenerateDataKey action',
    expected: {
      action: 'kms:GenerateDataKey',
      resource: 'arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      kind: 'implicit',
      policyType: 'identity-based-policy'
    }
  },
  {
    name: 'KMS key policy (resource-based), implicit',
    source: KMS,
    text: 'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/abcd because no resource-based policy allows the kms:Decrypt action',
    expected: { action: 'kms:Decrypt', kind: 'implicit', policyType: 'resource-based-policy' }
  },
  {
    name: 'KMS Decrypt "on the resource associated with this ciphertext", identity policy',
    source: KMS,
    text: 'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/reader/run is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because no identity-based policy allows the kms:Decrypt action',
    expected: { action: 'kms:Decrypt', kind: 'implicit', policyType: 'identity-based-policy' }
  },
  {
    name: 'KMS Decrypt with the three causes (no kind)',
    source: KMS,
    text: 'AccessDenied: User arn:aws:sts::251774439261:assumed-role/deploy/x is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access',
    expected: { code: 'AccessDenied', principal: 'arn:aws:sts::251774439261:assumed-role/deploy/x', action: 'kms:Decrypt', policyType: 'resource-based-policy' }
  },
  {
    name: 'the older KMS ciphertext message',
    source: KMS,
    text: 'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    expected: { action: 'kms:Decrypt', policyType: 'resource-based-policy' }
  }
]

describe.each([
  ['policy types', policyForms],
  ['Block Public Access and bucket settings', blockPublicAccessAndSettings],
  ['KMS', kmsForms]
])('%s', (_group, rows) => {
  test.each(rows)('$name ($source)', ({ text, expected }) => {
    const parsed = parseAccessDenied(text)
    expect(parsed).toMatchObject(expected)
    expect(parsed.raw).toBe(text)
    expect(parsed.nonAuthorization).toBeUndefined()
    expect(parsed.explanation).toEqual(expect.any(String))
  })
})

test('an implicit deny has no kind="explicit", and the bare forms have no kind at all', () => {
  expect(parseAccessDenied('Access Denied').kind).toBeUndefined()
  expect(parseAccessDenied('User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject because no identity-based policy allows the s3:GetObject action').kind).toBe('implicit')
})

describe('bare and bodiless denials', () => {
  const rows: { name: string; source: string; text: string; hints: Parameters<typeof parseAccessDenied>[1]; expected: RegExp; nonAuthorization?: string }[] = [
    { name: 'bare "Access Denied" (cross-organization, VPC endpoint, ACL, Requester Pays...)', source: S3, text: 'Access Denied', hints: {}, expected: /outside the organization/ },
    {
      name: 'bare "Access Denied" with the CLI prefix',
      source: S3,
      text: 'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      hints: {},
      expected: /bare "Access Denied"/
    },
    { name: 'Go SDK form', source: S3, text: 'operation error S3: PutObject, https response error StatusCode: 403, RequestID: ABC, HostID: xyz, api error AccessDenied: Access Denied', hints: {}, expected: /bare/ },
    { name: 'HEAD 403 with no body', source: S3, text: '', hints: { status: 403, operation: 'HeadObject' }, expected: /no body/ },
    {
      name: 'ExpectedBucketOwner mismatch (bare 403 with x-amz-expected-bucket-owner)',
      source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html',
      text: 'Access Denied',
      hints: { expectedBucketOwner: '111122223333', status: 403, code: 'AccessDenied' },
      expected: /expected-bucket-owner 111122223333/,
      nonAuthorization: 'ExpectedBucketOwner'
    }
  ]
  test.each(rows)('$name ($source)', ({ text, hints, expected, nonAuthorization }) => {
    const parsed = parseAccessDenied(text, hints)
    expect(parsed.explanation).toMatch(expected)
    expect(parsed.nonAuthorization?.code).toBe(nonAuthorization)
  })
})

describe('non-authorization answers', () => {
  const rows: { name: string; source: string; text: string; code?: string; expected: string }[] = [
    {
      name: 'SignatureDoesNotMatch by text',
      source: S3_CODES,
      text: 'An error occurred (SignatureDoesNotMatch) when calling the PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      expected: 'SignatureDoesNotMatch'
    },
    { name: 'InvalidAccessKeyId', source: S3_CODES, text: 'The AWS Access Key Id you provided does not exist in our records.', expected: 'InvalidAccessKeyId' },
    {
      name: 'RequestTimeTooSkewed',
      source: S3_CODES,
      text: 'RequestTimeTooSkewed: The difference between the request time and the current time is too large.',
      expected: 'RequestTimeTooSkewed'
    },
    { name: 'ExpiredToken (S3)', source: S3_CODES, text: 'An error occurred (ExpiredToken) when calling the ListObjectsV2 operation: The provided token has expired.', expected: 'ExpiredToken' },
    { name: 'ExpiredTokenException (STS/common)', source: COMMON, text: 'The security token included in the request is expired', code: 'ExpiredTokenException', expected: 'ExpiredTokenException' },
    { name: 'InvalidClientTokenId', source: COMMON, text: 'The security token included in the request is invalid.', expected: 'InvalidClientTokenId' },
    { name: 'InvalidToken', source: S3_CODES, text: 'The provided token is malformed or otherwise invalid.', expected: 'InvalidToken' },
    { name: 'AllAccessDisabled', source: S3_CODES, text: 'All access to this Amazon S3 resource has been disabled.', expected: 'AllAccessDisabled' },
    { name: 'AccountProblem', source: S3_CODES, text: 'There is a problem with your AWS account that prevents the action from completing successfully.', expected: 'AccountProblem' },
    { name: 'InvalidObjectState (archived object, a 403 that is not about permissions)', source: S3_CODES, text: "The operation is not valid for the object's storage class", expected: 'InvalidObjectState' },
    { name: 'presigned URL expired', source: S3_CODES, text: 'Request has expired', expected: 'RequestExpired' },
    { name: 'KMS key disabled (by code)', source: S3_CODES, text: 'The key is disabled', code: 'KMS.DisabledException', expected: 'KMS.DisabledException' },
    { name: 'wrong Region (PermanentRedirect)', source: S3_CODES, text: 'The bucket you are attempting to access must be addressed using the specified endpoint.', expected: 'PermanentRedirect' }
  ]
  test.each(rows)('$name ($source)', ({ text, code, expected }) => {
    const parsed = parseAccessDenied(text, code === undefined ? {} : { code })
    expect(parsed.nonAuthorization?.code).toBe(expected)
    expect(parsed.nonAuthorization?.explanation.length).toBeGreaterThan(20)
    expect(parsed.kind).toBeUndefined()
    expect(parsed.policyType).toBeUndefined()
  })

  test('an AccessDenied code is never read as a non-authorization answer because of its wording', () => {
    const parsed = parseAccessDenied('User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject because no identity-based policy allows the s3:GetObject action', { code: 'AccessDenied' })
    expect(parsed.nonAuthorization).toBeUndefined()
    expect(parsed.policyType).toBe('identity-based-policy')
  })
})

describe('hostile and odd input never throws', () => {
  const rows = ['', '   ', 'User:', 'is not authorized to perform:', 'with an explicit deny in a', 'x'.repeat(100_000), 'User: a\u0000b is not authorized to perform: s3:Get\u202eObject', 'because no  policy allows']
  test.each(rows.map((text) => ({ text, label: JSON.stringify(text.slice(0, 40)) })))('$label', ({ text }) => {
    expect(() => parseAccessDenied(text)).not.toThrow()
    expect(parseAccessDenied(text).raw).toBe(text)
  })
})

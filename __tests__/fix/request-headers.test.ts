/**
 * Fixes in the request, not the policy: when a Deny requires a header or HTTPS, the upload command
 * changes (the policy is right); the exception is offered only when no request change works.
 *
 * [sse]    https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html (x-amz-server-side-encryption;
 *          without a key id, aws:kms uses the AWS managed key aws/s3)
 * [bofc]   https://docs.aws.amazon.com/AmazonS3/latest/userguide/ensure-object-ownership.html (require bucket-owner-full-control)
 * [tls]    https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html (deny aws:SecureTransport false)
 * [payer]  https://docs.aws.amazon.com/AmazonS3/latest/userguide/ObjectsinRequesterPaysBuckets.html (x-amz-request-payer: requester)
 * [cp]     https://docs.aws.amazon.com/cli/latest/reference/s3/cp.html (--sse, --sse-kms-key-id, --acl, --request-payer)
 */
import type { Fix } from '../../src/fix/types.js'
import type { JsonObject, Scenario } from '../../src/scenario/types.js'
import {
  ACCOUNT,
  allow,
  base,
  checkFixes,
  crossAccount,
  deny,
  diagnose,
  doc,
  KEY,
  named,
  objects,
  rootOf,
  variant,
  type Expected
} from './helpers.js'

interface Row {
  name: string
  scenario: Scenario
  expected: Expected[]
  check?: (fixes: Fix[]) => void
}

const requireSse = deny('DenyUnencrypted', 's3:PutObject', objects, { Principal: '*', Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } })

const withPolicy = (scenario: Scenario, ...list: JsonObject[]) =>
  variant(scenario, (s) => {
    if (s.bucket !== undefined) s.bucket.policy = doc(...list)
  })

const defaultKey = (scenario: Scenario, identity: JsonObject[]) =>
  variant(scenario, (s) => {
    if (s.bucket !== undefined) s.bucket.encryption = { algorithm: 'aws:kms', kmsKeyArn: KEY }
    s.kmsKeys = [{ arn: KEY, policy: doc(allow('kms:*', '*', { Principal: { AWS: rootOf(ACCOUNT) } })) }]
    if (s.identity !== undefined) s.identity.policies = [named('ci-write', ...identity)]
  })

const rows: Row[] = [
  {
    name: 'SSE-KMS required: send --sse aws:kms; no exception offered (flips)',
    scenario: withPolicy(base(), requireSse),
    expected: [
      {
        strategy: 'request-change',
        target: '/request/headers/x-amz-server-side-encryption',
        proven: true,
        owner: 'workflow-author',
        command: /^aws s3 cp \.\/app\.zip s3:\/\/artifacts\/builds\/app\.zip --sse aws:kms$/
      }
    ],
    check: (fixes) => {
      expect(fixes[0]?.document).toBe('aws:kms')
      expect(fixes[0]?.file).toBeNull()
    }
  },
  {
    name: 'SSE-KMS required and the bucket default is a customer managed key: the key id goes along (flips)',
    scenario: withPolicy(defaultKey(base(), [allow('s3:PutObject', objects), allow('kms:GenerateDataKey', KEY)]), requireSse),
    expected: [{ strategy: 'request-change', target: '/request/headers', proven: true, command: /--sse aws:kms --sse-kms-key-id arn:aws:kms:us-east-1:111122223333:key\/1111-2222$/ }],
    check: (fixes) => expect(fixes[0]?.document).toEqual({ 'x-amz-server-side-encryption': 'aws:kms', 'x-amz-server-side-encryption-aws-kms-key-id': KEY })
  },
  {
    name: 'the SSE header leaves KMS denying (no kms:GenerateDataKey); the chained identity grant flips it',
    scenario: withPolicy(defaultKey(base(), [allow('s3:PutObject', objects)]), requireSse),
    expected: [
      { strategy: 'request-change', target: '/request/headers', proven: false, stillDeniedBy: 'identity-based-policy' },
      { strategy: 'identity-grant', target: '/identity/policies/0/document', proven: true, dependsOn: [0] }
    ],
    check: (fixes) => expect(fixes[0]?.stillDeniedBy?.action).toBe('kms:GenerateDataKey')
  },
  {
    name: 'SSE required through a Null condition: send a header the Deny accepts (flips)',
    scenario: withPolicy(base(), deny('RequireSse', 's3:PutObject', objects, { Principal: '*', Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } } })),
    expected: [{ strategy: 'request-change', target: '/request/headers/x-amz-server-side-encryption', proven: true, command: /--sse AES256$/ }]
  },
  {
    name: 'bucket-owner-full-control required on a cross-account upload: --acl bucket-owner-full-control (flips)',
    scenario: variant(crossAccount(), (s) => {
      if (s.bucket !== undefined) {
        s.bucket.objectOwnership = 'BucketOwnerPreferred'
        s.bucket.policy = doc(
          allow('s3:PutObject', objects, { Principal: { AWS: s.identity?.arn ?? '' } }),
          deny('RequireBucketOwnerFullControl', 's3:PutObject', objects, { Principal: '*', Condition: { StringNotEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } })
        )
      }
    }),
    expected: [{ strategy: 'request-change', target: '/request/headers/x-amz-acl', proven: true, command: /--acl bucket-owner-full-control$/ }]
  },
  {
    name: 'TLS required: send the request over HTTPS (flips)',
    scenario: variant(withPolicy(base(), deny('TlsOnly', 's3:*', objects, { Principal: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })), (s) => {
      s.request.context = { ...s.request.context, 'aws:SecureTransport': 'false' }
    }),
    expected: [
      {
        strategy: 'request-change',
        target: '/request/context/aws:SecureTransport',
        proven: true,
        command: /^aws s3 cp \.\/app\.zip s3:\/\/artifacts\/builds\/app\.zip --endpoint-url https:\/\/s3\.us-east-1\.amazonaws\.com$/
      }
    ]
  },
  {
    name: 'a Deny on a header the request sends: stop sending it (flips)',
    scenario: variant(withPolicy(base(), deny('NoPublicAcl', 's3:PutObject', objects, { Principal: '*', Condition: { StringEquals: { 's3:x-amz-acl': 'public-read' } } })), (s) => {
      s.request.headers = { 'x-amz-acl': 'public-read' }
    }),
    expected: [{ strategy: 'request-change', target: '/request/headers', proven: true, command: /^aws s3 cp \.\/app\.zip s3:\/\/artifacts\/builds\/app\.zip$/ }],
    check: (fixes) => expect(fixes[0]?.document).toEqual({})
  },
  {
    name: 'contradictory Denies: the header leaves the second Deny; removing it again would go in a circle, so the chain exempts the role from the second',
    scenario: withPolicy(
      base(),
      requireSse,
      deny('NoKmsHeader', 's3:PutObject', objects, { Principal: '*', Condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } })
    ),
    expected: [
      { strategy: 'request-change', target: '/request/headers/x-amz-server-side-encryption', proven: false, stillDeniedBy: 'resource-based-policy' },
      { strategy: 'deny-exception', target: '/bucket/policy', proven: true, owner: 'bucket-owner', dependsOn: [0] }
    ],
    check: (fixes) => expect(fixes[0]?.stillDeniedBy?.statement).toBe('NoKmsHeader')
  },
  {
    name: 'Requester Pays bucket of another account: --request-payer requester (flips)',
    scenario: variant(crossAccount(), (s) => {
      s.request.action = 's3:GetObject'
      if (s.identity !== undefined) s.identity.policies = [named('read', allow('s3:GetObject', objects))]
      if (s.bucket !== undefined) {
        s.bucket.requesterPays = true
        s.bucket.policy = doc(allow('s3:GetObject', objects, { Principal: { AWS: rootOf(s.identity?.arn?.split(':')[4] ?? '') } }))
      }
    }),
    expected: [
      {
        strategy: 'request-change',
        target: '/request/headers/x-amz-request-payer',
        proven: true,
        owner: 'workflow-author',
        command: /^aws s3 cp s3:\/\/artifacts\/builds\/app\.zip \.\/app\.zip --request-payer requester$/
      }
    ]
  }
]

describe('request changes', () => {
  test.each(rows)('$name', ({ scenario, expected, check }) => {
    const { verdict, fixes } = diagnose(scenario)
    expect(verdict.decision).toBe('deny')
    checkFixes(scenario, fixes, expected)
    if (check !== undefined) check(fixes)
  })
})

/**
 * Terraform plans: every resource type the review reads, both sides of one plan, unknown values and
 * attachments resolved by address through the configuration's references.
 *
 * https://developer.hashicorp.com/terraform/internals/json-format
 *   ("before"/"after" of resource_changes; "after_unknown": true for values known only after apply;
 *   configuration "expressions" with "references" to the addresses an expression uses)
 * Resource arguments: https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/
 *   s3_bucket_policy, iam_role, iam_role_policy, iam_policy, iam_role_policy_attachment,
 *   s3_bucket_public_access_block, s3_bucket_ownership_controls,
 *   s3_bucket_server_side_encryption_configuration, kms_key, vpc_endpoint, organizations_policy
 */
import { PlanError, policySetFromPlan } from '../../src/review/terraform.js'
import { isUnknown, Unknown, type PolicySet } from '../../src/review/types.js'
import { doc, plan } from './helpers.js'

const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }
const text = (...statements: Record<string, unknown>[]): string => JSON.stringify(doc(...statements))

describe('each resource type, on the after side', () => {
  const rows: [string, ReturnType<typeof plan>, (set: PolicySet) => unknown, unknown][] = [
    [
      'aws_s3_bucket_policy: the bucket policy, by bucket name',
      plan([{ address: 'aws_s3_bucket_policy.p', after: { bucket: 'b', policy: text({ ...allow, Principal: '*' }) } }]),
      (set) => set.buckets.map((bucket) => [bucket.name, bucket.policy?.origin]),
      [['b', 'aws_s3_bucket_policy.p']]
    ],
    [
      'aws_iam_role: name, path, inline_policy blocks, managed_policy_arns of a plan policy',
      plan([
        { address: 'aws_iam_policy.m', after: { arn: 'arn:aws:iam::111122223333:policy/m', name: 'm', path: '/', policy: text(allow) } },
        { address: 'aws_iam_role.r', after: { name: 'ci', path: '/ci/', inline_policy: [{ name: 'inline', policy: text(allow) }], managed_policy_arns: ['arn:aws:iam::111122223333:policy/m'] } }
      ]),
      (set) => set.roles.map((role) => [role.name, role.path, role.policies.map((policy) => policy.origin)]),
      [['ci', '/ci/', ['aws_iam_role.r inline_policy "inline"', 'aws_iam_policy.m']]]
    ],
    [
      'aws_iam_role: the empty inline_policy block the provider reports adds nothing',
      plan([{ address: 'aws_iam_role.r', after: { name: 'ci', inline_policy: [{ name: '', policy: '' }] } }]),
      (set) => set.roles[0]?.policies.length,
      0
    ],
    [
      'aws_iam_role_policy: attached to the role it names',
      plan([
        { address: 'aws_iam_role.r', after: { name: 'ci' } },
        { address: 'aws_iam_role_policy.w', after: { name: 'write', role: 'ci', policy: text(allow) } }
      ]),
      (set) => set.roles.map((role) => [role.name, role.policies.map((policy) => policy.name)]),
      [['ci', ['write']]]
    ],
    [
      'aws_iam_role_policy_attachment: a known policy ARN',
      plan([
        { address: 'aws_iam_role.r', after: { name: 'ci' } },
        { address: 'aws_iam_policy.m', after: { arn: 'arn:aws:iam::111122223333:policy/team/m', name: 'm', path: '/team/', policy: text(allow) } },
        { address: 'aws_iam_role_policy_attachment.a', after: { role: 'ci', policy_arn: 'arn:aws:iam::111122223333:policy/team/m' } }
      ]),
      (set) => set.roles[0]?.policies.map((policy) => policy.origin),
      ['aws_iam_policy.m (attached by aws_iam_role_policy_attachment.a)']
    ],
    [
      'aws_iam_role: permissions_boundary resolved to the plan policy',
      plan([
        { address: 'aws_iam_policy.boundary', after: { arn: 'arn:aws:iam::111122223333:policy/boundary', name: 'boundary', path: '/', policy: text(allow) } },
        { address: 'aws_iam_role.r', after: { name: 'ci', permissions_boundary: 'arn:aws:iam::111122223333:policy/boundary' } }
      ]),
      (set) => set.roles[0]?.boundary?.origin,
      'aws_iam_policy.boundary'
    ],
    [
      'aws_s3_bucket_public_access_block: the four settings',
      plan([{ address: 'aws_s3_bucket_public_access_block.b', after: { bucket: 'b', block_public_acls: true, block_public_policy: false, ignore_public_acls: true, restrict_public_buckets: false } }]),
      (set) => set.buckets[0]?.publicAccessBlock,
      { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false }
    ],
    [
      'aws_s3_account_public_access_block: the account level',
      plan([{ address: 'aws_s3_account_public_access_block.a', after: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true } }]),
      (set) => set.accountPublicAccessBlock,
      { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true }
    ],
    [
      'aws_s3_bucket_ownership_controls: rule.object_ownership',
      plan([{ address: 'aws_s3_bucket_ownership_controls.b', after: { bucket: 'b', rule: [{ object_ownership: 'BucketOwnerEnforced' }] } }]),
      (set) => set.buckets[0]?.ownership,
      'BucketOwnerEnforced'
    ],
    [
      'aws_s3_bucket_server_side_encryption_configuration: a key id of a plan key becomes its ARN',
      plan([
        { address: 'aws_kms_key.k', after: { arn: 'arn:aws:kms:us-east-1:111122223333:key/abcd', key_id: 'abcd', policy: text({ ...allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }) } },
        { address: 'aws_s3_bucket_server_side_encryption_configuration.b', after: { bucket: 'b', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: 'abcd' }], bucket_key_enabled: true }] } }
      ]),
      (set) => set.buckets[0]?.encryption,
      { algorithm: 'aws:kms', kmsKey: 'arn:aws:kms:us-east-1:111122223333:key/abcd', bucketKeyEnabled: true }
    ],
    [
      'aws_kms_key: ARN, key id and key policy',
      plan([{ address: 'aws_kms_key.k', after: { arn: 'arn:aws:kms:us-east-1:111122223333:key/abcd', key_id: 'abcd', policy: text({ ...allow, Principal: '*' }) } }]),
      (set) => set.keys.map((key) => [key.arn, key.keyId, key.policy?.origin]),
      [['arn:aws:kms:us-east-1:111122223333:key/abcd', 'abcd', 'aws_kms_key.k']]
    ],
    [
      'aws_vpc_endpoint: id and policy',
      plan([{ address: 'aws_vpc_endpoint.s3', after: { id: 'vpce-0abc', service_name: 'com.amazonaws.us-east-1.s3', policy: text({ ...allow, Principal: '*' }) } }]),
      (set) => set.endpoints.map((endpoint) => [endpoint.id, endpoint.policy?.origin]),
      [['vpce-0abc', 'aws_vpc_endpoint.s3']]
    ],
    [
      'aws_organizations_policy: SCPs and RCPs by type; other policy types are not authorization',
      plan([
        { address: 'aws_organizations_policy.scp', after: { name: 'guard', content: text({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }) } },
        { address: 'aws_organizations_policy.rcp', after: { name: 'rcp', type: 'RESOURCE_CONTROL_POLICY', content: text({ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }) } },
        { address: 'aws_organizations_policy.tags', after: { name: 'tags', type: 'TAG_POLICY', content: '{"tags":{}}' } }
      ]),
      (set) => [set.scps.map((scp) => scp.name), set.rcps.map((rcp) => rcp.name)],
      [['guard'], ['rcp']]
    ],
    [
      'aws_s3_bucket: the legacy inline policy argument when no aws_s3_bucket_policy exists',
      plan([{ address: 'aws_s3_bucket.b', after: { bucket: 'legacy', policy: text({ ...allow, Principal: '*' }) } }]),
      (set) => set.buckets[0]?.policy?.origin,
      'aws_s3_bucket.b policy'
    ],
    [
      'resources in modules keep their module address',
      plan([{ address: 'module.storage.aws_s3_bucket_policy.this[0]', after: { bucket: 'b', policy: text({ ...allow, Principal: '*' }) } }]),
      (set) => set.buckets[0]?.policy?.origin,
      'module.storage.aws_s3_bucket_policy.this[0]'
    ]
  ]
  test.each(rows)('%s', (_name, value, pick, expected) => {
    expect(pick(policySetFromPlan(value, 'after'))).toEqual(expected)
  })
})

describe('one plan, two sides', () => {
  const value = {
    format_version: '1.2',
    resource_changes: [
      { address: 'aws_s3_bucket_policy.old', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'old', change: { actions: ['delete'], before: { bucket: 'gone', policy: text({ ...allow, Principal: '*' }) }, after: null } },
      { address: 'aws_s3_bucket_policy.new', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'new', change: { actions: ['create'], before: null, after: { bucket: 'fresh', policy: text({ ...allow, Principal: '*' }) }, after_unknown: {} } },
      { address: 'data.aws_iam_policy_document.d', mode: 'data', type: 'aws_iam_policy_document', name: 'd', change: { actions: ['read'], before: null, after: { json: '{}' } } }
    ],
    prior_state: { values: { root_module: { resources: [{ address: 'aws_s3_bucket.kept', mode: 'managed', type: 'aws_s3_bucket', name: 'kept', values: { bucket: 'kept' } }] } } },
    planned_values: { root_module: { child_modules: [{ address: 'module.m', resources: [{ address: 'module.m.aws_s3_bucket.x', mode: 'managed', type: 'aws_s3_bucket', name: 'x', values: { bucket: 'from-module' } }] }] } }
  }
  test.each([
    ['before', ['gone', 'kept']],
    ['after', ['fresh', 'from-module']]
  ] as const)('%s: created resources exist only after, destroyed ones only before; data sources are not resources', (side, buckets) => {
    expect(policySetFromPlan(value, side).buckets.map((bucket) => bucket.name).sort()).toEqual(buckets)
  })
})

describe('unknown values and resolution by address', () => {
  test('a policy known only after apply is an Unknown naming the attribute', () => {
    const set = policySetFromPlan(plan([{ address: 'aws_s3_bucket_policy.p', after: { bucket: 'b' }, unknown: { policy: true } }]), 'after')
    const policy = set.buckets[0]?.policy?.document
    expect(policy).toEqual(new Unknown('aws_s3_bucket_policy.p: policy is known only after apply'))
  })

  test('an unknown bucket is resolved through the configuration to the aws_s3_bucket it refers to', () => {
    const set = policySetFromPlan(
      plan(
        [
          { address: 'aws_s3_bucket.b', after: { bucket: 'named' }, unknown: { id: true, arn: true } },
          { address: 'aws_s3_bucket_policy.p', after: { policy: text({ ...allow, Principal: '*' }) }, unknown: { bucket: true } }
        ],
        [{ address: 'aws_s3_bucket_policy.p', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'p', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } }]
      ),
      'after'
    )
    expect(set.buckets.map((bucket) => [bucket.name, bucket.policy?.origin])).toEqual([['named', 'aws_s3_bucket_policy.p']])
    expect(set.unnamedBuckets).toEqual([])
  })

  test('a bucket whose name is itself unknown (bucket_prefix) is an unnamed bucket', () => {
    const set = policySetFromPlan(plan([{ address: 'aws_s3_bucket.b', after: { bucket_prefix: 'tmp-' }, unknown: { bucket: true } }]), 'after')
    expect(set.buckets).toEqual([])
    expect(set.unnamedBuckets).toEqual(['aws_s3_bucket.b: bucket is known only after apply'])
  })

  test('an attachment of a new policy (ARN unknown) is resolved by address', () => {
    const set = policySetFromPlan(
      plan(
        [
          { address: 'aws_iam_role.r', after: { name: 'reader' } },
          { address: 'aws_iam_policy.read', after: { name: 'read', path: '/', policy: text(allow) }, unknown: { arn: true } },
          { address: 'aws_iam_role_policy_attachment.a', after: { role: 'reader' }, unknown: { policy_arn: true } }
        ],
        [{ address: 'aws_iam_role_policy_attachment.a', mode: 'managed', type: 'aws_iam_role_policy_attachment', name: 'a', expressions: { policy_arn: { references: ['aws_iam_policy.read.arn', 'aws_iam_policy.read'] } } }]
      ),
      'after'
    )
    expect(set.roles[0]?.policies.map((policy) => [policy.origin, isUnknown(policy.document)])).toEqual([['aws_iam_policy.read (attached by aws_iam_role_policy_attachment.a)', false]])
  })

  test('references inside a module stay in the module', () => {
    const set = policySetFromPlan(
      plan(
        [
          { address: 'module.app.aws_s3_bucket.b', after: { bucket: 'in-module' } },
          { address: 'module.app.aws_s3_bucket_policy.p', after: { policy: text({ ...allow, Principal: '*' }) }, unknown: { bucket: true } }
        ],
        []
      ),
      'after'
    )
    // Without configuration the reference cannot be followed: the bucket stays unnamed.
    expect(set.unnamedBuckets).toEqual(['module.app.aws_s3_bucket_policy.p: bucket is known only after apply'])
    const withConfig = plan([
      { address: 'module.app.aws_s3_bucket.b', after: { bucket: 'in-module' } },
      { address: 'module.app.aws_s3_bucket_policy.p', after: { policy: text({ ...allow, Principal: '*' }) }, unknown: { bucket: true } }
    ])
    withConfig['configuration'] = {
      root_module: {
        module_calls: {
          app: { module: { resources: [{ address: 'aws_s3_bucket_policy.p', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'p', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } } }] } }
        }
      }
    }
    expect(policySetFromPlan(withConfig, 'after').buckets.map((bucket) => bucket.name)).toEqual(['in-module'])
  })

  test('a reference to a resource with several instances is ambiguous: the value stays unknown', () => {
    const set = policySetFromPlan(
      plan(
        [
          { address: 'aws_s3_bucket.b[0]', after: { bucket: 'one' } },
          { address: 'aws_s3_bucket.b[1]', after: { bucket: 'two' } },
          { address: 'aws_s3_bucket_policy.p', after: { policy: text({ ...allow, Principal: '*' }) }, unknown: { bucket: true } }
        ],
        [{ address: 'aws_s3_bucket_policy.p', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'p', expressions: { bucket: { references: ['aws_s3_bucket.b'] } } }]
      ),
      'after'
    )
    expect(set.unnamedBuckets).toEqual(['aws_s3_bucket_policy.p: bucket is known only after apply'])
  })

  test('the default key of a bucket whose key is new: resolved to the key, whose ARN is unknown', () => {
    const set = policySetFromPlan(
      plan(
        [
          { address: 'aws_kms_key.k', after: { policy: text({ ...allow, Principal: '*' }) }, unknown: { arn: true, key_id: true } },
          { address: 'aws_s3_bucket_server_side_encryption_configuration.b', after: { bucket: 'b', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }] }] }, unknown: { rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] } }
        ],
        [
          {
            address: 'aws_s3_bucket_server_side_encryption_configuration.b',
            mode: 'managed',
            type: 'aws_s3_bucket_server_side_encryption_configuration',
            name: 'b',
            expressions: { rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['aws_kms_key.k.arn', 'aws_kms_key.k'] } }] }] }
          }
        ]
      ),
      'after'
    )
    expect(set.buckets[0]?.encryption).toEqual({ algorithm: 'aws:kms', kmsKey: new Unknown("the ARN of aws_kms_key.k (the bucket's default key) is known only after apply"), bucketKeyEnabled: false })
  })

  test.each([
    ['not JSON policy text', '{"Statement": [', /aws_s3_bucket_policy.p: not a valid policy document/],
    ['a statement without Effect', JSON.stringify({ Statement: [{ Action: 's3:*', Resource: '*', Principal: '*' }] }), /Effect/],
    ['an unknown condition operator', JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringEqualz: { 'aws:SourceIp': 'x' } } }] }), /StringEqualz/]
  ])('an invalid document (%s) is unknown with the problem named, not evaluated', (_name, policy, message) => {
    const set = policySetFromPlan(plan([{ address: 'aws_s3_bucket_policy.p', after: { bucket: 'b', policy } }]), 'after')
    const document = set.buckets[0]?.policy?.document
    expect(isUnknown(document) ? document.reason : document).toMatch(message)
    expect(set.unresolved.some((reason) => message.test(reason))).toBe(true)
  })

  test('a policy ARN the plan does not define (AWS managed) is unknown', () => {
    const set = policySetFromPlan(
      plan([
        { address: 'aws_iam_role.r', after: { name: 'ci' } },
        { address: 'aws_iam_role_policy_attachment.a', after: { role: 'ci', policy_arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' } }
      ]),
      'after'
    )
    expect(set.roles[0]?.policies[0]?.document).toEqual(
      new Unknown('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess is an AWS managed policy: its text is not in the plan (it only allows, so it matters only where an allow is missing)')
    )
    // AWS managed policies hold only Allow statements (except those that exist to deny): an unknown that can only allow.
    expect(set.roles[0]?.policies[0]?.allowOnly).toBe(true)
  })

  test('AWSDenyAll and the quarantine policies deny: unknown like any other document', () => {
    const set = policySetFromPlan(
      plan([
        { address: 'aws_iam_role.r', after: { name: 'ci' } },
        { address: 'aws_iam_role_policy_attachment.a', after: { role: 'ci', policy_arn: 'arn:aws:iam::aws:policy/AWSDenyAll' } },
        { address: 'aws_iam_role_policy_attachment.b', after: { role: 'ci', policy_arn: 'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3' } }
      ]),
      'after'
    )
    expect(set.roles[0]?.policies.map((policy) => policy.allowOnly)).toEqual([undefined, undefined])
  })

  test('a customer managed policy the plan does not define may deny', () => {
    const set = policySetFromPlan(
      plan([
        { address: 'aws_iam_role.r', after: { name: 'ci' } },
        { address: 'aws_iam_role_policy_attachment.a', after: { role: 'ci', policy_arn: 'arn:aws:iam::111122223333:policy/elsewhere' } }
      ]),
      'after'
    )
    expect(set.roles[0]?.policies[0]).toMatchObject({ document: new Unknown('policy arn:aws:iam::111122223333:policy/elsewhere is not defined in the plan (a policy managed elsewhere)') })
    expect(set.roles[0]?.policies[0]?.allowOnly).toBeUndefined()
  })
})

describe('not a plan', () => {
  test.each([
    ['an array', []],
    ['an object without format_version', { resource_changes: [] }],
    ['a future major format', { format_version: '2.0', resource_changes: [] }]
  ])('%s', (_name, value) => {
    expect(() => policySetFromPlan(value, 'after')).toThrow(PlanError)
  })
})

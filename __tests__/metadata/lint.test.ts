import { lintPolicy, lintRequest } from '../../src/metadata/lint.js'
import type { ConditionClause, Policy, Statement } from '../../src/policy/types.js'
import type { Finding } from '../../src/verdict/findings.js'

/** A statement as the parser would build it; only what a row sets differs from an Allow on `*`. */
function statement(fields: {
  index?: number
  action?: string[]
  notAction?: string[]
  resource?: string[]
  notResource?: string[]
  noResource?: boolean
  conditions?: [operator: string, key: string][]
}): Statement {
  const index = fields.index ?? 0
  const conditions: ConditionClause[] = (fields.conditions ?? []).map(([operator, key]) => ({
    operator,
    baseOperator: operator.replace(/^(ForAnyValue|ForAllValues):/, '').replace(/IfExists$/, ''),
    qualifier: operator.startsWith('ForAnyValue:') ? 'ForAnyValue' : operator.startsWith('ForAllValues:') ? 'ForAllValues' : null,
    ifExists: operator.endsWith('IfExists'),
    key,
    values: ['x']
  }))
  return {
    index,
    sid: null,
    label: `#${index}`,
    effect: 'Allow',
    action: fields.notAction !== undefined ? { negated: true, values: fields.notAction } : { negated: false, values: fields.action ?? ['*'] },
    resource:
      fields.noResource === true
        ? null
        : fields.notResource !== undefined
          ? { negated: true, values: fields.notResource }
          : { negated: false, values: fields.resource ?? ['*'] },
    principal: null,
    conditions
  }
}

function policy(...statements: Statement[]): Policy {
  return { version: '2012-10-17', statements }
}

interface Row {
  name: string
  statement: Statement
  expected: Finding[]
}

function run(rows: Row[]): void {
  test.each(rows)('$name', ({ statement: s, expected }) => {
    expect(lintPolicy(policy(s), 'bucket.policy')).toEqual(expected)
  })
}

const AT = 'bucket.policy.Statement[0]'

describe('unknown-action', () => {
  // "The name must match an action that is supported by the service. The prefix and the action name are
  // case insensitive", and `*`/`?` may stand for part of a name:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
  // The action lists: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html,
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html
  run([
    {
      name: 'a misspelled S3 action, with the closest name',
      statement: statement({ action: ['s3:PutObjects'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.Action`, message: 's3:PutObjects is not an S3 action; did you mean s3:PutObject?' }]
    },
    {
      name: 'a transposition is one edit away',
      statement: statement({ action: ['s3:GetObjcet'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.Action`, message: 's3:GetObjcet is not an S3 action; did you mean s3:GetObject?' }]
    },
    {
      name: 'a misspelled KMS action',
      statement: statement({ action: ['kms:GenerateDataKeys'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.Action`, message: 'kms:GenerateDataKeys is not a KMS action; did you mean kms:GenerateDataKey?' }]
    },
    {
      name: 'nothing close enough to suggest',
      statement: statement({ action: ['s3:Frobnicate'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.Action`, message: 's3:Frobnicate is not an S3 action' }]
    },
    {
      name: 'a wildcard that matches no S3 action',
      statement: statement({ action: ['s3:Put*Objectz'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.Action`, message: 's3:Put*Objectz matches no S3 action' }]
    },
    {
      name: 'a misspelled action in NotAction',
      statement: statement({ notAction: ['s3:DeleteObjekt'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.NotAction`, message: 's3:DeleteObjekt is not an S3 action; did you mean s3:DeleteObject?' }]
    },
    {
      name: 'an action without a service prefix',
      statement: statement({ action: ['GetObject'] }),
      expected: [{ code: 'unknown-action', path: `${AT}.Action`, message: 'GetObject is not an action: actions are written service:ActionName, e.g. s3:GetObject' }]
    },
    {
      name: 'one finding per bad value, good ones silent',
      statement: statement({ action: ['s3:GetObject', 's3:PutObjects', 'kms:Decrypt', 's3:ListBuckett'] }),
      expected: [
        { code: 'unknown-action', path: `${AT}.Action`, message: 's3:PutObjects is not an S3 action; did you mean s3:PutObject?' },
        { code: 'unknown-action', path: `${AT}.Action`, message: 's3:ListBuckett is not an S3 action; did you mean s3:ListBucket?' }
      ]
    },
    { name: 'other case is the same action', statement: statement({ action: ['S3:getobject', 'KMS:DECRYPT'] }), expected: [] },
    { name: 'a wildcard that matches', statement: statement({ action: ['s3:Get*', 's3:*Object', 's3:?etObject'] }), expected: [] },
    { name: 'the bare *', statement: statement({ action: ['*'] }), expected: [] },
    { name: 'every S3 action', statement: statement({ action: ['s3:*'] }), expected: [] },
    { name: 'STS and IAM actions', statement: statement({ action: ['sts:AssumeRole', 'iam:PassRole'] }), expected: [] },
    { name: 'a service we do not catalogue is never judged', statement: statement({ action: ['ec2:RunInstancez', 'dynamodb:GetItemz'] }), expected: [] },
    { name: 'a wildcard in the service part is not judged', statement: statement({ action: ['s3*:GetObjectz'] }), expected: [] }
  ])
})

describe('unknown-service', () => {
  // Prefixes AWS documents: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
  // Only a prefix that is no AWS service at all is reported; a real service we do not catalogue never is.
  run([
    {
      name: 's4 is no service; the catalogued s3 wins the tie with ds',
      statement: statement({ action: ['s4:GetObject'] }),
      expected: [{ code: 'unknown-service', path: `${AT}.Action`, message: 's4 is not an AWS service prefix (in s4:GetObject); did you mean s3:GetObject?' }]
    },
    {
      name: 'kmss is no service',
      statement: statement({ action: ['kmss:Decrypt'] }),
      expected: [{ code: 'unknown-service', path: `${AT}.Action`, message: 'kmss is not an AWS service prefix (in kmss:Decrypt); did you mean kms:Decrypt?' }]
    },
    {
      name: 'nothing close enough to suggest',
      statement: statement({ action: ['amazonstorage:GetObject'] }),
      expected: [{ code: 'unknown-service', path: `${AT}.Action`, message: 'amazonstorage is not an AWS service prefix (in amazonstorage:GetObject)' }]
    },
    {
      name: 'in NotAction too',
      statement: statement({ notAction: ['s4:*'] }),
      expected: [{ code: 'unknown-service', path: `${AT}.NotAction`, message: 's4 is not an AWS service prefix (in s4:*); did you mean s3:*?' }]
    },
    { name: 'S3 in capitals is S3', statement: statement({ action: ['S3:GetObject'] }), expected: [] },
    { name: 'real services outside the catalog', statement: statement({ action: ['ec2:RunInstances', 's3express:CreateSession', 'dynamodb:*'] }), expected: [] }
  ])
})

describe('resource-type-mismatch', () => {
  // An action applies only to ARNs of the resource types in its row; with no type, only "Resource": "*":
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
  // Bucket operations need a bucket ARN, object operations an object ARN:
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
  // `*` expands across `/`, so arn:aws:s3:::bucket* covers the bucket and its objects:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
  // AWS's own example grants s3:ListAllMyBuckets on arn:aws:s3:::*:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html
  const BUCKET_TYPES =
    'accesspoint (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}) or bucket (arn:${Partition}:s3:::${BucketName})'
  const OBJECT_TYPES =
    'accesspointobject (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}) or object (arn:${Partition}:s3:::${BucketName}/${ObjectName})'
  run([
    {
      name: 's3:ListBucket on the objects of a bucket',
      statement: statement({ action: ['s3:ListBucket'], resource: ['arn:aws:s3:::bucket/*'] }),
      expected: [
        {
          code: 'resource-type-mismatch',
          path: `${AT}.Resource`,
          message: `s3:ListBucket acts on ${BUCKET_TYPES} resources, but none of arn:aws:s3:::bucket/* can be one, so this statement never applies to s3:ListBucket`
        }
      ]
    },
    {
      name: 's3:GetObject on the bucket',
      statement: statement({ action: ['s3:getobject'], resource: ['arn:aws:s3:::bucket'] }),
      expected: [
        {
          code: 'resource-type-mismatch',
          path: `${AT}.Resource`,
          message: `s3:GetObject acts on ${OBJECT_TYPES} resources, but none of arn:aws:s3:::bucket can be one, so this statement never applies to s3:GetObject`
        }
      ]
    },
    {
      name: 'only the action that fits no resource is reported',
      statement: statement({ action: ['s3:GetObject', 's3:ListBucket', 's3:PutObject'], resource: ['arn:aws:s3:::bucket/*'] }),
      expected: [
        {
          code: 'resource-type-mismatch',
          path: `${AT}.Resource`,
          message: `s3:ListBucket acts on ${BUCKET_TYPES} resources, but none of arn:aws:s3:::bucket/* can be one, so this statement never applies to s3:ListBucket`
        }
      ]
    },
    {
      name: 's3:ListAllMyBuckets on a bucket',
      statement: statement({ action: ['s3:ListAllMyBuckets'], resource: ['arn:aws:s3:::bucket'] }),
      expected: [
        {
          code: 'resource-type-mismatch',
          path: `${AT}.Resource`,
          message: 's3:ListAllMyBuckets does not support resource-level permissions, so only "Resource": "*" applies to it; this statement names arn:aws:s3:::bucket'
        }
      ]
    },
    {
      name: 'kms:Decrypt on an S3 object',
      statement: statement({ action: ['kms:Decrypt'], resource: ['arn:aws:s3:::bucket/*'] }),
      expected: [
        {
          code: 'resource-type-mismatch',
          path: `${AT}.Resource`,
          message:
            'kms:Decrypt acts on key (arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}) resources, but none of arn:aws:s3:::bucket/* can be one, so this statement never applies to kms:Decrypt'
        }
      ]
    },
    {
      name: 'a duplicated action is reported once',
      statement: statement({ action: ['s3:GetObject', 'S3:GETOBJECT'], resource: ['arn:aws:s3:::bucket'] }),
      expected: [
        {
          code: 'resource-type-mismatch',
          path: `${AT}.Resource`,
          message: `s3:GetObject acts on ${OBJECT_TYPES} resources, but none of arn:aws:s3:::bucket can be one, so this statement never applies to s3:GetObject`
        }
      ]
    },
    { name: 's3:ListBucket on the bucket', statement: statement({ action: ['s3:ListBucket'], resource: ['arn:aws:s3:::bucket'] }), expected: [] },
    { name: 's3:GetObject on its objects', statement: statement({ action: ['s3:GetObject'], resource: ['arn:aws:s3:::bucket/*'] }), expected: [] },
    {
      name: 'bucket and object actions on bucket and objects',
      statement: statement({ action: ['s3:ListBucket', 's3:GetObject'], resource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] }),
      expected: []
    },
    {
      name: 'bucket* could be the bucket or an object',
      statement: statement({ action: ['s3:ListBucket', 's3:GetObject'], resource: ['arn:aws:s3:::bucket*'] }),
      expected: []
    },
    { name: 'Resource *', statement: statement({ action: ['s3:ListBucket', 's3:GetObject', 's3:ListAllMyBuckets'], resource: ['*'] }), expected: [] },
    { name: 's3:ListAllMyBuckets on arn:aws:s3:::*', statement: statement({ action: ['s3:ListAllMyBuckets'], resource: ['arn:aws:s3:::*'] }), expected: [] },
    {
      name: 's3:GetObject through an access point',
      statement: statement({ action: ['s3:GetObject'], resource: ['arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*'] }),
      expected: []
    },
    {
      name: 'a policy variable in the key',
      statement: statement({ action: ['s3:GetObject'], resource: ['arn:aws:s3:::bucket/home/${aws:username}/*'] }),
      expected: []
    },
    {
      name: 'kms:Decrypt on keys of one account',
      statement: statement({ action: ['kms:Decrypt', 'kms:GenerateDataKey'], resource: ['arn:aws:kms:*:444455556666:key/*'] }),
      expected: []
    },
    {
      name: 'S3 and KMS actions with their own resources in one statement',
      statement: statement({ action: ['s3:PutObject', 'kms:GenerateDataKey'], resource: ['arn:aws:s3:::bucket/*', 'arn:aws:kms:us-east-1:444455556666:key/k'] }),
      expected: []
    },
    { name: 'a wildcard action is not judged', statement: statement({ action: ['s3:Get*'], resource: ['arn:aws:s3:::bucket'] }), expected: [] },
    { name: 'NotAction is not judged', statement: statement({ notAction: ['s3:GetObject'], resource: ['arn:aws:s3:::bucket'] }), expected: [] },
    { name: 'NotResource is not judged', statement: statement({ action: ['s3:GetObject'], notResource: ['arn:aws:s3:::bucket'] }), expected: [] },
    { name: 'no Resource element', statement: statement({ action: ['s3:GetObject'], noResource: true }), expected: [] },
    { name: 'an action of a service we do not catalogue', statement: statement({ action: ['ec2:RunInstances'], resource: ['arn:aws:s3:::bucket'] }), expected: [] }
  ])
})

describe('unknown-condition-key', () => {
  // Key names are case-insensitive; aws:PrincipalTag/tag-key, s3:ExistingObjectTag/<tag-key> and
  // kms:EncryptionContext:<key> take a name of the user's after the documented part:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging-and-policies.html
  run([
    {
      name: 'a misspelled global key',
      statement: statement({ conditions: [['IpAddress', 'aws:SourceIps']] }),
      expected: [
        {
          code: 'unknown-condition-key',
          path: `${AT}.Condition.IpAddress.aws:SourceIps`,
          message: 'aws:SourceIps is not a global condition key that AWS documents; did you mean aws:SourceIp?'
        }
      ]
    },
    {
      name: 'a truncated S3 key',
      statement: statement({ conditions: [['StringEquals', 's3:x-amz-server-side-encryption-aws-kms-key']] }),
      expected: [
        {
          code: 'unknown-condition-key',
          path: `${AT}.Condition.StringEquals.s3:x-amz-server-side-encryption-aws-kms-key`,
          message:
            's3:x-amz-server-side-encryption-aws-kms-key is not a condition key of S3 that AWS documents; did you mean s3:x-amz-server-side-encryption-aws-kms-key-id?'
        }
      ]
    },
    {
      name: 'a misspelled template keeps the tag name in the suggestion',
      statement: statement({ conditions: [['StringEquals', 'aws:PrincipalTags/team']] }),
      expected: [
        {
          code: 'unknown-condition-key',
          path: `${AT}.Condition.StringEquals.aws:PrincipalTags/team`,
          message: 'aws:PrincipalTags/team is not a global condition key that AWS documents; did you mean aws:PrincipalTag/team?'
        }
      ]
    },
    {
      name: 'a misspelled KMS key under a set operator',
      statement: statement({ conditions: [['ForAnyValue:StringEquals', 'kms:ViaServices']] }),
      expected: [
        {
          code: 'unknown-condition-key',
          path: `${AT}.Condition.ForAnyValue:StringEquals.kms:ViaServices`,
          message: 'kms:ViaServices is not a condition key of KMS that AWS documents; did you mean kms:ViaService?'
        }
      ]
    },
    {
      name: 'nothing close enough to suggest',
      statement: statement({ conditions: [['Bool', 'aws:IsFriday']] }),
      expected: [
        { code: 'unknown-condition-key', path: `${AT}.Condition.Bool.aws:IsFriday`, message: 'aws:IsFriday is not a global condition key that AWS documents' }
      ]
    },
    {
      name: 'a key without a prefix',
      statement: statement({ conditions: [['IpAddress', 'SourceIp']] }),
      expected: [
        {
          code: 'unknown-condition-key',
          path: `${AT}.Condition.IpAddress.SourceIp`,
          message: 'SourceIp is not a condition key: keys are written prefix:name, e.g. aws:SourceIp'
        }
      ]
    },
    {
      name: 'known keys in any case, templates included',
      statement: statement({
        conditions: [
          ['IpAddress', 'AWS:SOURCEIP'],
          ['Bool', 'aws:SecureTransport'],
          ['StringEquals', 'aws:PrincipalTag/team'],
          ['StringEquals', 's3:ExistingObjectTag/stage'],
          ['StringEquals', 'kms:EncryptionContext:aws:s3:arn'],
          ['StringLike', 's3:prefix'],
          ['StringEqualsIfExists', 's3:x-amz-server-side-encryption-aws-kms-key-id'],
          ['StringEquals', 'sts:ExternalId']
        ]
      }),
      expected: []
    },
    {
      name: 'keys of services we do not catalogue are never judged',
      statement: statement({ conditions: [['StringEquals', 'ec2:NoSuchKey'], ['StringLike', 'token.actions.githubusercontent.com:sub']] }),
      expected: []
    }
  ])
})

describe('lintPolicy paths', () => {
  test.each([
    { name: 'statement index, not array position', base: 'identity.policies[0].document', index: 3, path: 'identity.policies[0].document.Statement[3].Action' },
    { name: 'empty base path', base: '', index: 0, path: 'Statement[0].Action' }
  ])('$name', ({ base, index, path }) => {
    const findings = lintPolicy(policy(statement({ index, action: ['s3:PutObjects'] })), base)
    expect(findings.map((f) => f.path)).toEqual([path])
  })

  test('findings come in statement order, each statement checked', () => {
    const findings = lintPolicy(
      policy(
        statement({ index: 0, action: ['s3:GetObject'], resource: ['arn:aws:s3:::b'] }),
        statement({ index: 1, action: ['s3:PutObjects'], conditions: [['Bool', 'aws:SecureTransports']] })
      ),
      'bucket.policy'
    )
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['resource-type-mismatch', 'bucket.policy.Statement[0].Resource'],
      ['unknown-action', 'bucket.policy.Statement[1].Action'],
      ['unknown-condition-key', 'bucket.policy.Statement[1].Condition.Bool.aws:SecureTransports']
    ])
  })
})

describe('lintRequest', () => {
  // A request with a key is on the object arn:aws:s3:::bucket/key, one without on the bucket; bucket
  // operations (ListObjectsV2 -> s3:ListBucket) take no key, object operations need one:
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
  // Resource types per action: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
  test.each([
    { name: 's3:PutObject with a key', action: 's3:PutObject', hasKey: true, expected: [] },
    { name: 's3:getobject (any case) with a key', action: 's3:getobject', hasKey: true, expected: [] },
    { name: 's3:ListBucket without a key', action: 's3:ListBucket', hasKey: false, expected: [] },
    { name: 's3:ListAllMyBuckets without a key', action: 's3:ListAllMyBuckets', hasKey: false, expected: [] },
    { name: 's3:CreateJob (no resource type) without a key', action: 's3:CreateJob', hasKey: false, expected: [] },
    { name: 'a KMS action is not judged against bucket and key', action: 'kms:Decrypt', hasKey: false, expected: [] },
    {
      name: 's3:ListBucket with a key',
      action: 's3:ListBucket',
      hasKey: true,
      expected: [
        {
          code: 'resource-type-mismatch',
          path: 'request.key',
          message:
            's3:ListBucket acts on accesspoint (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}) or bucket (arn:${Partition}:s3:::${BucketName}) resources, not on an object: the request should have no key'
        }
      ]
    },
    {
      name: 's3:GetObject without a key',
      action: 's3:GetObject',
      hasKey: false,
      expected: [
        {
          code: 'resource-type-mismatch',
          path: 'request.key',
          message:
            's3:GetObject acts on accesspointobject (arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}) or object (arn:${Partition}:s3:::${BucketName}/${ObjectName}) resources, not on a bucket: the request needs a key'
        }
      ]
    },
    {
      name: 's3:DescribeJob acts on neither bucket nor object',
      action: 's3:DescribeJob',
      hasKey: false,
      expected: [
        {
          code: 'resource-type-mismatch',
          path: 'request.key',
          message: 's3:DescribeJob acts on job (arn:${Partition}:s3:${Region}:${Account}:job/${JobId}) resources, not on a bucket or an object'
        }
      ]
    },
    {
      name: 's3:ListAllMyBuckets with a key',
      action: 's3:ListAllMyBuckets',
      hasKey: true,
      expected: [
        {
          code: 'resource-type-mismatch',
          path: 'request.key',
          message: 's3:ListAllMyBuckets does not act on a bucket or an object (its policies name "Resource": "*"), but the request has a key'
        }
      ]
    },
    {
      name: 'a misspelled action',
      action: 's3:PutObjects',
      hasKey: true,
      expected: [{ code: 'unknown-action', path: 'request.action', message: 's3:PutObjects is not an S3 action; did you mean s3:PutObject?' }]
    },
    {
      name: 'a pattern is not one action',
      action: 's3:Get*',
      hasKey: true,
      expected: [{ code: 'unknown-action', path: 'request.action', message: 's3:Get* is a pattern: the request names one action, e.g. s3:GetObject' }]
    },
    {
      name: 'the bare * is a pattern too',
      action: '*',
      hasKey: false,
      expected: [{ code: 'unknown-action', path: 'request.action', message: '* is a pattern: the request names one action, e.g. s3:GetObject' }]
    },
    {
      name: 'no service prefix',
      action: 'GetObject',
      hasKey: true,
      expected: [{ code: 'unknown-action', path: 'request.action', message: 'GetObject is not an action: actions are written service:ActionName, e.g. s3:GetObject' }]
    },
    {
      name: 'an unknown service',
      action: 's4:GetObject',
      hasKey: true,
      expected: [{ code: 'unknown-service', path: 'request.action', message: 's4 is not an AWS service prefix (in s4:GetObject); did you mean s3:GetObject?' }]
    }
  ])('$name', ({ action, hasKey, expected }) => {
    expect(lintRequest(action, hasKey)).toEqual(expected)
  })
})

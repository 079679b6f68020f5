import {
  actionsMatching,
  canonicalConditionKey,
  closest,
  editDistance,
  findAction,
  isCataloguedService,
  isKnownConditionKey,
  isKnownService,
  patternCouldMatchFormat,
  resourceTypeOfArn,
  wildcardMatches
} from '../../src/metadata/catalog.js'

const BUCKET_ARN = 'arn:${Partition}:s3:::${BucketName}'
const OBJECT_ARN = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}'
const ACCESS_POINT_OBJECT_ARN = 'arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}/object/${ObjectName}'
const KMS_KEY_ARN = 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}'

describe('isKnownService', () => {
  // Every prefix the Service Authorization Reference documents is known, catalogued or not:
  // https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
  // Prefixes are case-insensitive: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
  test.each([
    { name: 's3', prefix: 's3', known: true, catalogued: true },
    { name: 'upper-case S3', prefix: 'S3', known: true, catalogued: true },
    { name: 'mixed-case Kms', prefix: 'Kms', known: true, catalogued: true },
    { name: 'sts', prefix: 'sts', known: true, catalogued: true },
    { name: 'iam', prefix: 'iam', known: true, catalogued: true },
    { name: 'ec2: a real service we do not catalogue', prefix: 'ec2', known: true, catalogued: false },
    { name: 's3express (directory buckets) is its own service', prefix: 's3express', known: true, catalogued: false },
    { name: 's3-object-lambda', prefix: 's3-object-lambda', known: true, catalogued: false },
    { name: 's4: no such service', prefix: 's4', known: false, catalogued: false },
    { name: 'empty prefix', prefix: '', known: false, catalogued: false }
  ])('$name', ({ prefix, known, catalogued }) => {
    expect(isKnownService(prefix)).toBe(known)
    expect(isCataloguedService(prefix)).toBe(catalogued)
  })
})

describe('findAction', () => {
  // Resource types and their asterisks (required) as the Service Authorization Reference lists them:
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html
  // Action names are case-insensitive: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
  test.each([
    {
      name: 'lower-case s3:putobject finds PutObject (object or access point object, neither required)',
      action: 's3:putobject',
      expected: {
        service: 's3',
        name: 'PutObject',
        resourceTypes: [
          { name: 'accesspointobject', required: false, arnFormats: [ACCESS_POINT_OBJECT_ARN] },
          { name: 'object', required: false, arnFormats: [OBJECT_ARN] }
        ]
      }
    },
    {
      name: 'upper-case S3:GETOBJECT finds GetObject',
      action: 'S3:GETOBJECT',
      expected: {
        service: 's3',
        name: 'GetObject',
        resourceTypes: [
          { name: 'accesspointobject', required: false, arnFormats: [ACCESS_POINT_OBJECT_ARN] },
          { name: 'object', required: false, arnFormats: [OBJECT_ARN] }
        ]
      }
    },
    {
      name: 's3:ListBucket acts on an access point or a bucket',
      action: 's3:listbucket',
      expected: {
        service: 's3',
        name: 'ListBucket',
        resourceTypes: [
          { name: 'accesspoint', required: false, arnFormats: ['arn:${Partition}:s3:${Region}:${Account}:accesspoint/${AccessPointName}'] },
          { name: 'bucket', required: false, arnFormats: [BUCKET_ARN] }
        ]
      }
    },
    {
      name: 's3:ListAllMyBuckets has no resource type',
      action: 's3:ListAllMyBuckets',
      expected: { service: 's3', name: 'ListAllMyBuckets', resourceTypes: [] }
    },
    {
      name: 'kms:generatedatakey requires a key',
      action: 'kms:generatedatakey',
      expected: { service: 'kms', name: 'GenerateDataKey', resourceTypes: [{ name: 'key', required: true, arnFormats: [KMS_KEY_ARN] }] }
    },
    {
      name: 'kms:CreateAlias requires both an alias and a key',
      action: 'KMS:createalias',
      expected: {
        service: 'kms',
        name: 'CreateAlias',
        resourceTypes: [
          { name: 'alias', required: true, arnFormats: ['arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}'] },
          { name: 'key', required: true, arnFormats: [KMS_KEY_ARN] }
        ]
      }
    },
    {
      name: 'sts:AssumeRole acts on a role',
      action: 'sts:assumerole',
      expected: {
        service: 'sts',
        name: 'AssumeRole',
        resourceTypes: [{ name: 'role', required: true, arnFormats: ['arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'] }]
      }
    }
  ])('$name', ({ action, expected }) => {
    expect(findAction(action)).toMatchObject(expected)
  })

  test.each([
    { name: 'a misspelled action', action: 's3:PutObjects' },
    { name: 'an action of a service we do not catalogue', action: 'ec2:RunInstances' },
    { name: 'no service prefix', action: 'PutObject' },
    { name: 'a wildcard is not one action', action: 's3:Get*' },
    { name: 'empty action name', action: 's3:' }
  ])('$name: undefined', ({ action }) => {
    expect(findAction(action)).toBeUndefined()
  })

  test.each([
    { name: 'PutObject carries the SSE-KMS key id header key', action: 's3:PutObject', key: 's3:x-amz-server-side-encryption-aws-kms-key-id' },
    { name: 'PutObject carries the x-amz-acl key', action: 's3:PutObject', key: 's3:x-amz-acl' },
    { name: 'PutObject carries the templated request-tag key', action: 's3:PutObject', key: 's3:RequestObjectTag/<key>' },
    { name: 'GetObject carries the templated existing-tag key', action: 's3:GetObject', key: 's3:ExistingObjectTag/<key>' },
    { name: 'ListBucket carries s3:prefix', action: 's3:ListBucket', key: 's3:prefix' },
    { name: 'kms:Decrypt carries kms:ViaService', action: 'kms:Decrypt', key: 'kms:ViaService' },
    { name: 'kms:Decrypt carries the encryption-context template', action: 'kms:Decrypt', key: 'kms:EncryptionContext:${EncryptionContextKey}' }
  ])('condition keys: $name', ({ action, key }) => {
    expect(findAction(action)?.conditionKeys).toContain(key)
  })
})

describe('actionsMatching', () => {
  // `*` and `?` in Action, case-insensitive:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
  test.each([
    { name: 's3:Get* includes GetObject', pattern: 's3:Get*', includes: ['s3:GetObject', 's3:GetBucketPolicy'], excludes: ['s3:PutObject'] },
    { name: 'lower-case s3:get* matches the same', pattern: 's3:get*', includes: ['s3:GetObject'], excludes: ['s3:ListBucket'] },
    { name: '? matches one character', pattern: 's3:?etObject', includes: ['s3:GetObject'], excludes: ['s3:GetObjectAcl'] },
    { name: 'kms:*DataKey* matches the GenerateDataKey family', pattern: 'kms:*DataKey*', includes: ['kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext'], excludes: ['kms:Decrypt'] },
    { name: '* matches every catalogued action', pattern: '*', includes: ['s3:GetObject', 'kms:Decrypt', 'sts:AssumeRole', 'iam:PassRole'], excludes: [] }
  ])('$name', ({ pattern, includes, excludes }) => {
    const names = actionsMatching(pattern).map((a) => `${a.service}:${a.name}`)
    for (const name of includes) expect(names).toContain(name)
    for (const name of excludes) expect(names).not.toContain(name)
  })

  test.each([
    { name: 'a pattern that fits no S3 action', pattern: 's3:Put*Objectz' },
    { name: 'a service we do not catalogue', pattern: 'ec2:*' },
    { name: 'no colon', pattern: 'Get*' }
  ])('$name: nothing', ({ pattern }) => {
    expect(actionsMatching(pattern)).toEqual([])
  })

  test('s3:Get* matches only names starting with Get, and s3:* every S3 action', () => {
    const gets = actionsMatching('s3:Get*')
    expect(gets.length).toBeGreaterThan(40)
    expect(gets.every((a) => a.service === 's3' && a.name.startsWith('Get'))).toBe(true)
    expect(actionsMatching('S3:*').length).toBeGreaterThan(gets.length)
  })
})

describe('isKnownConditionKey', () => {
  // Key names are case-insensitive, and keys such as aws:RequestTag/tag-key or
  // kms:EncryptionContext:encryption_context_key take part of their name from the user:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
  // Global keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
  // S3 object-tag keys: https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging-and-policies.html
  // KMS keys: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html
  test.each([
    { name: 'aws:SourceIp', key: 'aws:SourceIp', known: true },
    { name: 'AWS:SOURCEIP in capitals', key: 'AWS:SOURCEIP', known: true },
    { name: 'aws:SecureTransport', key: 'aws:SecureTransport', known: true },
    { name: 'aws:PrincipalOrgID', key: 'aws:PrincipalOrgID', known: true },
    { name: 'aws:SourceVpce', key: 'aws:sourcevpce', known: true },
    { name: 'aws:username', key: 'aws:username', known: true },
    { name: 'aws:CurrentTime', key: 'aws:CurrentTime', known: true },
    { name: 'aws:PrincipalTag/team (template)', key: 'aws:PrincipalTag/team', known: true },
    { name: 'aws:principaltag/Team (template, any case)', key: 'aws:principaltag/Team', known: true },
    { name: 'aws:RequestTag/env', key: 'aws:RequestTag/env', known: true },
    { name: 'aws:ResourceTag/env', key: 'aws:ResourceTag/env', known: true },
    { name: 'aws:TagKeys', key: 'aws:TagKeys', known: true },
    { name: 'aws:PrincipalTag/ with an empty tag name', key: 'aws:PrincipalTag/', known: false },
    { name: 'aws:PrincipalTag without a tag name', key: 'aws:PrincipalTag', known: false },
    { name: 'aws:SourceIps (misspelled)', key: 'aws:SourceIps', known: false },
    { name: 's3:prefix', key: 's3:prefix', known: true },
    { name: 's3:x-amz-server-side-encryption-aws-kms-key-id', key: 's3:x-amz-server-side-encryption-aws-kms-key-id', known: true },
    { name: 's3:ResourceAccount', key: 's3:ResourceAccount', known: true },
    { name: 's3:ExistingObjectTag/stage (template with <key>)', key: 's3:ExistingObjectTag/stage', known: true },
    { name: 's3:existingobjecttag/Stage (any case)', key: 's3:existingobjecttag/Stage', known: true },
    { name: 's3:RequestObjectTag/stage', key: 's3:RequestObjectTag/stage', known: true },
    { name: 's3:x-amz-server-side-encryption-aws-kms-key (truncated)', key: 's3:x-amz-server-side-encryption-aws-kms-key', known: false },
    { name: 's3:ExistingObjectTags/stage (misspelled template)', key: 's3:ExistingObjectTags/stage', known: false },
    { name: 'kms:ViaService', key: 'kms:ViaService', known: true },
    { name: 'kms:CallerAccount', key: 'kms:calleraccount', known: true },
    { name: 'kms:EncryptionContext:aws:s3:arn (template after a colon)', key: 'kms:EncryptionContext:aws:s3:arn', known: true },
    { name: 'kms:EncryptionContextKeys', key: 'kms:EncryptionContextKeys', known: true },
    { name: 'kms:ViaServices (misspelled)', key: 'kms:ViaServices', known: false },
    { name: 'sts:ExternalId', key: 'sts:ExternalId', known: true },
    { name: 'iam:PassedToService', key: 'iam:PassedToService', known: true },
    { name: 'iam:ResourceTag/team', key: 'iam:ResourceTag/team', known: true },
    { name: 'ec2:NoSuchKey: EC2 is not catalogued, we cannot tell', key: 'ec2:NoSuchKey', known: true },
    { name: 'token.actions.githubusercontent.com:sub: not catalogued', key: 'token.actions.githubusercontent.com:sub', known: true },
    { name: 'no prefix at all', key: 'SourceIp', known: false }
  ])('$name', ({ key, known }) => {
    expect(isKnownConditionKey(key)).toBe(known)
  })

  test.each([
    { name: 'exact key in any case', key: 'AWS:SOURCEIP', canonical: 'aws:SourceIp' },
    { name: 'global template', key: 'aws:principaltag/team', canonical: 'aws:PrincipalTag/${TagKey}' },
    { name: 'S3 template', key: 's3:ExistingObjectTag/stage', canonical: 's3:ExistingObjectTag/<key>' },
    { name: 'KMS template', key: 'kms:encryptioncontext:aws:s3:arn', canonical: 'kms:EncryptionContext:${EncryptionContextKey}' }
  ])('canonical spelling: $name', ({ key, canonical }) => {
    expect(canonicalConditionKey(key)).toBe(canonical)
  })
})

describe('resourceTypeOfArn', () => {
  // ARN formats of the resource-type tables:
  // https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html#amazons3-resources-for-iam-policies
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html (bucket vs object ARNs)
  test.each([
    { name: 'a bucket', service: 's3', arn: 'arn:aws:s3:::artifacts-prod', type: 'bucket' },
    { name: 'a bucket in aws-cn', service: 's3', arn: 'arn:aws-cn:s3:::artifacts-prod', type: 'bucket' },
    { name: 'an object', service: 's3', arn: 'arn:aws:s3:::artifacts-prod/builds/app.zip', type: 'object' },
    { name: 'an object whose key has a colon', service: 's3', arn: 'arn:aws:s3:::b/a:b', type: 'object' },
    { name: 'every object of a bucket', service: 's3', arn: 'arn:aws:s3:::artifacts-prod/*', type: 'object' },
    { name: 'upper-case service (case-insensitive)', service: 'S3', arn: 'arn:aws:s3:::b', type: 'bucket' },
    { name: 'an access point', service: 's3', arn: 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap', type: 'accesspoint' },
    { name: 'an object through an access point', service: 's3', arn: 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/k', type: 'accesspointobject' },
    { name: 'a multi-region access point (no region)', service: 's3', arn: 'arn:aws:s3::111122223333:accesspoint/mfzwi23gnjvgw.mrap', type: 'multiregionaccesspoint' },
    { name: 'a KMS key', service: 'kms', arn: 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab', type: 'key' },
    { name: 'a KMS alias with a slash in its name', service: 'kms', arn: 'arn:aws:kms:us-east-1:444455556666:alias/aws/s3', type: 'alias' },
    { name: 'a role with a path', service: 'iam', arn: 'arn:aws:iam::111122223333:role/ci/ci-deploy', type: 'role' },
    { name: 'bucket-or-object wildcard is ambiguous', service: 's3', arn: 'arn:aws:s3:::artifacts*', type: undefined },
    { name: 'an S3 ARN is no KMS type', service: 'kms', arn: 'arn:aws:s3:::b', type: undefined },
    { name: 'an empty bucket name is nothing', service: 's3', arn: 'arn:aws:s3:::', type: undefined },
    { name: 'a service we do not catalogue', service: 'ec2', arn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', type: undefined }
  ])('$name', ({ service, arn, type }) => {
    expect(resourceTypeOfArn(service, arn)).toBe(type)
  })
})

describe('patternCouldMatchFormat', () => {
  // `*` and `?` in Resource, `*` crossing `/` (and `:` at the end of a segment); policy variables stand for
  // values known only at evaluation: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
  test.each([
    { name: '* is anything', pattern: '*', format: BUCKET_ARN, could: true },
    { name: 'bucket* could be a bucket', pattern: 'arn:aws:s3:::bucket*', format: BUCKET_ARN, could: true },
    { name: 'bucket* could be an object', pattern: 'arn:aws:s3:::bucket*', format: OBJECT_ARN, could: true },
    { name: 'bucket/* is never a bucket', pattern: 'arn:aws:s3:::bucket/*', format: BUCKET_ARN, could: false },
    { name: 'a bucket is never an object', pattern: 'arn:aws:s3:::bucket', format: OBJECT_ARN, could: false },
    { name: 'bucket/ with an empty key is no object', pattern: 'arn:aws:s3:::bucket/', format: OBJECT_ARN, could: false },
    { name: '? could be the slash of an object ARN', pattern: 'arn:aws:s3:::b?k', format: OBJECT_ARN, could: true },
    { name: 'a policy variable could be a bucket name', pattern: 'arn:aws:s3:::${aws:username}', format: BUCKET_ARN, could: true },
    { name: 'a policy variable in the key', pattern: 'arn:aws:s3:::b/home/${aws:username}/*', format: OBJECT_ARN, could: true },
    { name: 'the ${*} escape is a literal star, not a wildcard', pattern: 'arn:aws:s3:::b${*}', format: OBJECT_ARN, could: false },
    { name: 'wildcard partition', pattern: 'arn:*:s3:::b', format: BUCKET_ARN, could: true },
    { name: 'an S3 object is no KMS key', pattern: 'arn:aws:s3:::b/*', format: KMS_KEY_ARN, could: false },
    { name: 'any key of one account', pattern: 'arn:aws:kms:*:111122223333:key/*', format: KMS_KEY_ARN, could: true },
    { name: 'an access point object ARN is no bucket object', pattern: 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*', format: OBJECT_ARN, could: false },
    { name: 'an access point object ARN', pattern: 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap/object/*', format: ACCESS_POINT_OBJECT_ARN, could: true }
  ])('$name', ({ pattern, format, could }) => {
    expect(patternCouldMatchFormat(pattern, format)).toBe(could)
  })
})

describe('wildcardMatches', () => {
  test.each([
    { name: 'exact, any case', pattern: 's3:GetObject', text: 'S3:getobject', matches: true },
    { name: 'trailing star', pattern: 's3:Get*', text: 's3:GetObjectAcl', matches: true },
    { name: 'star matches nothing too', pattern: 's3:GetObject*', text: 's3:GetObject', matches: true },
    { name: 'inner star with backtracking', pattern: 's3:*Object*Acl', text: 's3:PutObjectVersionAcl', matches: true },
    { name: '? is exactly one character', pattern: 's3:?etObject', text: 's3:etObject', matches: false },
    { name: 'a longer text does not match', pattern: 's3:GetObject', text: 's3:GetObjectAcl', matches: false }
  ])('$name', ({ pattern, text, matches }) => {
    expect(wildcardMatches(pattern, text)).toBe(matches)
  })
})

describe('suggestions', () => {
  test.each([
    { name: 'one extra letter', a: 'PutObjects', b: 'PutObject', distance: 1 },
    { name: 'a transposition counts once', a: 'GetObjcet', b: 'GetObject', distance: 1 },
    { name: 'case does not count', a: 'getobject', b: 'GetObject', distance: 0 },
    { name: 'a substitution', a: 's4', b: 's3', distance: 1 }
  ])('editDistance: $name', ({ a, b, distance }) => {
    expect(editDistance(a, b)).toBe(distance)
  })

  test.each([
    { name: 'closest wins', word: 'PutObjects', candidates: ['PutObjectAcl', 'PutObject', 'GetObject'], expected: 'PutObject' },
    { name: 'ties go to the first candidate', word: 's4', candidates: ['s3', 'ds'], expected: 's3' },
    { name: 'nothing close enough', word: 'Frobnicate', candidates: ['PutObject', 'GetObject'], expected: undefined }
  ])('closest: $name', ({ word, candidates, expected }) => {
    expect(closest(word, candidates)).toBe(expected)
  })
})

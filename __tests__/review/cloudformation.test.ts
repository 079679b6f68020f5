/**
 * CloudFormation templates: the YAML short forms, intrinsic functions resolved where they name the
 * template's own parameters, mappings, conditions and resources, every resource type the review
 * reads, and the values that cannot be resolved (named, never guessed).
 *
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 *   (${Param}, ${Resource.Attribute}, ${!Literal}; the variable map of the list form)
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
 *   (AWS::AccountId, AWS::Region, AWS::Partition, AWS::URLSuffix, AWS::NoValue removes the property)
 * Return values (Ref / Fn::GetAtt) per type:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html#aws-resource-s3-bucket-return-values
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html#aws-resource-iam-role-return-values
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-managedpolicy.html#aws-resource-iam-managedpolicy-return-values
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html#aws-resource-kms-key-return-values
 */
import { parseTemplate, policySetFromTemplate, TemplateError } from '../../src/review/cloudformation.js'
import { isUnknown, type CloudFormationSettings, type PolicySet } from '../../src/review/types.js'
import { fixture } from './helpers.js'

const SETTINGS: CloudFormationSettings = { parameters: {}, account: '111122223333', region: 'us-east-1' }

/** The resolved Resource of a bucket policy statement whose Resource is `value`. */
function resolveResource(value: unknown, extra: Record<string, unknown> = {}, settings: CloudFormationSettings = SETTINGS): unknown {
  const template = {
    Parameters: { Env: { Type: 'String', Default: 'prod' }, NoDefault: { Type: 'String' }, Names: { Type: 'CommaDelimitedList', Default: 'a, b' } },
    Mappings: { Regions: { 'us-east-1': { Suffix: 'use1' } } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }, IsStaging: { 'Fn::Equals': [{ Ref: 'Env' }, 'staging'] }, Unknowable: { 'Fn::Equals': [{ Ref: 'NoDefault' }, 'x'] } },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'named-bucket' } },
      Unnamed: { Type: 'AWS::S3::Bucket' },
      Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'ci', Path: '/ci/' } },
      Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'm', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } } },
      Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' }] } } },
      Policy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: { Bucket: 'named-bucket', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: value }] } }
      },
      ...extra
    }
  }
  const set = policySetFromTemplate(template, settings)
  const policy = set.buckets.find((bucket) => bucket.name === 'named-bucket')?.policy
  const document = policy?.document
  if (isUnknown(document)) return document.reason
  // A statement with an unresolved part is unknown on its own (the rest of the document still counts).
  const unknown = policy?.unknownStatements?.[0]
  if (unknown !== undefined) return unknown.reason
  const statements = document?.['Statement'] as Record<string, unknown>[]
  return statements[0]?.['Resource']
}

describe('intrinsic functions', () => {
  const rows: [string, unknown, unknown][] = [
    ['Ref of a parameter default', { 'Fn::Sub': 'arn:aws:s3:::${Env}-bucket/*' }, 'arn:aws:s3:::prod-bucket/*'],
    ['Ref of a bucket: its name', { 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'Bucket' }, '/*']] }, 'arn:aws:s3:::named-bucket/*'],
    ['GetAtt Arn of a bucket (list form)', { 'Fn::GetAtt': ['Bucket', 'Arn'] }, 'arn:aws:s3:::named-bucket'],
    ['GetAtt Arn of a bucket (dotted form)', { 'Fn::GetAtt': 'Bucket.Arn' }, 'arn:aws:s3:::named-bucket'],
    ['Sub with ${Resource.Arn}', { 'Fn::Sub': '${Bucket.Arn}/logs/*' }, 'arn:aws:s3:::named-bucket/logs/*'],
    ['Sub with the pseudo parameters', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${AWS::Region}-${AWS::AccountId}/*' }, 'arn:aws:s3:::us-east-1-111122223333/*'],
    ['Sub with ${!Literal}', { 'Fn::Sub': 'arn:aws:s3:::b/${!aws:username}/*' }, 'arn:aws:s3:::b/${aws:username}/*'],
    ['Sub with a variable map', { 'Fn::Sub': ['arn:aws:s3:::${Name}/*', { Name: { Ref: 'Bucket' } }] }, 'arn:aws:s3:::named-bucket/*'],
    ['GetAtt Arn of a role, with its path', { 'Fn::GetAtt': ['Role', 'Arn'] }, 'arn:aws:iam::111122223333:role/ci/ci'],
    ['Ref of a managed policy: its ARN', { Ref: 'Managed' }, 'arn:aws:iam::111122223333:policy/m'],
    ['Select of Split', { 'Fn::Select': [1, { 'Fn::Split': [',', 'arn:aws:s3:::x,arn:aws:s3:::y'] }] }, 'arn:aws:s3:::y'],
    ['FindInMap', { 'Fn::Sub': ['arn:aws:s3:::logs-${S}', { S: { 'Fn::FindInMap': ['Regions', { Ref: 'AWS::Region' }, 'Suffix'] } }] }, 'arn:aws:s3:::logs-use1'],
    ['If on a condition that holds', { 'Fn::If': ['IsProd', 'arn:aws:s3:::prod', 'arn:aws:s3:::other'] }, 'arn:aws:s3:::prod'],
    ['If on a condition that does not hold', { 'Fn::If': ['IsStaging', 'arn:aws:s3:::staging', 'arn:aws:s3:::other'] }, 'arn:aws:s3:::other'],
    ['a CommaDelimitedList parameter is a list', { 'Fn::Join': ['', ['arn:aws:s3:::', { 'Fn::Select': [1, { Ref: 'Names' }] }]] }, 'arn:aws:s3:::b'],
    ['AWS::NoValue drops a list element', ['arn:aws:s3:::a', { 'Fn::If': ['IsStaging', 'arn:aws:s3:::b', { Ref: 'AWS::NoValue' }] }], ['arn:aws:s3:::a']],
    // What cannot be resolved: the statement is unknown, naming the value.
    ['ImportValue', { 'Fn::ImportValue': 'shared-bucket-arn' }, 'Resources.Policy.Properties.PolicyDocument.Statement[0]: Fn::ImportValue shared-bucket-arn (a value another stack exports)'],
    ['a parameter without a default', { 'Fn::Sub': 'arn:aws:s3:::${NoDefault}' }, 'Resources.Policy.Properties.PolicyDocument.Statement[0]: parameter NoDefault has no default (give it under cloudformation.parameters in the expectations file)'],
    ['a bucket without BucketName (generated)', { 'Fn::GetAtt': ['Unnamed', 'Arn'] }, 'Resources.Policy.Properties.PolicyDocument.Statement[0]: the name CloudFormation generates for bucket Unnamed (it has no BucketName)'],
    // A key the template creates: with the stack's account and region, a stand-in ARN that names this key (its id is generated).
    ['the ARN of a key the template creates', { 'Fn::GetAtt': ['Key', 'Arn'] }, 'arn:aws:kms:us-east-1:111122223333:key/generated-id-of-Key'],
    ['the id of a key the template creates', { 'Fn::Sub': 'arn:aws:kms:us-east-1:111122223333:key/${Key}' }, 'arn:aws:kms:us-east-1:111122223333:key/generated-id-of-Key'],
    ['If on a condition that cannot be evaluated', { 'Fn::If': ['Unknowable', 'a', 'b'] }, 'Resources.Policy.Properties.PolicyDocument.Statement[0]: parameter NoDefault has no default (give it under cloudformation.parameters in the expectations file)'],
    ['Ref of something the template does not have', { Ref: 'Nothing' }, 'Resources.Policy.Properties.PolicyDocument.Statement[0]: Ref Nothing names no parameter or resource of the template'],
    ['GetAZs', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, 'Resources.Policy.Properties.PolicyDocument.Statement[0]: Fn::GetAZs (the availability zones of the region)']
  ]
  test.each(rows)('%s', (_name, value, expected) => {
    expect(resolveResource(value)).toEqual(expected)
  })

  test('a value given in the expectations file wins over the default', () => {
    expect(resolveResource({ 'Fn::Sub': 'arn:aws:s3:::${Env}-bucket/*' }, {}, { ...SETTINGS, parameters: { Env: 'staging' } })).toBe('arn:aws:s3:::staging-bucket/*')
    expect(resolveResource({ 'Fn::Sub': 'arn:aws:s3:::${NoDefault}' }, {}, { ...SETTINGS, parameters: { NoDefault: 'given' } })).toBe('arn:aws:s3:::given')
  })

  test('without the account, ARNs that need it are unresolved (and say how to give it)', () => {
    expect(resolveResource({ 'Fn::GetAtt': ['Role', 'Arn'] }, {}, { parameters: {} })).toBe(
      'Resources.Policy.Properties.PolicyDocument.Statement[0]: the ARN of Role needs the account: give cloudformation.account in the expectations file'
    )
    expect(resolveResource({ 'Fn::Sub': 'arn:aws:s3:::${AWS::AccountId}-logs' }, {}, { parameters: {} })).toBe(
      'Resources.Policy.Properties.PolicyDocument.Statement[0]: AWS::AccountId (give cloudformation.account in the expectations file)'
    )
  })

  test('the partition follows the region', () => {
    expect(resolveResource({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::b' }, {}, { parameters: {}, region: 'cn-north-1' })).toBe('arn:aws-cn:s3:::b')
  })
})

describe('YAML short forms', () => {
  test('every short form becomes its long form', () => {
    const template = parseTemplate(`Resources:
  R:
    Type: Test
    Properties:
      A: !Ref X
      B: !GetAtt R.Arn
      C: !GetAtt [R, Arn]
      D: !Sub 'x-\${AWS::Region}'
      E: !Sub [ 'x-\${v}', { v: !Ref Y } ]
      F: !Join [ ':', [ a, !Ref Z ] ]
      G: !If [ Cond, !Ref A, !Ref AWS::NoValue ]
      H: !Select [ 0, !Split [ ',', 'a,b' ] ]
      I: !ImportValue shared
      J: !FindInMap [ M, K1, K2 ]
      K: !Base64 text
      L: !Equals [ a, b ]
      M: !Not [ !Condition C ]
      N: !And [ !Condition C, !Or [ !Condition D, !Condition E ] ]
`)
    const properties = (template['Resources'] as Record<string, { Properties: unknown }>)['R']?.Properties
    expect(properties).toEqual({
      A: { Ref: 'X' },
      B: { 'Fn::GetAtt': 'R.Arn' },
      C: { 'Fn::GetAtt': ['R', 'Arn'] },
      D: { 'Fn::Sub': 'x-${AWS::Region}' },
      E: { 'Fn::Sub': ['x-${v}', { v: { Ref: 'Y' } }] },
      F: { 'Fn::Join': [':', ['a', { Ref: 'Z' }]] },
      G: { 'Fn::If': ['Cond', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] },
      H: { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] },
      I: { 'Fn::ImportValue': 'shared' },
      J: { 'Fn::FindInMap': ['M', 'K1', 'K2'] },
      K: { 'Fn::Base64': 'text' },
      L: { 'Fn::Equals': ['a', 'b'] },
      M: { 'Fn::Not': [{ Condition: 'C' }] },
      N: { 'Fn::And': [{ Condition: 'C' }, { 'Fn::Or': [{ Condition: 'D' }, { Condition: 'E' }] }] }
    })
  })

  test('the YAML and JSON fixtures describe the same policy set', () => {
    const strip = (set: PolicySet): PolicySet => ({ ...set, description: '' })
    for (const side of ['base', 'head']) {
      const yaml = policySetFromTemplate(parseTemplate(fixture(`artifacts-${side}.yaml`)), SETTINGS)
      const json = policySetFromTemplate(parseTemplate(fixture(`artifacts-${side}.json`)), SETTINGS)
      expect(strip(yaml)).toEqual(strip(json))
    }
  })

  test.each([
    ['YAML that does not parse', 'Resources: [unclosed'],
    ['a template without Resources', 'AWSTemplateFormatVersion: "2010-09-09"'],
    ['JSON that does not parse', '{"Resources": ']
  ])('%s is not a template', (_name, text) => {
    expect(() => parseTemplate(text)).toThrow(TemplateError)
  })
})

describe('each resource type', () => {
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] }
  const template = {
    Resources: {
      Bucket: {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: 'b',
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: 'true', IgnorePublicAcls: false, RestrictPublicBuckets: true },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:us-east-1:111122223333:key/abcd' }, BucketKeyEnabled: true }] }
        }
      },
      BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Bucket' }, PolicyDocument: { ...policy, Statement: [{ ...policy.Statement[0], Principal: '*' }] } } },
      Role: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'ci', Path: '/ci/', Policies: [{ PolicyName: 'inline', PolicyDocument: policy }], ManagedPolicyArns: [{ Ref: 'Managed' }, 'arn:aws:iam::aws:policy/ReadOnlyAccess'], PermissionsBoundary: { Ref: 'Boundary' } } },
      Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'managed', PolicyDocument: policy } },
      Boundary: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: 'boundary', PolicyDocument: policy } },
      AttachedByRoles: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: policy, Roles: [{ Ref: 'Role' }] } },
      Classic: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'classic', PolicyDocument: policy, Roles: ['ci'] } },
      RolePolicy: { Type: 'AWS::IAM::RolePolicy', Properties: { PolicyName: 'role-policy', PolicyDocument: policy, RoleName: { Ref: 'Role' } } },
      Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: { ...policy, Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] } } },
      Endpoint: { Type: 'AWS::EC2::VPCEndpoint', Properties: { ServiceName: 'com.amazonaws.us-east-1.s3', PolicyDocument: { ...policy, Statement: [{ ...policy.Statement[0], Principal: '*' }] } } },
      Scp: { Type: 'AWS::Organizations::Policy', Properties: { Name: 'guard', Type: 'SERVICE_CONTROL_POLICY', Content: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }] } } },
      Rcp: { Type: 'AWS::Organizations::Policy', Properties: { Name: 'rcp', Type: 'RESOURCE_CONTROL_POLICY', Content: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }] } } }
    }
  }
  const set = policySetFromTemplate(template, SETTINGS)
  const rows: [string, () => unknown, unknown][] = [
    ['AWS::S3::BucketPolicy attaches to the bucket its Ref names', () => set.buckets[0]?.policy?.origin, 'Resources.BucketPolicy'],
    ['AWS::S3::Bucket PublicAccessBlockConfiguration (booleans as YAML may write them)', () => set.buckets[0]?.publicAccessBlock, { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: true }],
    ['AWS::S3::Bucket OwnershipControls', () => set.buckets[0]?.ownership, 'BucketOwnerPreferred'],
    ['AWS::S3::Bucket BucketEncryption', () => set.buckets[0]?.encryption, { algorithm: 'aws:kms', kmsKey: 'arn:aws:kms:us-east-1:111122223333:key/abcd', bucketKeyEnabled: true }],
    [
      'AWS::IAM::Role: inline Policies, ManagedPolicyArns (template and AWS managed), AWS::IAM::ManagedPolicy Roles, AWS::IAM::Policy Roles, AWS::IAM::RolePolicy',
      () => set.roles.find((role) => role.name === 'ci')?.policies.map((policy) => [policy.origin, isUnknown(policy.document)]),
      [
        ['Resources.Role.Properties.Policies[0]', false],
        ['Resources.Managed', false],
        ['arn:aws:iam::aws:policy/ReadOnlyAccess', true],
        ['Resources.AttachedByRoles', false],
        ['Resources.Classic', false],
        ['Resources.RolePolicy', false]
      ]
    ],
    ['AWS::IAM::Role PermissionsBoundary', () => set.roles[0]?.boundary?.origin, 'Resources.Boundary'],
    [
      'AWS::KMS::Key: the key policy; the ARN is generated (a stand-in with the stack\'s account and region)',
      () => [set.keys[0]?.policy?.origin, set.keys[0]?.arn, set.keys[0]?.generated],
      ['Resources.Key', 'arn:aws:kms:us-east-1:111122223333:key/generated-id-of-Key', true]
    ],
    ['AWS::EC2::VPCEndpoint: the policy; the id is generated', () => [set.endpoints[0]?.policy?.origin, set.unnamedEndpoints], ['Resources.Endpoint', ['the id CloudFormation generates for VPC endpoint Endpoint']]],
    ['AWS::Organizations::Policy: SCPs and RCPs', () => [set.scps.map((scp) => scp.name), set.rcps.map((rcp) => rcp.name)], [['guard'], ['rcp']]],
    ['every customer managed policy is listed for broad grants', () => set.managedPolicies.map((policy) => policy.origin), ['Resources.Managed', 'Resources.Boundary', 'Resources.AttachedByRoles']]
  ]
  test.each(rows)('%s', (_name, pick, expected) => {
    expect(pick()).toEqual(expected)
  })
})

describe('conditions on resources', () => {
  const template = (environment: string | undefined): Record<string, unknown> => ({
    Parameters: { Env: environment === undefined ? { Type: 'String' } : { Type: 'String', Default: environment } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: {
      Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'b' } },
      ProdOnly: {
        Type: 'AWS::S3::BucketPolicy',
        Condition: 'IsProd',
        Properties: { Bucket: 'b', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }] } }
      }
    }
  })
  test.each([
    ['true: the resource exists', 'prod', 'document'],
    ['false: the resource does not exist', 'staging', 'none'],
    ['cannot be evaluated: what the resource defines is unknown', undefined, 'unknown']
  ])('%s', (_name, environment, expected) => {
    const policy = policySetFromTemplate(template(environment), SETTINGS).buckets[0]?.policy
    const kind = policy === null || policy === undefined ? 'none' : isUnknown(policy.document) ? 'unknown' : 'document'
    expect(kind).toBe(expected)
  })
})

describe('inline policies of a role under conditions', () => {
  test('Fn::If around an entry, AWS::NoValue dropping one, and an entry whose document cannot be resolved', () => {
    const set = policySetFromTemplate(
      {
        Parameters: { Env: { Type: 'String', Default: 'prod' } },
        Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
        Resources: {
          Role: {
            Type: 'AWS::IAM::Role',
            Properties: {
              RoleName: 'ci',
              Policies: [
                { 'Fn::If': ['IsProd', { PolicyName: 'prod-only', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } }, { Ref: 'AWS::NoValue' }] },
                { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, { PolicyName: 'staging-only', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } }] },
                { PolicyName: 'imported', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::ImportValue': 'x' } }] } }
              ]
            }
          }
        }
      },
      SETTINGS
    )
    // The imported statement is unknown on its own; the document's other statements (none here) still count.
    expect(set.roles[0]?.policies.map((policy) => [policy.name, isUnknown(policy.document) ? policy.document.reason : (policy.unknownStatements?.map((statement) => statement.reason) ?? 'document')])).toEqual([
      ['prod-only', 'document'],
      ['imported', ['Resources.Role.Properties.Policies[2].PolicyDocument.Statement[0]: Fn::ImportValue x (a value another stack exports)']]
    ])
  })
})

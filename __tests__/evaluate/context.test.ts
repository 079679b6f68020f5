/**
 * Derived condition keys. Sources:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html
 */
import { deriveContext } from '../../src/context/derive.js'
import { parseCaller } from '../../src/evaluate/principal.js'
import { parseScenario } from '../../src/scenario/load.js'

const scenario = parseScenario({
  version: 1,
  request: {
    principal: 'arn:aws:sts::111122223333:assumed-role/ci/run',
    action: 's3:PutObject',
    bucket: 'b',
    key: 'k',
    headers: { 'X-Amz-Acl': 'bucket-owner-full-control', 'content-type': 'text/plain' },
    context: { 'aws:SourceIp': '198.51.100.7', 'aws:PrincipalAccount': '999999999999', 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
    vpcEndpoint: 'vpce-1'
  },
  identity: { arn: 'arn:aws:iam::111122223333:role/path/ci', tags: { team: 'platform' }, orgId: 'o-abc', orgPaths: ['o-abc/r-1/ou-1/'] },
  bucket: { name: 'b', account: '444455556666', region: 'eu-west-1', objects: { k: { exists: true, tags: { stage: 'prod' } } } }
})
const context = deriveContext(scenario, parseCaller(scenario.request.principal, scenario.identity?.arn))

test.each([
  ['aws:PrincipalArn', ['arn:aws:iam::111122223333:role/path/ci'], 'derived'],
  ['aws:principalarn', ['arn:aws:iam::111122223333:role/path/ci'], 'derived'],
  ['aws:PrincipalType', ['AssumedRole'], 'derived'],
  ['aws:PrincipalOrgID', ['o-abc'], 'derived'],
  ['aws:PrincipalOrgPaths', ['o-abc/r-1/ou-1/'], 'derived'],
  ['aws:PrincipalTag/team', ['platform'], 'derived'],
  ['aws:ResourceAccount', ['444455556666'], 'derived'],
  ['s3:ResourceAccount', ['444455556666'], 'derived'],
  ['aws:RequestedRegion', ['eu-west-1'], 'derived'],
  ['aws:SourceVpce', ['vpce-1'], 'derived'],
  ['aws:EpochTime', ['1767225600'], 'derived'],
  ['s3:x-amz-acl', ['bucket-owner-full-control'], 'derived'],
  ['s3:ExistingObjectTag/stage', ['prod'], 'derived'],
  // A value given in the scenario wins over the derived one.
  ['aws:PrincipalAccount', ['999999999999'], 'given'],
  ['aws:SourceIp', ['198.51.100.7'], 'given']
])('%s', (key, values, origin) => {
  expect(context.get(key)).toMatchObject({ values, origin })
})

test('headers that are not x-amz-* are not condition keys', () => {
  expect(context.has('s3:content-type')).toBe(false)
})

test('aws:PrincipalOrgPaths is multi-valued', () => {
  expect(context.get('aws:PrincipalOrgPaths')?.multiValued).toBe(true)
})

test('anonymous callers carry no principal keys', () => {
  const anonymous = parseScenario({ version: 1, request: { principal: 'anonymous', action: 's3:GetObject', bucket: 'b', key: 'k' } })
  const derived = deriveContext(anonymous, parseCaller('anonymous'))
  expect(derived.has('aws:PrincipalArn')).toBe(false)
  expect(derived.get('aws:PrincipalType')?.values).toEqual(['Anonymous'])
})

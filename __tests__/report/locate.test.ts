/**
 * Finding the deciding policy among the repository's files by content. IAM accepts a single
 * value or an array for Action, Resource, Principal values and condition values, and a single
 * statement object for `Statement` (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html),
 * so a file matches when it is equal after that normalization, whatever its key order.
 */
import { findPolicyInRepository, type RepositoryFile } from '../../src/report/locate.js'

const policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    { Sid: 'DenyOutsideOffice', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } } }
  ]
}
const pretty = JSON.stringify(policy, null, 2)
/** The line of `needle` in `text`, 1-based. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length

describe('findPolicyInRepository', () => {
  const reordered = `{
  "Statement": [
    {"Resource": ["arn:aws:s3:::b/*"], "Action": ["s3:GetObject"], "Effect": "Allow", "Principal": "*", "Sid": "AllowRead"},
    {"Condition": {"Bool": {"aws:SecureTransport": ["false"]}}, "Resource": "arn:aws:s3:::b/*", "Action": "s3:*", "Principal": "*", "Effect": "Deny"},
    {
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": "arn:aws:s3:::b/*",
      "Condition": {"NotIpAddress": {"aws:SourceIp": "192.0.2.0/24"}},
      "Sid": "DenyOutsideOffice"
    }
  ],
  "Version": "2012-10-17"
}`
  const nested = JSON.stringify({ Resources: { Policy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: policy } } } }, null, 2)
  const embedded = JSON.stringify({ resource_changes: [{ change: { after: { policy: JSON.stringify(policy) } } }] }, null, 2)

  test.each([
    ['the same file, statement with a Sid: the Sid line', [{ path: 'policies/bucket.json', text: pretty }], 2, { path: 'policies/bucket.json', line: lineOf(pretty, '"Sid": "DenyOutsideOffice"') }],
    ['a statement without a Sid: its opening brace', [{ path: 'p.json', text: pretty }], 1, { path: 'p.json', line: lineOf(pretty, '"Effect": "Deny"') - 1 }],
    ['no statement given: the document', [{ path: 'p.json', text: pretty }], undefined, { path: 'p.json', line: 1 }],
    ['keys reordered and one-element arrays', [{ path: 'r.json', text: reordered }], 2, { path: 'r.json', line: lineOf(reordered, '"Sid": "DenyOutsideOffice"') }],
    ['nested in a CloudFormation template', [{ path: 'cfn/template.json', text: nested }], 2, { path: 'cfn/template.json', line: lineOf(nested, '"Sid": "DenyOutsideOffice"') }],
    ['held as a JSON string (a Terraform plan): the string’s line', [{ path: 'plan.json', text: embedded }], 2, { path: 'plan.json', line: lineOf(embedded, '"policy"') }],
    ['the first matching file wins; files that are not JSON are skipped', [{ path: 'a.json', text: '{ "Statement": oops' }, { path: 'b.json', text: pretty }, { path: 'c.json', text: pretty }], 0, { path: 'b.json', line: lineOf(pretty, '"Sid": "AllowRead"') }],
    ['a byte-order mark', [{ path: 'bom.json', text: `\ufeff${pretty}` }], 2, { path: 'bom.json', line: lineOf(pretty, '"Sid": "DenyOutsideOffice"') }]
  ] as [string, RepositoryFile[], number | undefined, unknown][])('%s', (_name, files, statement, expected) => {
    expect(findPolicyInRepository(policy, files, statement)).toEqual(expected)
  })

  test.each([
    ['a different value', JSON.stringify({ ...policy, Version: '2008-10-17' })],
    ['one statement fewer', JSON.stringify({ ...policy, Statement: policy.Statement.slice(1) })],
    ['a different case in a value', pretty.replace('s3:GetObject', 's3:getobject')],
    ['no Statement at all', '{"Version": "2012-10-17"}'],
    ['invalid JSON', `${pretty},`]
  ])('%s does not match', (_name, text) => {
    expect(findPolicyInRepository(policy, [{ path: 'x.json', text }], 0)).toBeNull()
  })

  test('a single statement object matches an array of one', () => {
    const single = { Version: '2012-10-17', Statement: { Sid: 'Only', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } }
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [single.Statement] }, null, 2)
    expect(findPolicyInRepository(single, [{ path: 'one.json', text }], 0)).toEqual({ path: 'one.json', line: lineOf(text, '"Sid": "Only"') })
  })

  test('a document that is not an object is never looked for', () => {
    expect(findPolicyInRepository('text', [{ path: 'x.json', text: '"text"' }])).toBeNull()
  })
})

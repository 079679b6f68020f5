import {
  ALL_USERS_URI,
  AUTHENTICATED_USERS_URI,
  cannedAclIsPublic,
  grantHeadersArePublic,
  isAclPublic,
  isPolicyPublic,
  parseGrantHeaders,
  requestAclPublicity
} from '../../src/s3/public.js'
import type { Acl } from '../../src/scenario/types.js'
import { policy, type StatementInput } from './policy-builder.js'

// Rules: "The meaning of public", bucket policies
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
// "To be considered non-public, a bucket policy must grant access only to fixed values (values that
// don't contain a wildcard or an AWS Identity and Access Management Policy Variable) for one or more
// of the following: An AWS principal, user, role, or service principal (e.g. aws:PrincipalOrgID);
// aws:SourceIp (values broader than /8 for IPv4 and /32 for IPv6 are public); aws:SourceArn;
// aws:SourceVpc; aws:SourceVpce; aws:SourceOwner; aws:SourceAccount;
// s3:x-amz-server-side-encryption-aws-kms-key-id; aws:userid outside the pattern AROLEID:*;
// s3:DataAccessPointArn (wildcard allowed in the access point name if the account is fixed);
// s3:DataAccessPointAccount."
const policyRows: { name: string; statement: StatementInput; isPublic: boolean; rule: string }[] = [
  { name: 'Principal "*" with no condition', statement: { principal: '*' }, isPublic: true, rule: 'page example: "Principal": "*" is public' },
  { name: 'Principal {"AWS": "*"}', statement: { principal: { AWS: '*' } }, isPublic: true, rule: 'a wildcard principal is not a fixed value' },
  { name: 'AWS principals include "*" among fixed ones', statement: { principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }, isPublic: true, rule: 'every value must be fixed' },
  { name: 'AWS principal ARN with a wildcard account', statement: { principal: { AWS: 'arn:aws:iam::*:root' } }, isPublic: true, rule: 'values that contain a wildcard are not fixed' },
  { name: 'a fixed account id', statement: { principal: { AWS: '111122223333' } }, isPublic: false, rule: 'a fixed AWS principal is non-public' },
  { name: 'a fixed role ARN', statement: { principal: { AWS: 'arn:aws:iam::111122223333:role/ci' } }, isPublic: false, rule: 'a fixed role is non-public' },
  { name: 'a fixed service principal', statement: { principal: { Service: 'cloudtrail.amazonaws.com' } }, isPublic: false, rule: 'a fixed service principal is non-public' },
  { name: 'a fixed canonical user', statement: { principal: { CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' } }, isPublic: false, rule: 'a fixed AWS principal is non-public' },
  { name: 'web identity provider graph.facebook.com', statement: { principal: { Federated: 'graph.facebook.com' } }, isPublic: true, rule: 'page example: {"Federated": "graph.facebook.com"} is public' },
  { name: 'SAML provider ARN of one account', statement: { principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/corp' } }, isPublic: false, rule: 'a fixed principal of one account (decision: provider ARNs are fixed)' },
  { name: 'NotPrincipal with Allow', statement: { notPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }, isPublic: true, rule: 'NotPrincipal with Allow grants everyone not listed' },
  { name: 'Deny to "*"', statement: { effect: 'Deny', principal: '*' }, isPublic: false, rule: 'a Deny grants nothing' },
  { name: '"*" with StringLike aws:SourceVpc "vpc-*"', statement: { principal: '*', condition: { StringLike: { 'aws:SourceVpc': 'vpc-*' } } }, isPublic: true, rule: 'page example: StringLike aws:SourceVpc "vpc-*" is public' },
  { name: '"*" with StringEquals aws:SourceVpc fixed', statement: { principal: '*', condition: { StringEquals: { 'aws:SourceVpc': 'vpc-91237329' } } }, isPublic: false, rule: 'page example: a fixed aws:SourceVpc makes it non-public' },
  { name: '"*" with StringLike aws:SourceVpc without wildcard', statement: { principal: '*', condition: { StringLike: { 'aws:SourceVpc': 'vpc-91237329' } } }, isPublic: false, rule: 'a fixed value, whatever the operator spelling' },
  { name: '"*" with StringEquals aws:SourceVpce', statement: { principal: '*', condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0abc123' } } }, isPublic: false, rule: 'aws:SourceVpce fixed' },
  { name: '"*" with aws:SourceVpce containing a policy variable', statement: { principal: '*', condition: { StringEquals: { 'aws:SourceVpce': '${aws:username}' } } }, isPublic: true, rule: 'values with a policy variable are not fixed' },
  { name: '"*" with StringNotEquals aws:SourceVpce', statement: { principal: '*', condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-0abc123' } } }, isPublic: true, rule: 'a negated operator admits everything else' },
  { name: '"*" with StringEqualsIfExists aws:SourceVpce', statement: { principal: '*', condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-0abc123' } } }, isPublic: true, rule: 'IfExists admits requests without the key' },
  { name: '"*" with ForAllValues:StringEquals aws:SourceAccount', statement: { principal: '*', condition: { 'ForAllValues:StringEquals': { 'aws:SourceAccount': '111122223333' } } }, isPublic: true, rule: 'ForAllValues is true when the key is absent' },
  { name: '"*" with ArnEquals aws:SourceArn fixed', statement: { principal: '*', condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } } }, isPublic: false, rule: 'aws:SourceArn fixed' },
  { name: '"*" with ArnLike aws:SourceArn wildcard', statement: { principal: '*', condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::*:distribution/*' } } }, isPublic: true, rule: 'a wildcard value is not fixed' },
  { name: '"*" with StringEquals aws:SourceAccount', statement: { principal: { Service: '*' }, condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }, isPublic: false, rule: 'aws:SourceAccount fixed' },
  { name: '"*" with StringEquals aws:SourceOwner', statement: { principal: '*', condition: { StringEquals: { 'aws:SourceOwner': '111122223333' } } }, isPublic: false, rule: 'aws:SourceOwner fixed' },
  { name: '"*" with StringEquals aws:PrincipalOrgID', statement: { principal: '*', condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } } }, isPublic: false, rule: 'the page cites aws:PrincipalOrgID as a fixed principal' },
  { name: '"*" with StringEquals aws:PrincipalAccount', statement: { principal: '*', condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }, isPublic: false, rule: 'a fixed AWS principal (decision: aws:PrincipalAccount fixes it)' },
  { name: '"*" with ArnEquals aws:PrincipalArn', statement: { principal: '*', condition: { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ci' } } }, isPublic: false, rule: 'a fixed AWS principal (decision: aws:PrincipalArn fixes it)' },
  { name: '"*" with fixed KMS key id', statement: { principal: '*', condition: { StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:us-east-1:111122223333:key/k1' } } }, isPublic: false, rule: 's3:x-amz-server-side-encryption-aws-kms-key-id fixed' },
  { name: '"*" with aws:userid fixed', statement: { principal: '*', condition: { StringEquals: { 'aws:userid': 'AIDAEXAMPLEUSERID' } } }, isPublic: false, rule: 'aws:userid fixed' },
  { name: '"*" with aws:userid "AROLEID:*"', statement: { principal: '*', condition: { StringLike: { 'aws:userid': 'AROAEXAMPLEROLEID:*' } } }, isPublic: true, rule: 'aws:userid in the pattern AROLEID:* does not count' },
  { name: '"*" with s3:DataAccessPointArn wildcard name, fixed account', statement: { principal: '*', condition: { ArnLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:123456789012:accesspoint/*' } } }, isPublic: false, rule: 'page: wildcard access point name with fixed account stays non-public' },
  { name: '"*" with s3:DataAccessPointArn wildcard account', statement: { principal: '*', condition: { ArnLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:*:accesspoint/*' } } }, isPublic: true, rule: 'the account must be fixed' },
  { name: '"*" with StringEquals s3:DataAccessPointAccount', statement: { principal: '*', condition: { StringEquals: { 's3:DataAccessPointAccount': '123456789012' } } }, isPublic: false, rule: 's3:DataAccessPointAccount fixed' },
  { name: '"*" with IpAddress /24', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } }, isPublic: false, rule: 'a set of CIDRs no broader than /8' },
  { name: '"*" with IpAddress /8', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }, isPublic: false, rule: '/8 is the broadest non-public IPv4 CIDR' },
  { name: '"*" with IpAddress /7', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '12.0.0.0/7' } } }, isPublic: true, rule: 'values broader than /8 for IPv4 are public' },
  { name: '"*" with IpAddress 0.0.0.0/1', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } } }, isPublic: true, rule: 'page example: 0.0.0.0/1 is public' },
  { name: '"*" with IpAddress one /24 and one /4', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '16.0.0.0/4'] } } }, isPublic: true, rule: 'every CIDR must be narrow' },
  { name: '"*" with IpAddress single address', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '203.0.113.7' } } }, isPublic: false, rule: 'a single address is a /32' },
  { name: '"*" with IpAddress IPv6 /32', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } } }, isPublic: false, rule: '/32 is the broadest non-public IPv6 CIDR' },
  { name: '"*" with IpAddress IPv6 /16', statement: { principal: '*', condition: { IpAddress: { 'aws:SourceIp': '2001::/16' } } }, isPublic: true, rule: 'values broader than /32 for IPv6 are public' },
  { name: '"*" with NotIpAddress', statement: { principal: '*', condition: { NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } }, isPublic: true, rule: 'a negated operator admits everything else' },
  { name: '"*" with an unrelated condition key', statement: { principal: '*', condition: { Bool: { 'aws:SecureTransport': 'true' } } }, isPublic: true, rule: 'aws:SecureTransport is not in the list' },
  { name: '"*" with condition key in other letter case', statement: { principal: '*', condition: { StringEquals: { 'AWS:SOURCEVPCE': 'vpce-0abc123' } } }, isPublic: false, rule: 'condition key names are case-insensitive' }
]

describe('isPolicyPublic: one statement', () => {
  test.each(policyRows)('$name → public=$isPublic ($rule)', ({ statement, isPublic }) => {
    const result = isPolicyPublic(policy({ sid: 'S', ...statement }))
    expect(result.public).toBe(isPublic)
    expect(result.publicStatements).toEqual(isPublic ? ['S'] : [])
    expect(result.statements[0]?.reason).toEqual(expect.any(String))
  })
})

// Same page, "How Amazon S3 evaluates a bucket policy that contains both public and non-public access grants":
// a policy with statements to CloudTrail, to "Account-2" and to "*" qualifies as public because of the third.
describe('isPolicyPublic: whole policies', () => {
  test('the page example: CloudTrail + Account-2 + "*" is public because of the third statement', () => {
    const result = isPolicyPublic(
      policy(
        { sid: 'CloudTrail', principal: { Service: 'cloudtrail.amazonaws.com' } },
        { sid: 'Account2', principal: { AWS: '222222222222' } },
        { principal: '*' }
      )
    )
    expect(result.public).toBe(true)
    expect(result.publicStatements).toEqual(['#2'])
  })

  test('removing the public statement makes the same policy non-public', () => {
    const result = isPolicyPublic(policy({ sid: 'CloudTrail', principal: { Service: 'cloudtrail.amazonaws.com' } }, { sid: 'Account2', principal: { AWS: '222222222222' } }))
    expect(result).toMatchObject({ public: false, publicStatements: [] })
  })

  test('an empty policy is not public', () => {
    expect(isPolicyPublic({ version: '2012-10-17', statements: [] }).public).toBe(false)
  })

  test('the result is memoized per Policy object', () => {
    const document = policy({ principal: '*' })
    expect(isPolicyPublic(document)).toBe(isPolicyPublic(document))
  })
})

// "Amazon S3 considers a bucket or object ACL public if it grants any permissions to members of the
// predefined AllUsers or AuthenticatedUsers groups." (same page, ACLs)
const aclRows: { name: string; acl: Acl; isPublic: boolean }[] = [
  { name: 'owner FULL_CONTROL only', acl: { owner: '111122223333', grants: [{ grantee: { type: 'CanonicalUser', id: '111122223333' }, permission: 'FULL_CONTROL' }] }, isPublic: false },
  { name: 'AllUsers READ', acl: { owner: 'o', grants: [{ grantee: { type: 'Group', uri: ALL_USERS_URI }, permission: 'READ' }] }, isPublic: true },
  { name: 'AuthenticatedUsers READ_ACP', acl: { owner: 'o', grants: [{ grantee: { type: 'Group', uri: AUTHENTICATED_USERS_URI }, permission: 'READ_ACP' }] }, isPublic: true },
  { name: 'LogDelivery WRITE', acl: { owner: 'o', grants: [{ grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, permission: 'WRITE' }] }, isPublic: false },
  { name: 'another account READ', acl: { owner: 'o', grants: [{ grantee: { type: 'CanonicalUser', id: '444455556666' }, permission: 'READ' }] }, isPublic: false }
]

describe('isAclPublic', () => {
  test.each(aclRows)('$name → public=$isPublic', ({ acl, isPublic }) => {
    const result = isAclPublic(acl)
    expect(result.public).toBe(isPublic)
    expect(result.grants).toHaveLength(isPublic ? 1 : 0)
  })
})

// Canned ACLs: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
// public-read / public-read-write grant to AllUsers, authenticated-read to AuthenticatedUsers.
const cannedRows: { canned: string; isPublic: boolean }[] = [
  { canned: 'private', isPublic: false },
  { canned: 'public-read', isPublic: true },
  { canned: 'public-read-write', isPublic: true },
  { canned: 'authenticated-read', isPublic: true },
  { canned: 'aws-exec-read', isPublic: false },
  { canned: 'bucket-owner-read', isPublic: false },
  { canned: 'bucket-owner-full-control', isPublic: false },
  { canned: 'log-delivery-write', isPublic: false }
]

describe('cannedAclIsPublic', () => {
  test.each(cannedRows)('$canned → $isPublic', ({ canned, isPublic }) => {
    expect(cannedAclIsPublic(canned)).toBe(isPublic)
  })
})

// Grant headers: "x-amz-grant-read: emailAddress=..., ..." (acl-overview, Who is a grantee?): type=value pairs.
const grantRows: { name: string; headers: Record<string, string>; isPublic: boolean }[] = [
  { name: 'x-amz-grant-read to AllUsers', headers: { 'x-amz-grant-read': `uri="${ALL_USERS_URI}"` }, isPublic: true },
  { name: 'x-amz-grant-full-control to AuthenticatedUsers, header in mixed case', headers: { 'X-Amz-Grant-Full-Control': `uri="${AUTHENTICATED_USERS_URI}"` }, isPublic: true },
  { name: 'x-amz-grant-write to an account and AllUsers', headers: { 'x-amz-grant-write': `id="111122223333", uri=${ALL_USERS_URI}` }, isPublic: true },
  { name: 'x-amz-grant-read to an account only', headers: { 'x-amz-grant-read': 'id="111122223333"' }, isPublic: false },
  { name: 'x-amz-grant-read to an e-mail', headers: { 'x-amz-grant-read': 'emailAddress="xyz@amazon.com"' }, isPublic: false },
  { name: 'no grant headers', headers: { 'x-amz-acl': 'private' }, isPublic: false }
]

describe('grantHeadersArePublic', () => {
  test.each(grantRows)('$name → $isPublic', ({ headers, isPublic }) => {
    expect(grantHeadersArePublic(headers).public).toBe(isPublic)
  })

  test('parseGrantHeaders reads every grantee type and reports unreadable entries', () => {
    const parsed = parseGrantHeaders({
      'x-amz-grant-read': 'id="abc", uri="http://acs.amazonaws.com/groups/s3/LogDelivery", emailAddress="a@example.com"',
      'x-amz-grant-write-acp': 'bogus'
    })
    expect(parsed.headers).toEqual(['x-amz-grant-read', 'x-amz-grant-write-acp'])
    expect(parsed.grants).toEqual([
      { grantee: { type: 'CanonicalUser', id: 'abc' }, permission: 'READ' },
      { grantee: { type: 'Group', uri: 'http://acs.amazonaws.com/groups/s3/LogDelivery' }, permission: 'READ' },
      { grantee: { type: 'AmazonCustomerByEmail', emailAddress: 'a@example.com' }, permission: 'READ' }
    ])
    expect(parsed.errors).toEqual(['x-amz-grant-write-acp: bogus'])
  })
})

describe('requestAclPublicity', () => {
  const rows: { name: string; headers: Record<string, string> | undefined; isPublic: boolean; source?: string }[] = [
    { name: 'x-amz-acl public-read', headers: { 'x-amz-acl': 'public-read' }, isPublic: true, source: 'x-amz-acl' },
    { name: 'x-amz-acl public-read-write', headers: { 'x-amz-acl': 'public-read-write' }, isPublic: true, source: 'x-amz-acl' },
    { name: 'x-amz-acl authenticated-read', headers: { 'x-amz-acl': 'authenticated-read' }, isPublic: true, source: 'x-amz-acl' },
    { name: 'x-amz-acl bucket-owner-full-control', headers: { 'x-amz-acl': 'bucket-owner-full-control' }, isPublic: false },
    { name: 'x-amz-grant-read to AllUsers', headers: { 'x-amz-grant-read': `uri="${ALL_USERS_URI}"` }, isPublic: true, source: 'x-amz-grant' },
    { name: 'no headers', headers: undefined, isPublic: false }
  ]
  test.each(rows)('$name → public=$isPublic', ({ headers, isPublic, source }) => {
    const result = requestAclPublicity(headers)
    expect(result.public).toBe(isPublic)
    if (result.public) expect(result.source).toBe(source)
  })

  test('public-read-write grants READ and WRITE to AllUsers', () => {
    const result = requestAclPublicity({ 'x-amz-acl': 'public-read-write' })
    expect(result.public && result.grants).toEqual([
      { grantee: { type: 'Group', uri: ALL_USERS_URI }, permission: 'READ' },
      { grantee: { type: 'Group', uri: ALL_USERS_URI }, permission: 'WRITE' }
    ])
  })
})

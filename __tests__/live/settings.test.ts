/**
 * The live modes' inputs that S3-compatible servers and the probe need: role ARNs with an empty
 * account, region names that are not AWS Region codes, a source IP that is an IP, and
 * expected-bucket-owner. Each bad value fails with a message naming the input and what it accepts.
 *
 * - Ceph RGW role ARNs have an empty account (`arn:aws:iam:::role/NAME`) and its default zonegroup
 *   (region) is `default` (/work/shared/local-aws.md).
 * - AWS Region codes: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 * - ExpectedBucketOwner is "the account ID of the expected bucket owner":
 *   https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html
 */
import { InputError, readSettings } from '../../src/action/settings.js'

const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '')
const CEPH = { bucket: 'artifacts', 'endpoint-url': 'http://127.0.0.1:7480' }

function failure(inputs: Record<string, string>): string {
  try {
    read(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an InputError')
}

describe('role ARNs', () => {
  test('an empty account is accepted with endpoint-url (Ceph RGW), for both roles', () => {
    const settings = read({ ...CEPH, 'role-to-assume': 'arn:aws:iam:::role/ci-deploy', 'reader-role-to-assume': 'arn:aws:iam:::role/doctor-reader' })
    expect({ role: settings.roleToAssume, reader: settings.readerRoleToAssume }).toEqual({ role: 'arn:aws:iam:::role/ci-deploy', reader: 'arn:aws:iam:::role/doctor-reader' })
  })

  test('a tenant in place of the account is accepted with endpoint-url', () => {
    expect(read({ ...CEPH, 'role-to-assume': 'arn:aws:iam::tenant1:role/ci' }).roleToAssume).toBe('arn:aws:iam::tenant1:role/ci')
  })

  test('an empty account against AWS fails, naming the input and saying when it is valid', () => {
    expect(failure({ bucket: 'artifacts', 'role-to-assume': 'arn:aws:iam:::role/ci' })).toBe(
      'input "role-to-assume": expected a role ARN with a 12-digit AWS account id such as arn:aws:iam::123456789012:role/ci, got "arn:aws:iam:::role/ci" (an ARN without an AWS account, such as arn:aws:iam:::role/ci, is only valid for an S3-compatible server: give endpoint-url too)'
    )
    expect(failure({ bucket: 'artifacts', 'reader-role-to-assume': 'arn:aws:iam:::role/r' })).toMatch(/^input "reader-role-to-assume": /)
  })

  test('a short account against AWS is not an AWS role ARN', () => {
    expect(failure({ bucket: 'artifacts', 'role-to-assume': 'arn:aws:iam::123:role/ci' })).toMatch(/^input "role-to-assume": expected a role ARN with a 12-digit AWS account id/)
  })

  test.each(['arn:aws:iam::123456789012:user/ci', 'role/ci', 'arn:aws:iam:::role/', 'arn:aws:iam::a b:role/ci'])('not a role ARN: %s', (value) => {
    expect(failure({ ...CEPH, 'role-to-assume': value })).toMatch(/^input "role-to-assume": expected a role ARN such as arn:aws:iam::123456789012:role\/ci or arn:aws:iam:::role\/ci, got/)
  })

  test('AWS role ARNs, with paths and other partitions, as before', () => {
    expect(read({ bucket: 'b-1', 'role-to-assume': 'arn:aws-us-gov:iam::123456789012:role/ci/deploy' }).roleToAssume).toBe('arn:aws-us-gov:iam::123456789012:role/ci/deploy')
  })
})

describe('regions', () => {
  test.each(['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'ap-southeast-5', 'eusc-de-east-1', 'il-central-1'])('an AWS Region code: %s', (region) => {
    expect(read({ bucket: 'artifacts', region }).region).toBe(region)
  })

  test.each(['default', 'us-east-1', 'zonegroup_a', 'eu.west'])('with endpoint-url, the server’s own region name: %s', (region) => {
    expect(read({ ...CEPH, region }).region).toBe(region)
  })

  test('a non-AWS name without endpoint-url fails, and says how to give it', () => {
    expect(failure({ bucket: 'artifacts', region: 'default' })).toBe(
      'input "region": expected an AWS region such as us-east-1 (for an S3-compatible server\'s region name such as "default", give endpoint-url too), got "default"'
    )
  })

  test('garbage fails even with endpoint-url', () => {
    expect(failure({ ...CEPH, region: 'us east 1' })).toMatch(/^input "region": expected the endpoint's region name/)
  })
})

describe('source-ip', () => {
  test.each(['203.0.113.7', '0.0.0.0', '255.255.255.255', '2001:db8::1', '::ffff:192.0.2.1'])('an address: %s', (ip) => {
    expect(read({ bucket: 'artifacts', 'source-ip': ip }).sourceIp).toBe(ip)
  })

  test.each(['999.1.1.1', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '203.0.113.0/24', 'fe80::1::2', 'localhost', '1.2.3.4 '.repeat(2).trim()])('not an address: %s', (ip) => {
    expect(failure({ bucket: 'artifacts', 'source-ip': ip })).toBe(
      `input "source-ip": expected one IPv4 address (four numbers from 0 to 255, such as 203.0.113.7) or IPv6 address, got "${ip}"`
    )
  })
})

describe('expected-bucket-owner', () => {
  test('a 12-digit account id', () => {
    expect(read({ bucket: 'artifacts', 'expected-bucket-owner': '123456789012' }).expectedBucketOwner).toBe('123456789012')
  })

  test('absent by default', () => {
    expect(read({ bucket: 'artifacts' }).expectedBucketOwner).toBeUndefined()
  })

  test.each(['12345678901', '1234567890123', 'arn:aws:iam::123456789012:root', 'owner'])('not an account id against AWS: %s', (value) => {
    expect(failure({ bucket: 'artifacts', 'expected-bucket-owner': value })).toBe(
      `input "expected-bucket-owner": expected the 12-digit AWS account id that owns the bucket, such as 123456789012, got "${value}"`
    )
  })

  test('with endpoint-url, the server’s own owner id', () => {
    expect(read({ ...CEPH, 'expected-bucket-owner': 'owner' }).expectedBucketOwner).toBe('owner')
  })
})

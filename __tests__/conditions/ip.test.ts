import { validateConditionClause } from '../../src/conditions/index.js'
import { check, clauseOf, type Row } from './helpers.js'

// IP address operators: "The value must be in the standard CIDR format (for example, 203.0.113.0/24
// or 2001:DB8:1234:5678::/64). If you specify an IP address without the associated routing prefix,
// IAM uses the default prefix value of /32"; IPv6 uses "::" for a run of zeros. A missing key makes
// IpAddress false and NotIpAddress true. An IPv4 address is never inside an IPv6 range.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
const IP = 'aws:SourceIp'
const rows: Row[] = [
  { name: 'IpAddress: inside /24 (docs example)', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: '203.0.113.7', expected: true },
  { name: 'IpAddress: first address of the range', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: '203.0.113.0', expected: true },
  { name: 'IpAddress: last address of the range', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: '203.0.113.255', expected: true },
  { name: 'IpAddress: outside /24', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: '203.0.114.1', expected: false },
  { name: 'IpAddress: bare address is /32 (same)', operator: 'IpAddress', key: IP, policy: '198.51.100.7', request: '198.51.100.7', expected: true },
  { name: 'IpAddress: bare address is /32 (neighbour)', operator: 'IpAddress', key: IP, policy: '198.51.100.7', request: '198.51.100.8', expected: false },
  { name: 'IpAddress: /0 holds every IPv4', operator: 'IpAddress', key: IP, policy: '0.0.0.0/0', request: '8.8.8.8', expected: true },
  { name: 'IpAddress: /31', operator: 'IpAddress', key: IP, policy: '10.0.0.2/31', request: '10.0.0.3', expected: true },
  { name: 'IpAddress: host bits set in the policy', operator: 'IpAddress', key: IP, policy: '203.0.113.77/24', request: '203.0.113.1', expected: true },
  { name: 'IpAddress: one of IPv4 and IPv6 ranges (docs example)', operator: 'IpAddress', key: IP, policy: ['203.0.113.0/24', '2001:DB8:1234:5678::/64'], request: '2001:db8:1234:5678:abcd::1', expected: true },
  { name: 'IpAddress: IPv6 outside /64', operator: 'IpAddress', key: IP, policy: '2001:DB8:1234:5678::/64', request: '2001:db8:1234:5679::1', expected: false },
  { name: 'IpAddress: IPv6 /33 boundary inside', operator: 'IpAddress', key: IP, policy: '2001:db8::/33', request: '2001:db8:7fff::1', expected: true },
  { name: 'IpAddress: IPv6 /33 boundary outside', operator: 'IpAddress', key: IP, policy: '2001:db8::/33', request: '2001:db8:8000::1', expected: false },
  { name: 'IpAddress: bare IPv6 is /128', operator: 'IpAddress', key: IP, policy: '::1', request: '0:0:0:0:0:0:0:1', expected: true },
  { name: 'IpAddress: bare IPv6 neighbour', operator: 'IpAddress', key: IP, policy: '::1', request: '::2', expected: false },
  { name: 'IpAddress: IPv6 written with uppercase and full zeros', operator: 'IpAddress', key: IP, policy: '2001:db8::/32', request: '2001:0DB8:0000:0000:0000:0000:0000:0001', expected: true },
  { name: 'IpAddress: embedded IPv4 in IPv6', operator: 'IpAddress', key: IP, policy: '::ffff:203.0.113.0/120', request: '::ffff:203.0.113.9', expected: true },
  { name: 'IpAddress: IPv4 request vs ::/0', operator: 'IpAddress', key: IP, policy: '::/0', request: '203.0.113.7', expected: false },
  { name: 'IpAddress: IPv6 request vs 0.0.0.0/0', operator: 'IpAddress', key: IP, policy: '0.0.0.0/0', request: '2001:db8::1', expected: false },
  { name: 'IpAddress: IPv4-mapped IPv6 request vs IPv4 range', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: '::ffff:203.0.113.7', expected: false },
  { name: 'IpAddress: missing key (request through a VPC endpoint)', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: undefined, expected: false },
  { name: 'IpAddressIfExists: missing key', operator: 'IpAddressIfExists', key: IP, policy: '203.0.113.0/24', request: undefined, expected: true },
  { name: 'NotIpAddress: outside the range', operator: 'NotIpAddress', key: IP, policy: '203.0.113.0/24', request: '198.51.100.7', expected: true },
  { name: 'NotIpAddress: inside the range', operator: 'NotIpAddress', key: IP, policy: '203.0.113.0/24', request: '203.0.113.9', expected: false },
  { name: 'NotIpAddress: inside one of several ranges (NOR)', operator: 'NotIpAddress', key: IP, policy: ['192.0.2.0/24', '203.0.113.0/24'], request: '203.0.113.9', expected: false },
  { name: 'NotIpAddress: outside every range', operator: 'NotIpAddress', key: IP, policy: ['192.0.2.0/24', '203.0.113.0/24'], request: '198.51.100.1', expected: true },
  { name: 'NotIpAddress: IPv6 request vs IPv4 range', operator: 'NotIpAddress', key: IP, policy: '203.0.113.0/24', request: '2001:db8::1', expected: true },
  { name: 'NotIpAddress: missing key is true', operator: 'NotIpAddress', key: IP, policy: '203.0.113.0/24', request: undefined, expected: true },
  { name: 'IpAddress: request not an IP', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: 'not-an-ip', expected: false, error: '"not-an-ip" is not a valid IPv4 or IPv6 address' },
  { name: 'NotIpAddress: request not an IP', operator: 'NotIpAddress', key: IP, policy: '203.0.113.0/24', request: 'not-an-ip', expected: false, error: '"not-an-ip" is not a valid IPv4 or IPv6 address' },
  { name: 'IpAddress: request given as a range', operator: 'IpAddress', key: IP, policy: '203.0.113.0/24', request: '203.0.113.0/25', expected: false, error: 'is not a valid IPv4 or IPv6 address' },
  { name: 'IpAddress: invalid policy CIDR at evaluation', operator: 'IpAddress', key: IP, policy: '10.0.0.0/33', request: '10.0.0.1', expected: false, error: '"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR' }
]

describe('IP address condition operators', () => {
  test.each(rows)('$name', (row) => check(row))

  test.each([
    { value: '203.0.113.0/24', problem: null },
    { value: '203.0.113.7', problem: null },
    { value: '0.0.0.0/0', problem: null },
    { value: '2001:DB8:1234:5678::/64', problem: null },
    { value: '::', problem: null },
    { value: '::/0', problem: null },
    { value: '1:2:3:4:5:6:7:8', problem: null },
    { value: '1::', problem: null },
    { value: '::ffff:192.0.2.1', problem: null },
    { value: '10.0.0.0/33', problem: '"10.0.0.0/33" is not a valid IPv4 or IPv6 CIDR' },
    { value: '2001:db8::/129', problem: '"2001:db8::/129" is not a valid IPv4 or IPv6 CIDR' },
    { value: '256.0.0.1', problem: '"256.0.0.1" is not a valid IPv4 or IPv6 CIDR' },
    { value: '1.2.3', problem: '"1.2.3" is not a valid IPv4 or IPv6 CIDR' },
    { value: '010.0.0.1', problem: '"010.0.0.1" is not a valid IPv4 or IPv6 CIDR' },
    { value: '10.0.0.0/', problem: '"10.0.0.0/" is not a valid IPv4 or IPv6 CIDR' },
    { value: '10.0.0.0/-1', problem: '"10.0.0.0/-1" is not a valid IPv4 or IPv6 CIDR' },
    { value: '1::2::3', problem: '"1::2::3" is not a valid IPv4 or IPv6 CIDR' },
    { value: ':::', problem: '":::" is not a valid IPv4 or IPv6 CIDR' },
    { value: '1:2:3:4:5:6:7:8:9', problem: '"1:2:3:4:5:6:7:8:9" is not a valid IPv4 or IPv6 CIDR' },
    { value: '1:2:3:4:5:6:7::8', problem: '"1:2:3:4:5:6:7::8" is not a valid IPv4 or IPv6 CIDR' },
    { value: '12345::', problem: '"12345::" is not a valid IPv4 or IPv6 CIDR' },
    { value: 'fe80::1%eth0', problem: '"fe80::1%eth0" is not a valid IPv4 or IPv6 CIDR' },
    { value: '${aws:SourceIp}', problem: '"${aws:SourceIp}" is not a valid IPv4 or IPv6 CIDR' }
  ])('validateConditionClause: $value', ({ value, problem }) => {
    expect(validateConditionClause(clauseOf('NotIpAddress', IP, value))).toBe(problem)
  })
})

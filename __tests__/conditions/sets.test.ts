import { check, evaluate, type Row } from './helpers.js'

// Set operators (request arrays below are multivalued keys, strings single-valued ones).
// - ForAllValues: "returns true if every context key value in the request matches at least one
//   context key value in the policy. It also returns true if there are no context keys in the
//   request" (or the set is empty).
// - ForAnyValue: true if at least one request value matches; false when the key is missing.
// - "Multivalued context keys require a condition set operator": without one the clause is false
//   (with an error), whatever the operator. "Do not use condition set operators with single-valued
//   context keys": they still evaluate, as a set of one value.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
const TAGS = 'aws:TagKeys'
const rows: Row[] = [
  // The ForAllValues:StringNotLike table on the multivalued examples page, verbatim.
  { name: 'ForAllValues:StringNotLike key1*: [key1:legal] (docs)', operator: 'ForAllValues:StringNotLike', key: TAGS, policy: 'key1*', request: ['key1:legal'], expected: false },
  { name: 'ForAllValues:StringNotLike key1*: [key1:hr, key1:personnel] (docs)', operator: 'ForAllValues:StringNotLike', key: TAGS, policy: 'key1*', request: ['key1:hr', 'key1:personnel'], expected: false },
  { name: 'ForAllValues:StringNotLike key1*: [key2:audit] (docs)', operator: 'ForAllValues:StringNotLike', key: TAGS, policy: 'key1*', request: ['key2:audit'], expected: true },
  { name: 'ForAllValues:StringNotLike key1*: key missing (docs)', operator: 'ForAllValues:StringNotLike', key: TAGS, policy: 'key1*', request: undefined, expected: true },
  { name: 'ForAllValues:StringNotLike key1*: one of each', operator: 'ForAllValues:StringNotLike', key: TAGS, policy: 'key1*', request: ['key1:a', 'key2:b'], expected: false },

  { name: 'ForAllValues:StringEquals: subset of the policy values', operator: 'ForAllValues:StringEquals', key: TAGS, policy: ['a', 'b'], request: ['a'], expected: true },
  { name: 'ForAllValues:StringEquals: every policy value', operator: 'ForAllValues:StringEquals', key: TAGS, policy: ['a', 'b'], request: ['b', 'a'], expected: true },
  { name: 'ForAllValues:StringEquals: one value outside', operator: 'ForAllValues:StringEquals', key: TAGS, policy: ['a', 'b'], request: ['a', 'c'], expected: false },
  { name: 'ForAllValues:StringEquals: empty set is true (caveat)', operator: 'ForAllValues:StringEquals', key: TAGS, policy: ['a', 'b'], request: [], expected: true },
  { name: 'ForAllValues:StringEquals: missing key is true (caveat)', operator: 'ForAllValues:StringEquals', key: TAGS, policy: ['a', 'b'], request: undefined, expected: true },
  { name: 'ForAllValues:StringLike: wildcards per value', operator: 'ForAllValues:StringLike', key: TAGS, policy: ['key1*', 'key2*'], request: ['key1x', 'key2y'], expected: true },
  { name: 'ForAllValues:StringNotEquals: none in the policy', operator: 'ForAllValues:StringNotEquals', key: TAGS, policy: ['a'], request: ['x', 'y'], expected: true },
  { name: 'ForAllValues:StringNotEquals: one in the policy', operator: 'ForAllValues:StringNotEquals', key: TAGS, policy: ['a'], request: ['a', 'y'], expected: false },
  { name: 'ForAllValues:StringEqualsIfExists: missing key', operator: 'ForAllValues:StringEqualsIfExists', key: TAGS, policy: 'a', request: undefined, expected: true },

  { name: 'ForAnyValue:StringEquals: one matches', operator: 'ForAnyValue:StringEquals', key: TAGS, policy: ['environment', 'webserver'], request: ['x', 'webserver'], expected: true },
  { name: 'ForAnyValue:StringEquals: none matches', operator: 'ForAnyValue:StringEquals', key: TAGS, policy: ['environment', 'webserver'], request: ['x', 'y'], expected: false },
  { name: 'ForAnyValue:StringEquals: empty set is false', operator: 'ForAnyValue:StringEquals', key: TAGS, policy: 'environment', request: [], expected: false },
  { name: 'ForAnyValue:StringEquals: missing key is false', operator: 'ForAnyValue:StringEquals', key: TAGS, policy: 'environment', request: undefined, expected: false },
  { name: 'ForAnyValue:StringNotEquals: one value outside the policy', operator: 'ForAnyValue:StringNotEquals', key: TAGS, policy: ['DataClass', 'Owner'], request: ['DataClass', 'Other'], expected: true },
  { name: 'ForAnyValue:StringNotEquals: all values in the policy', operator: 'ForAnyValue:StringNotEquals', key: TAGS, policy: ['DataClass', 'Owner'], request: ['Owner', 'DataClass'], expected: false },
  { name: 'ForAnyValue:StringNotEquals: missing key is false', operator: 'ForAnyValue:StringNotEquals', key: TAGS, policy: ['DataClass', 'Owner'], request: undefined, expected: false },
  { name: 'ForAnyValue:StringLike: org path prefix', operator: 'ForAnyValue:StringLike', key: 'aws:PrincipalOrgPaths', policy: 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*', request: ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/'], expected: true },
  // ...IfExists: "If the key is not present, evaluate the condition element as true", qualifier or not.
  { name: 'ForAnyValue:StringEqualsIfExists: missing key', operator: 'ForAnyValue:StringEqualsIfExists', key: TAGS, policy: 'a', request: undefined, expected: true },
  { name: 'ForAnyValue:StringEqualsIfExists: empty set', operator: 'ForAnyValue:StringEqualsIfExists', key: TAGS, policy: 'a', request: [], expected: false },
  { name: 'ForAnyValue:ArnLike: one ARN matches', operator: 'ForAnyValue:ArnLike', key: 'test:arns', policy: 'arn:aws:iam::123456789012:role/*', request: ['arn:aws:ec2:us-east-1:123456789012:instance/i-1', 'arn:aws:iam::123456789012:role/x'], expected: true },
  { name: 'ForAllValues:IpAddress: every address inside', operator: 'ForAllValues:IpAddress', key: 'test:ips', policy: '10.0.0.0/8', request: ['10.1.2.3', '10.9.9.9'], expected: true },
  { name: 'ForAllValues:IpAddress: an invalid address is an error', operator: 'ForAllValues:IpAddress', key: 'test:ips', policy: '10.0.0.0/8', request: ['10.1.2.3', 'nope'], expected: false, error: '"nope" is not a valid IPv4 or IPv6 address' },

  // A single-valued key under a set operator: a set of one.
  { name: 'ForAllValues on a single-valued key: match', operator: 'ForAllValues:StringEquals', key: 'aws:SourceVpce', policy: 'vpce-1', request: 'vpce-1', expected: true },
  { name: 'ForAllValues on a single-valued key: no match', operator: 'ForAllValues:StringEquals', key: 'aws:SourceVpce', policy: 'vpce-1', request: 'vpce-2', expected: false },
  { name: 'ForAllValues on a single-valued key: missing is true (overly permissive)', operator: 'ForAllValues:StringEquals', key: 'aws:SourceVpce', policy: 'vpce-1', request: undefined, expected: true },
  { name: 'ForAnyValue on a single-valued key: match', operator: 'ForAnyValue:StringEquals', key: 'aws:SourceVpce', policy: 'vpce-1', request: 'vpce-1', expected: true },

  // A multivalued key without a set operator.
  { name: 'StringEquals on a multivalued key', operator: 'StringEquals', key: TAGS, policy: 'a', request: ['a'], expected: false, error: 'multivalued key' },
  { name: 'StringNotEquals on a multivalued key', operator: 'StringNotEquals', key: TAGS, policy: 'a', request: ['b'], expected: false, error: 'multivalued key' },
  { name: 'StringEqualsIfExists on a present multivalued key', operator: 'StringEqualsIfExists', key: TAGS, policy: 'a', request: ['a'], expected: false, error: 'multivalued key' },
  { name: 'StringEquals on a missing multivalued key', operator: 'StringEquals', key: TAGS, policy: 'a', request: undefined, expected: false }
]

describe('set operators and multivalued keys', () => {
  test.each(rows)('$name', (row) => check(row))

  test('the error names the key and the operator', () => {
    expect(evaluate('StringLike', TAGS, 'a*', ['ab']).error).toBe(
      '"aws:TagKeys" is a multivalued key: it needs ForAllValues: or ForAnyValue: before "StringLike"'
    )
  })
})

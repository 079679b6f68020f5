import { CONDITION_OPERATORS, evaluateCondition, validateConditionClause } from '../../src/conditions/index.js'
import { clauseOf, contextOf, evaluate } from './helpers.js'

// Dispatch, policy variables inside conditions, and the trace.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
describe('operator dispatch', () => {
  test.each([
    { operator: 'StringEqual', problem: 'unknown condition operator "StringEqual"' },
    { operator: 'ForAnyValue:StringEqual', problem: 'unknown condition operator "ForAnyValue:StringEqual"' },
    { operator: 'BinaryNotEquals', problem: 'unknown condition operator "BinaryNotEquals"' },
    { operator: 'StringEquals', problem: null },
    { operator: 'ForAllValues:StringLikeIfExists', problem: null },
    { operator: 'NumericLessThanEqualsIfExists', problem: null }
  ])('validateConditionClause($operator)', ({ operator, problem }) => {
    expect(validateConditionClause(clauseOf(operator, 'test:key', '1'))).toBe(problem)
  })

  test('an unknown operator evaluates to false with the same message', () => {
    const trace = evaluate('StringEqual', 'test:key', 'a', 'a')
    expect(trace.matched).toBe(false)
    expect(trace.error).toBe('unknown condition operator "StringEqual"')
  })

  test('operator names are looked up case-insensitively', () => {
    expect(evaluate('stringequals', 'test:key', 'a', 'a').matched).toBe(true)
    expect(validateConditionClause(clauseOf('IPADDRESS', 'aws:SourceIp', '10.0.0.0/8'))).toBeNull()
  })

  test('every documented operator family is registered', () => {
    expect([...CONDITION_OPERATORS].sort()).toEqual(
      [
        'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'BinaryEquals', 'Bool',
        'DateEquals', 'DateGreaterThan', 'DateGreaterThanEquals', 'DateLessThan', 'DateLessThanEquals', 'DateNotEquals',
        'IpAddress', 'NotIpAddress', 'Null',
        'NumericEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericNotEquals',
        'StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike'
      ].sort()
    )
  })
})

describe('policy variables in condition values', () => {
  const context = { 'aws:username': 'alice', 'aws:userid': 'AIDAEXAMPLE', 'test:star': 'a*', 'aws:TagKeys': ['x', 'y'] }
  test.each([
    { name: 'substituted into StringLike', operator: 'StringLike', policy: 'home/${aws:username}/*', request: 'home/alice/notes', version: '2012-10-17' as const, expected: true, policyValues: ['home/alice/*'] },
    { name: 'other user', operator: 'StringLike', policy: 'home/${aws:username}/*', request: 'home/bob/notes', version: '2012-10-17' as const, expected: false, policyValues: ['home/alice/*'] },
    { name: 'a substituted * is literal (no match)', operator: 'StringLike', policy: 'home/${test:star}/*', request: 'home/abc/x', version: '2012-10-17' as const, expected: false, policyValues: ['home/a*/*'] },
    { name: 'a substituted * is literal (match)', operator: 'StringLike', policy: 'home/${test:star}/*', request: 'home/a*/x', version: '2012-10-17' as const, expected: true, policyValues: ['home/a*/*'] },
    { name: '${*} is a literal asterisk', operator: 'StringLike', policy: 'file${*}', request: 'file*', version: '2012-10-17' as const, expected: true, policyValues: ['file*'] },
    { name: '${*} does not match other text', operator: 'StringLike', policy: 'file${*}', request: 'file1', version: '2012-10-17' as const, expected: false, policyValues: ['file*'] },
    { name: '${?} is a literal question mark', operator: 'StringLike', policy: 'what${?}', request: 'what?', version: '2012-10-17' as const, expected: true, policyValues: ['what?'] },
    { name: '${$} is a literal dollar', operator: 'StringEquals', policy: 'cost${$}', request: 'cost$', version: '2012-10-17' as const, expected: true, policyValues: ['cost$'] },
    { name: 'default when the key is missing', operator: 'StringEquals', policy: "${aws:PrincipalTag/team, 'nobody'}", request: 'nobody', version: '2012-10-17' as const, expected: true, policyValues: ['nobody'] },
    { name: 'value over default when present', operator: 'StringEquals', policy: "${aws:username, 'nobody'}", request: 'alice', version: '2012-10-17' as const, expected: true, policyValues: ['alice'] },
    { name: 'unresolved variable matches nothing', operator: 'StringLike', policy: '${aws:PrincipalTag/team}*', request: 'anything', version: '2012-10-17' as const, expected: false, policyValues: [null] },
    { name: 'unresolved variable beside a resolved value', operator: 'StringEquals', policy: ['${aws:PrincipalTag/team}', '${aws:username}'], request: 'alice', version: '2012-10-17' as const, expected: true, policyValues: [null, 'alice'] },
    { name: 'negated operator fails on an unresolved variable', operator: 'StringNotEquals', policy: '${aws:PrincipalTag/team}', request: 'alice', version: '2012-10-17' as const, expected: false, policyValues: [null] },
    { name: 'a multivalued key is no variable', operator: 'StringEquals', policy: '${aws:TagKeys}', request: 'x', version: '2012-10-17' as const, expected: false, policyValues: [null] },
    { name: 'key names in variables ignore case', operator: 'StringEquals', policy: '${AWS:UserName}', request: 'alice', version: '2012-10-17' as const, expected: true, policyValues: ['alice'] },
    { name: 'Version 2008-10-17: literal text', operator: 'StringEquals', policy: 'home/${aws:username}', request: 'home/${aws:username}', version: '2008-10-17' as const, expected: true, policyValues: ['home/${aws:username}'] },
    { name: 'Version 2008-10-17: not substituted', operator: 'StringEquals', policy: 'home/${aws:username}', request: 'home/alice', version: '2008-10-17' as const, expected: false, policyValues: ['home/${aws:username}'] },
    { name: 'no Version: literal text', operator: 'StringEquals', policy: '${aws:username}', request: '${aws:username}', version: null, expected: true, policyValues: ['${aws:username}'] },
    { name: 'no Version: a literal ${*} keeps its * as a wildcard', operator: 'StringLike', policy: 'a${*}', request: 'a${xyz}', version: null, expected: true, policyValues: ['a${*}'] },
    { name: 'not substituted for Numeric operators', operator: 'NumericEquals', policy: '${test:n}', request: '1', version: '2012-10-17' as const, expected: false, policyValues: ['${test:n}'] }
  ])('$name', ({ operator, policy, request, version, expected, policyValues }) => {
    const trace = evaluate(operator, 'test:key', policy, request, version, { ...context, 'test:n': '1' })
    expect(trace.matched).toBe(expected)
    expect(trace.policyValues).toEqual(policyValues)
  })
})

describe('one clause evaluated many times (its prepared values are cached)', () => {
  test('the same clause object follows each evaluation\'s version and context', () => {
    const clause = clauseOf('StringEquals', 'test:key', 'home/${aws:username}')
    const alice = contextOf({ 'aws:username': 'alice', 'test:key': 'home/alice' })
    const bob = contextOf({ 'aws:username': 'bob', 'test:key': 'home/alice' })
    const literal = contextOf({ 'aws:username': 'alice', 'test:key': 'home/${aws:username}' })
    expect(evaluateCondition(clause, alice, '2012-10-17').matched).toBe(true)
    expect(evaluateCondition(clause, bob, '2012-10-17').matched).toBe(false)
    expect(evaluateCondition(clause, literal, '2012-10-17').matched).toBe(false)
    expect(evaluateCondition(clause, literal, null).matched).toBe(true)
    expect(evaluateCondition(clause, alice, '2012-10-17').matched).toBe(true)
  })

  test('an invalid policy value is reported on every evaluation', () => {
    const clause = clauseOf('IpAddress', 'aws:SourceIp', ['10.0.0.0/8', '300.0.0.0/8'])
    const context = contextOf({ 'aws:SourceIp': '10.1.1.1' })
    for (let i = 0; i < 2; i++) {
      const trace = evaluateCondition(clause, context, '2012-10-17')
      expect(trace.matched).toBe(false)
      expect(trace.error).toBe('"300.0.0.0/8" is not a valid IPv4 or IPv6 CIDR')
    }
  })

  test('a Bool value with a variable is checked after substitution', () => {
    const clause = clauseOf('Bool', 'test:flag', '${test:other}')
    expect(evaluateCondition(clause, contextOf({ 'test:flag': 'true', 'test:other': 'true' }), '2012-10-17').matched).toBe(true)
    const wrong = evaluateCondition(clause, contextOf({ 'test:flag': 'true', 'test:other': 'maybe' }), '2012-10-17')
    expect(wrong).toMatchObject({ matched: false, policyValues: ['maybe'], error: '"maybe" is not a valid boolean (expected "true" or "false")' })
    const literal = evaluateCondition(clause, contextOf({ 'test:flag': 'true' }), null)
    expect(literal).toMatchObject({ matched: false, error: '"${test:other}" is not a valid boolean (expected "true" or "false")' })
  })
})

describe('the trace', () => {
  test('quotes the operator as written, the key, both sides and the outcome', () => {
    const context = contextOf({ 'aws:SourceIp': '198.51.100.7' })
    const trace = evaluateCondition(clauseOf('NotIpAddressIfExists', 'aws:sourceip', ['203.0.113.0/24']), context, '2012-10-17')
    expect(trace).toEqual({
      operator: 'NotIpAddressIfExists',
      key: 'aws:sourceip',
      policyValues: ['203.0.113.0/24'],
      requestValues: ['198.51.100.7'],
      matched: true
    })
  })

  test('requestValues is null when the key is missing', () => {
    const trace = evaluate('StringNotEquals', 'aws:PrincipalOrgID', 'o-1', undefined)
    expect(trace).toEqual({ operator: 'StringNotEquals', key: 'aws:PrincipalOrgID', policyValues: ['o-1'], requestValues: null, matched: true })
  })

  test('an invalid request value is reported, never thrown', () => {
    const trace = evaluate('IpAddress', 'aws:SourceIp', '203.0.113.0/24', 'not-an-ip')
    expect(trace).toEqual({
      operator: 'IpAddress',
      key: 'aws:SourceIp',
      policyValues: ['203.0.113.0/24'],
      requestValues: ['not-an-ip'],
      matched: false,
      error: '"not-an-ip" is not a valid IPv4 or IPv6 address'
    })
  })

  test('a clause with no values: positive false, negated true', () => {
    expect(evaluate('StringEquals', 'test:key', [], 'a').matched).toBe(false)
    expect(evaluate('StringNotEquals', 'test:key', [], 'a').matched).toBe(true)
  })
})

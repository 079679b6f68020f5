import { RequestContext } from '../../src/context/types.js'
import type { PolicyVersion } from '../../src/policy/types.js'
import { hasVariables, substituteVariables } from '../../src/policy/variables.js'
import type { Segment } from '../../src/policy/wildcard.js'

// Policy variables: "${aws:username}" etc. are replaced from the request context; "If you don't
// include the Version element and set it to an appropriate version date, variables like
// ${aws:username} are treated as literal strings"; ${*}, ${?}, ${$} stand for those characters;
// "${aws:userid, 'anonymous'}" gives a default; multivalued keys cannot be policy variables.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
function context(): RequestContext {
  const ctx = new RequestContext()
  ctx.set({ key: 'aws:username', values: ['alice'], multiValued: false, origin: 'derived' })
  ctx.set({ key: 'aws:PrincipalTag/team', values: ['plat*form'], multiValued: false, origin: 'derived' })
  ctx.set({ key: 'aws:TagKeys', values: ['a', 'b'], multiValued: true, origin: 'given' })
  ctx.set({ key: 'test:one-of-set', values: ['a'], multiValued: true, origin: 'given' })
  ctx.set({ key: 'test:empty', values: [''], multiValued: false, origin: 'given' })
  return ctx
}

const plain = (text: string): Segment => ({ text, literal: false })
const literal = (text: string): Segment => ({ text, literal: true })

describe('substituteVariables', () => {
  test.each<{ name: string; text: string; version: PolicyVersion | null; expected: Segment[] | null }>([
    { name: 'no variable', text: 'home/*', version: '2012-10-17', expected: [plain('home/*')] },
    { name: 'one variable', text: '${aws:username}', version: '2012-10-17', expected: [literal('alice')] },
    { name: 'variable inside text', text: 'home/${aws:username}/*', version: '2012-10-17', expected: [plain('home/'), literal('alice'), plain('/*')] },
    { name: 'substituted value keeps its * literal', text: 'team/${aws:PrincipalTag/team}', version: '2012-10-17', expected: [plain('team/'), literal('plat*form')] },
    { name: 'key name in another case', text: '${AWS:USERNAME}', version: '2012-10-17', expected: [literal('alice')] },
    { name: 'empty string value', text: 'x${test:empty}y', version: '2012-10-17', expected: [plain('x'), literal(''), plain('y')] },
    { name: 'default when missing', text: "${aws:userid, 'nobody'}", version: '2012-10-17', expected: [literal('nobody')] },
    { name: "default (docs example ${aws:userid, 'anonymous'})", text: "arn:aws:s3:::bucket/${aws:userid, 'anonymous'}", version: '2012-10-17', expected: [plain('arn:aws:s3:::bucket/'), literal('anonymous')] },
    { name: 'default not used when present', text: "${aws:username, 'nobody'}", version: '2012-10-17', expected: [literal('alice')] },
    { name: 'default is literal', text: "${aws:userid, 'a*'}", version: '2012-10-17', expected: [literal('a*')] },
    { name: 'default with a closing brace inside', text: "${aws:userid, 'a}b'}", version: '2012-10-17', expected: [literal('a}b')] },
    { name: 'empty default', text: "${aws:userid, ''}", version: '2012-10-17', expected: [literal('')] },
    { name: '${*}', text: 'a${*}b', version: '2012-10-17', expected: [plain('a'), literal('*'), plain('b')] },
    { name: '${?}', text: '${?}', version: '2012-10-17', expected: [literal('?')] },
    { name: '${$}', text: 'cost${$}', version: '2012-10-17', expected: [plain('cost'), literal('$')] },
    { name: 'several variables', text: '${aws:username}-${aws:username}', version: '2012-10-17', expected: [literal('alice'), plain('-'), literal('alice')] },
    { name: 'missing variable, no default', text: 'home/${aws:userid}', version: '2012-10-17', expected: null },
    { name: 'multivalued key is not a variable', text: '${aws:TagKeys}', version: '2012-10-17', expected: null },
    { name: 'multivalued key of one value is not a variable either', text: '${test:one-of-set}', version: '2012-10-17', expected: null },
    { name: 'multivalued key with a default', text: "${aws:TagKeys, 'none'}", version: '2012-10-17', expected: [literal('none')] },
    { name: 'unclosed variable is text', text: 'a${aws:username', version: '2012-10-17', expected: [plain('a${aws:username')] },
    { name: 'empty variable is text', text: '${}', version: '2012-10-17', expected: [plain('${}')] },
    { name: 'unquoted default is text', text: '${aws:userid, nobody}', version: '2012-10-17', expected: [plain('${aws:userid, nobody}')] },
    { name: 'text after a malformed one still substitutes', text: '${${aws:username}', version: '2012-10-17', expected: [plain('${'), literal('alice')] },
    { name: 'Version 2008-10-17: literal text', text: 'home/${aws:username}', version: '2008-10-17', expected: [plain('home/${aws:username}')] },
    { name: 'Version 2008-10-17: ${*} stays a wildcard text', text: 'a${*}', version: '2008-10-17', expected: [plain('a${*}')] },
    { name: 'no Version: literal text, even unresolvable', text: '${aws:userid}', version: null, expected: [plain('${aws:userid}')] }
  ])('$name', ({ text, version, expected }) => {
    expect(substituteVariables(text, context(), version)).toEqual(expected)
  })

  test('the same text gives the same result twice (parsed templates are cached)', () => {
    const first = substituteVariables('home/${aws:username}/*', context(), '2012-10-17')
    const second = substituteVariables('home/${aws:username}/*', context(), '2012-10-17')
    expect(second).toEqual(first)
    const other = new RequestContext()
    other.set({ key: 'aws:username', values: ['bob'], multiValued: false, origin: 'given' })
    expect(substituteVariables('home/${aws:username}/*', other, '2012-10-17')).toEqual([plain('home/'), literal('bob'), plain('/*')])
  })
})

describe('hasVariables', () => {
  test.each([
    { text: '${aws:username}', expected: true },
    { text: 'home/${*}', expected: true },
    { text: 'home/*', expected: false },
    { text: '$aws:username', expected: false },
    { text: '{aws:username}', expected: false }
  ])('$text: $expected', ({ text, expected }) => {
    expect(hasVariables(text)).toBe(expected)
  })
})

import { ScenarioError } from '../../src/scenario/errors.js'
import { decodePolicyDocument, parseJsonText } from '../../src/scenario/policy-document.js'
import { parseScenario } from '../../src/scenario/load.js'
import { baseScenario, issuesOf, setAt } from './fixtures.js'

const DOC = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Plus+Space and ümlaut',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject'],
      Resource: 'arn:aws:s3:::bucket/a b+c/%41/*',
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } }
    }
  ]
}
const PRETTY = JSON.stringify(DOC, null, 2)

// IAM returns documents "URL-encoded compliant with RFC 3986" and tells readers to decode them with
// java.net.URLDecoder (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html),
// which reads "+" as a space: both encodings of a space must decode, and a literal "+" arrives as %2B.
const FORMS: { name: string; value: unknown }[] = [
  { name: 'an object', value: DOC },
  { name: 'a JSON string', value: JSON.stringify(DOC) },
  { name: 'a pretty-printed JSON string with leading blank lines', value: `\n\n${PRETTY}\n` },
  { name: 'a URL-encoded JSON string (encodeURIComponent: space as %20)', value: encodeURIComponent(PRETTY) },
  { name: 'a URL-encoded JSON string as IAM sends it (upper-case escapes)', value: encodeURIComponent(JSON.stringify(DOC)) },
  {
    name: 'a form-encoded JSON string (space as +, as java.net.URLEncoder writes it)',
    value: encodeURIComponent(PRETTY).replace(/%20/g, '+')
  }
]

test.each(FORMS)('decodePolicyDocument accepts $name', ({ value }) => {
  expect(decodePolicyDocument(value, 'bucket.policy')).toEqual(DOC)
})

test.each(FORMS)('the loader decodes $name at every policy location', ({ value }) => {
  const input = baseScenario()
  setAt(input, ['request', 'policy'], value as never)
  setAt(input, ['identity', 'policies', 0, 'document'], value as never)
  setAt(input, ['identity', 'permissionsBoundary'], { name: 'b', document: value as never })
  setAt(input, ['identity', 'sessionPolicies'], [{ name: 's', document: value as never }])
  setAt(input, ['organization'], {
    serviceControlPolicies: [[{ name: 'root', document: value as never }], [{ name: 'ou', document: value as never }]],
    resourceControlPolicies: [[{ name: 'rcp', document: value as never }]]
  })
  setAt(input, ['bucket', 'policy'], value as never)
  setAt(input, ['kmsKeys'], [{ arn: 'arn:aws:kms:us-east-1:444455556666:key/k', policy: value as never }])
  setAt(input, ['vpcEndpoints'], [{ id: 'vpce-1', policy: value as never }])
  const s = parseScenario(input)
  const org = s.organization
  expect([
    s.request.policy,
    s.identity?.policies,
    s.identity?.permissionsBoundary,
    s.identity?.sessionPolicies,
    org?.serviceControlPolicies,
    org?.resourceControlPolicies,
    s.bucket?.policy,
    s.kmsKeys?.[0]?.policy,
    s.vpcEndpoints?.[0]?.policy
  ]).toEqual([
    DOC,
    [{ name: 'writer', document: DOC }],
    { name: 'b', document: DOC },
    [{ name: 's', document: DOC }],
    [[{ name: 'root', document: DOC }], [{ name: 'ou', document: DOC }]],
    [[{ name: 'rcp', document: DOC }]],
    DOC,
    DOC,
    DOC
  ])
})

test('an object is returned as is (decoding does not copy or validate it)', () => {
  const doc = { Statement: 'not checked here' }
  expect(decodePolicyDocument(doc, 'x')).toBe(doc)
})

const BAD: { name: string; value: unknown; message: string }[] = [
  { name: 'a number', value: 7, message: 'expected a policy document: an object, a JSON string or a URL-encoded JSON string, got 7' },
  { name: 'null', value: null, message: 'expected a policy document: an object, a JSON string or a URL-encoded JSON string, got null' },
  { name: 'an array', value: [DOC], message: 'expected a policy document: an object, a JSON string or a URL-encoded JSON string, got an array' },
  { name: 'an empty string', value: '', message: 'expected a policy document: an object, a JSON string or a URL-encoded JSON string, got ""' },
  { name: 'a JSON string with a trailing comma', value: '{"Statement": [],}', message: 'the JSON string: invalid JSON at line 1, column 18: expected a property name in double quotes, got "}" (trailing commas are not allowed in JSON)' },
  { name: 'a truncated URL-encoded string', value: '%7B%22Statement%22%3A%5B%5D%7', message: 'the URL-encoded string has a malformed %-escape (expected %XX escapes of UTF-8 bytes)' },
  { name: 'URL-encoding of a JSON string value', value: encodeURIComponent('"{}"'), message: 'expected the string to hold a policy document (a JSON object), but it holds "{}"' }
]

test.each(BAD)('decodePolicyDocument rejects $name, naming the path', ({ value, message }) => {
  expect(issuesOf(() => decodePolicyDocument(value, 'kmsKeys[3].policy'))).toEqual([{ path: 'kmsKeys[3].policy', message }])
})

test('a thrown decoding error is a ScenarioError whose message is "path: message"', () => {
  expect(() => decodePolicyDocument(1, 'bucket.policy')).toThrow(ScenarioError)
  expect(() => decodePolicyDocument(1, 'bucket.policy')).toThrow(
    'bucket.policy: expected a policy document: an object, a JSON string or a URL-encoded JSON string, got 1'
  )
})

test('parseJsonText parses valid JSON text as JSON.parse does', () => {
  const text = JSON.stringify({ a: [1, 2.5e3, -0, true, null, 'x\u2028\\"'], b: {} })
  expect(parseJsonText(text, '')).toEqual(JSON.parse(text))
})

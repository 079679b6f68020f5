/** Property tests: the loader's contract holds for arbitrary input, and for arbitrary valid scenarios. */

import fc from 'fast-check'
import { ScenarioError } from '../../src/scenario/errors.js'
import { loadScenario, parseScenario } from '../../src/scenario/load.js'
import { baseScenario } from './fixtures.js'
import type { Json } from './fixtures.js'

/** The call returns a scenario object or throws a ScenarioError with well-formed issues; nothing else. */
function returnsScenarioOrScenarioError(fn: () => unknown): void {
  let result: unknown
  try {
    result = fn()
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error
    expect(error.issues.length).toBeGreaterThan(0)
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string')
      expect(issue.path.length).toBeGreaterThan(0)
      expect(typeof issue.message).toBe('string')
      expect(issue.message.length).toBeGreaterThan(0)
    }
    expect(error.message).toBe(error.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
    return
  }
  expect(typeof result).toBe('object')
  expect((result as { version: unknown }).version).toBe(1)
}

afterAll(() => {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
})

describe('arbitrary input: a Scenario or a ScenarioError, never another exception', () => {
  test('parseScenario / loadScenario of fc.jsonValue()', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        returnsScenarioOrScenarioError(() => parseScenario(value))
        returnsScenarioOrScenarioError(() => loadScenario(JSON.stringify(value) ?? ''))
      }),
      { numRuns: 300 }
    )
  })

  test('loadScenario of arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => returnsScenarioOrScenarioError(() => loadScenario(text))),
      { numRuns: 300 }
    )
  })

  test('loadScenario of JSON text with characters inserted anywhere', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (text, at, inserted) => {
        const p = at % (text.length + 1)
        returnsScenarioOrScenarioError(() => loadScenario(text.slice(0, p) + inserted + text.slice(p)))
      }),
      { numRuns: 300 }
    )
  })

  test('objects shaped like scenarios, with arbitrary layers', () => {
    const shaped = fc.record(
      {
        version: fc.constantFrom<Json>(1, 2, '1', null),
        request: fc.jsonValue(),
        identity: fc.jsonValue(),
        organization: fc.jsonValue(),
        bucket: fc.jsonValue(),
        kmsKeys: fc.jsonValue(),
        vpcEndpoints: fc.jsonValue(),
        expect: fc.jsonValue()
      },
      { requiredKeys: [] }
    )
    fc.assert(
      fc.property(shaped, (value) => returnsScenarioOrScenarioError(() => parseScenario(value))),
      { numRuns: 300 }
    )
  })

  test('a valid scenario with any one value replaced by arbitrary JSON', () => {
    const base = baseScenario()
    const paths: (string | number)[][] = []
    const walk = (node: Json, path: (string | number)[]): void => {
      paths.push(path)
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]))
      else if (typeof node === 'object' && node !== null) for (const [k, child] of Object.entries(node)) walk(child, [...path, k])
    }
    walk(base, [])
    const replacement = fc.oneof(
      fc.jsonValue(),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      fc.jsonValue().map((v) => encodeURIComponent(JSON.stringify(v) ?? '')),
      fc.constantFrom<Json>('{', '%7B', '%', '+', '{"Statement": []}', { unreadable: 'x' }, { unreadable: 1 }, [], {})
    )
    fc.assert(
      fc.property(fc.nat(paths.length - 1), replacement, (index, value) => {
        const input = structuredClone(base)
        const path = paths[index] as (string | number)[]
        if (path.length === 0) return returnsScenarioOrScenarioError(() => parseScenario(value))
        let node = input as Record<string | number, Json>
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
        node[path[path.length - 1] as string | number] = value as Json
        returnsScenarioOrScenarioError(() => parseScenario(input))
        returnsScenarioOrScenarioError(() => loadScenario(JSON.stringify(input)))
      }),
      { numRuns: 500 }
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Valid scenarios

/** A value as written in the input, and the value the loader must produce for it. */
class Pair {
  constructor(
    readonly input: Json,
    readonly loaded: Json
  ) {}
}
type Tree = Pair | Json | Tree[] | { [key: string]: Tree }

function materialize(tree: Tree, side: 'input' | 'loaded'): Json {
  if (tree instanceof Pair) return tree[side]
  if (Array.isArray(tree)) return tree.map((t) => materialize(t, side))
  if (typeof tree === 'object' && tree !== null) {
    const out: { [key: string]: Json } = {}
    for (const [k, v] of Object.entries(tree)) Object.defineProperty(out, k, { value: materialize(v, side), enumerable: true, writable: true, configurable: true })
    return out
  }
  return tree
}

const text = fc.string({ unit: 'grapheme', maxLength: 12 })
const account = fc.stringMatching(/^[0-9]{12}$/)
const iamName = fc.stringMatching(/^[A-Za-z0-9+=,.@_-]{1,16}$/)
const principal = fc.oneof(
  fc.constant('anonymous'),
  fc.tuple(account, iamName, iamName).map(([a, role, session]) => `arn:aws:sts::${a}:assumed-role/${role}/${session}`),
  fc.tuple(account, iamName).map(([a, user]) => `arn:aws:iam::${a}:user/${user}`)
)
const action = fc.constantFrom('s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:PutBucketPolicy', 's3:DeleteObject', 'kms:Decrypt')
const stringOrList = fc.oneof(text, fc.array(text, { maxLength: 3 }))

const principalBlock = fc.oneof(
  fc.constant<Json>('*'),
  fc.record({ AWS: stringOrList, Service: stringOrList, Federated: stringOrList, CanonicalUser: stringOrList }, { requiredKeys: [] })
)
const conditionValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.array(fc.oneof(text, fc.integer(), fc.boolean()), { maxLength: 3 }))
const condition = fc.dictionary(fc.constantFrom('StringEquals', 'ForAnyValue:StringLike', 'IpAddress', 'Bool', 'Null'), fc.dictionary(text, conditionValue, { maxKeys: 3 }), { maxKeys: 3 })

const statement = fc
  .record({
    sid: fc.option(text),
    effect: fc.constantFrom('Allow', 'Deny'),
    action: fc.tuple(fc.boolean(), stringOrList),
    resource: fc.option(fc.tuple(fc.boolean(), stringOrList)),
    principal: fc.option(fc.tuple(fc.boolean(), principalBlock)),
    condition: fc.option(condition)
  })
  .map((s) => {
    const out: { [key: string]: Json } = { Effect: s.effect }
    if (s.sid !== null) out['Sid'] = s.sid
    out[s.action[0] ? 'NotAction' : 'Action'] = s.action[1]
    if (s.resource) out[s.resource[0] ? 'NotResource' : 'Resource'] = s.resource[1]
    if (s.principal) out[s.principal[0] ? 'NotPrincipal' : 'Principal'] = s.principal[1]
    if (s.condition) out['Condition'] = s.condition
    return out
  })

const documentObject = fc.record(
  {
    Version: fc.constantFrom('2012-10-17', '2008-10-17'),
    Id: text,
    Statement: fc.oneof(statement, fc.array(statement, { minLength: 1, maxLength: 4 }))
  },
  { requiredKeys: ['Statement'] }
)

/** A policy document as an object, a JSON string (compact or pretty) or URL-encoded (%20 or + for spaces). */
const encodedDocument = fc.tuple(documentObject, fc.constantFrom('object', 'json', 'pretty', 'url', 'form')).map(([doc, how]) => {
  const json = how === 'pretty' || how === 'form' ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)
  const input: Json = how === 'object' ? doc : how === 'url' ? encodeURIComponent(json) : how === 'form' ? encodeURIComponent(json).replace(/%20/g, '+') : json
  return new Pair(input, doc)
})
const unreadable = text.map((reason) => ({ unreadable: reason }))
const readable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | { unreadable: string }> => fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: unreadable })
const readableDocument = readable(encodedDocument)
const namedPolicy = fc.record({ name: text, document: readableDocument })

const headers = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/), fc.string({ unit: 'binary', maxLength: 10 })), {
  selector: ([name]) => name.toLowerCase(),
  maxLength: 4
}).map((entries) => new Pair(Object.fromEntries(entries), Object.fromEntries(entries.map(([n, v]) => [n.toLowerCase(), v]))))

const contextKey = fc.stringMatching(/^[a-z0-9]{1,5}:[A-Za-z/_-]{1,12}$/).filter((k) => k.toLowerCase() !== 'aws:currenttime')
const context = fc
  .tuple(
    fc.uniqueArray(fc.tuple(contextKey, fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.string(), { maxLength: 3 }))), {
      selector: ([k]) => k.toLowerCase(),
      maxLength: 4
    }),
    fc.option(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }))
  )
  .map(([entries, time]) => ({ ...Object.fromEntries(entries), ...(time ? { 'aws:CurrentTime': time.toISOString() } : {}) }))

const publicAccessBlock = fc.record(
  { BlockPublicAcls: fc.boolean(), IgnorePublicAcls: fc.boolean(), BlockPublicPolicy: fc.boolean(), RestrictPublicBuckets: fc.boolean() },
  { requiredKeys: [] }
)
const grantee = fc.oneof(
  account.map((id) => ({ type: 'CanonicalUser', id })),
  fc.constantFrom('AllUsers', 'AuthenticatedUsers').map((g) => ({ type: 'Group', uri: `http://acs.amazonaws.com/groups/global/${g}` }))
)
const acl = fc.record({
  owner: account,
  grants: fc.array(fc.record({ grantee, permission: fc.constantFrom('FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP') }), { maxLength: 3 })
})

const scenario = fc.record(
  {
    version: fc.constant(1),
    name: text,
    request: fc.record(
      { principal, action, bucket: iamName, key: text, headers, context, vpcEndpoint: iamName, policy: encodedDocument },
      { requiredKeys: ['principal', 'action', 'bucket'] }
    ),
    identity: fc.record(
      {
        arn: fc.tuple(account, iamName).map(([a, r]) => `arn:aws:iam::${a}:role/${r}`),
        tags: fc.dictionary(iamName, text, { maxKeys: 3 }),
        policies: readable(fc.array(namedPolicy, { maxLength: 3 })),
        permissionsBoundary: readable(namedPolicy),
        sessionPolicies: readable(fc.array(namedPolicy, { maxLength: 2 })),
        orgId: fc.constant('o-exampleorgid')
      },
      { requiredKeys: [] }
    ),
    organization: fc.record(
      {
        serviceControlPolicies: readable(fc.array(fc.array(namedPolicy, { maxLength: 2 }), { maxLength: 3 })),
        resourceControlPolicies: readable(fc.array(fc.array(namedPolicy, { maxLength: 2 }), { maxLength: 2 })),
        managementAccount: account
      },
      { requiredKeys: [] }
    ),
    bucket: fc.record(
      {
        name: iamName,
        account,
        region: fc.constantFrom('us-east-1', 'eu-central-1'),
        policy: readableDocument,
        publicAccessBlock: readable(publicAccessBlock),
        accountPublicAccessBlock: readable(publicAccessBlock),
        objectOwnership: readable(fc.constantFrom('BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter')),
        acl: readable(acl),
        versioning: readable(fc.constantFrom('Enabled', 'Suspended', 'Disabled')),
        requesterPays: readable(fc.boolean())
      },
      { requiredKeys: ['name'] }
    ),
    kmsKeys: fc.array(fc.record({ arn: iamName, policy: readableDocument }, { requiredKeys: ['arn'] }), { maxLength: 2 }),
    vpcEndpoints: fc.array(fc.record({ id: iamName, policy: readableDocument }, { requiredKeys: ['id'] }), { maxLength: 2 }),
    expect: fc.record({ decision: fc.constantFrom('allow', 'deny') })
  },
  { requiredKeys: ['version', 'request'] }
) as unknown as fc.Arbitrary<Tree>

describe('arbitrary valid scenarios', () => {
  test('load, decode every policy document to its object, and decoding is idempotent', () => {
    fc.assert(
      fc.property(scenario, (tree) => {
        const input = materialize(tree, 'input')
        const expected = materialize(tree, 'loaded')
        const inputText = JSON.stringify(input)

        const loaded = loadScenario(inputText)
        expect(loaded).toEqual(expected)
        expect(parseScenario(input)).toEqual(expected)
        expect(JSON.stringify(input)).toBe(inputText) // the caller's value is untouched

        // A loaded scenario, written out again, loads to the same value.
        expect(loadScenario(JSON.stringify(loaded))).toEqual(loaded)
        expect(parseScenario(loaded)).toEqual(loaded)
      }),
      { numRuns: 200 }
    )
  })
})

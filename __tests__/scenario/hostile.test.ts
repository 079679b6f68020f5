/** Input meant to hurt: deep nesting, huge files, broken JSON, prototype pollution, wrong shapes. */

import { loadScenario, parseScenario } from '../../src/scenario/load.js'
import { MAX_NESTING, MAX_TEXT_LENGTH } from '../../src/scenario/policy-document.js'
import { baseScenario, issuesOf, setAt } from './fixtures.js'
import type { Json } from './fixtures.js'

const shown = (fn: () => unknown): string[] => issuesOf(fn).map((i) => `${i.path}: ${i.message}`)

describe('deep nesting is refused before JSON.parse, without recursion', () => {
  const rows = [
    { name: '100,000 levels of [', text: '['.repeat(100_000), at: `line 1, column ${MAX_NESTING + 1}` },
    { name: '100,000 levels of {"a":', text: '{"a":'.repeat(100_000), at: `line 1, column ${5 * MAX_NESTING + 1}` },
    { name: 'deep nesting after a newline, brackets inside strings ignored', text: `{"name": "[[[[{{{{\\"",\n "x": ${'['.repeat(1000)}`, at: `line 2, column ${6 + MAX_NESTING}` }
  ]
  test.each(rows)('$name', ({ text, at }) => {
    expect(shown(() => loadScenario(text))).toEqual([`(root): nesting deeper than ${MAX_NESTING} levels at ${at}`])
  })

  test('inside a policy document given as a JSON string', () => {
    const input = baseScenario()
    setAt(input, ['bucket', 'policy'], '{"Statement":'.repeat(100_000))
    expect(shown(() => parseScenario(input))).toEqual([
      `bucket.policy: the JSON string: nesting deeper than ${MAX_NESTING} levels at line 1, column ${13 * MAX_NESTING + 1}`
    ])
  })

  test(`${MAX_NESTING} levels pass the nesting check (and meet the schema); ${MAX_NESTING + 1} do not`, () => {
    // The root object is level 1, so `name` holds MAX_NESTING - 1 (allowed) or MAX_NESTING (refused) arrays.
    const withArrays = (n: number): string => `{"version": 1, "name": ${'['.repeat(n)}${']'.repeat(n)}}`
    expect(shown(() => loadScenario(withArrays(MAX_NESTING - 1)))).toEqual([
      'request: required',
      'name: expected a string, got an array'
    ])
    expect(shown(() => loadScenario(withArrays(MAX_NESTING)))).toEqual([
      `(root): nesting deeper than ${MAX_NESTING} levels at line 1, column ${23 + MAX_NESTING}`
    ])
  })

  test('parseScenario refuses a 100,000-level object built in memory', () => {
    let value: Record<string, unknown> = {}
    const root = value
    for (let i = 0; i < 100_000; i++) {
      const next = {}
      value['a'] = next
      value = next
    }
    const issues = issuesOf(() => parseScenario(root))
    expect(issues).toHaveLength(1)
    expect(issues[0]?.message).toBe(`nesting deeper than ${MAX_NESTING} levels`)
    expect(issues[0]?.path.startsWith('a.a.a.a')).toBe(true)
  })

  test('parseScenario refuses a cycle', () => {
    const input = baseScenario() as Record<string, unknown>
    input['name'] = input
    expect(issuesOf(() => parseScenario(input))[0]?.message).toBe(`nesting deeper than ${MAX_NESTING} levels`)
  })
})

describe('size', () => {
  test('a 10 MB bucket policy loads and validates', () => {
    const statements: Json[] = []
    let size = 0
    for (let i = 0; size < 10_000_000; i++) {
      const statement = {
        Sid: `S${i}`,
        Effect: i % 2 === 0 ? 'Allow' : 'Deny',
        Principal: { AWS: [`arn:aws:iam::${String(100000000000 + i)}:role/r${i}`] },
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: [`arn:aws:s3:::artifacts/prefix-${i}/*`, `arn:aws:s3:::artifacts/other-${i}/*`],
        Condition: { StringEquals: { 'aws:PrincipalTag/team': ['platform', `team-${i}`] } }
      }
      size += JSON.stringify(statement).length + 1
      statements.push(statement)
    }
    const input = baseScenario()
    setAt(input, ['bucket', 'policy'], { Version: '2012-10-17', Statement: statements })
    const text = JSON.stringify(input)
    expect(text.length).toBeGreaterThan(10_000_000)

    const loaded = loadScenario(text)
    const policy = loaded.bucket?.policy as { Statement: { Sid: string }[] }
    expect(policy.Statement).toHaveLength(statements.length)
    expect(policy.Statement[statements.length - 1]?.Sid).toBe(`S${statements.length - 1}`)

    // The same document as a JSON string inside the file, and a mistake near its end is still found.
    const asString = baseScenario()
    ;(statements[statements.length - 1] as Record<string, Json>)['Effect'] = 'allow'
    setAt(asString, ['bucket', 'policy'], JSON.stringify({ Version: '2012-10-17', Statement: statements }))
    expect(shown(() => loadScenario(JSON.stringify(asString)))).toEqual([
      `bucket.policy.Statement[${statements.length - 1}].Effect: expected "Allow" or "Deny", got "allow"`
    ])
  })

  test('a 10 MB bucket policy in which every statement is wrong gets the first issues and a count', () => {
    const statements: Json[] = []
    const statement = { Sid: 'NoAction', Effect: 'allow', Resource: `arn:aws:s3:::artifacts/${'x'.repeat(200)}/*` }
    const count = Math.ceil(10_000_000 / JSON.stringify(statement).length)
    for (let i = 0; i < count; i++) statements.push(statement)
    const input = baseScenario()
    setAt(input, ['bucket', 'policy'], { Statement: statements })
    const issues = shown(() => loadScenario(JSON.stringify(input)))
    expect(issues).toHaveLength(21)
    expect(issues.slice(0, 2)).toEqual([
      'bucket.policy.Statement[0]: needs Action or NotAction',
      'bucket.policy.Statement[0].Effect: expected "Allow" or "Deny", got "allow"'
    ])
    expect(issues[20]).toBe(`(root): ${2 * count - 20} more issues not shown`)
  })

  test(`text over ${MAX_TEXT_LENGTH / 1024 / 1024} MiB is refused with a clear message`, () => {
    const text = ' '.repeat(MAX_TEXT_LENGTH + 1)
    expect(shown(() => loadScenario(text))).toEqual([
      `(root): larger than the 64 MiB limit (${MAX_TEXT_LENGTH + 1} characters)`
    ])
  })

  test(`text of exactly ${MAX_TEXT_LENGTH / 1024 / 1024} MiB is not refused for its size`, () => {
    const json = JSON.stringify(baseScenario())
    const text = json + ' '.repeat(MAX_TEXT_LENGTH - json.length)
    expect(text.length).toBe(MAX_TEXT_LENGTH)
    expect(loadScenario(text).name).toBe('base')
  })
})

// V8's own messages do not always carry a position, so the loader locates the error itself.
describe('invalid JSON names line and column', () => {
  const rows: { name: string; text: string; message: string }[] = [
    { name: 'empty text', text: '', message: 'invalid JSON at line 1, column 1: unexpected end of the text; expected a value' },
    { name: 'only whitespace', text: '  \n ', message: 'invalid JSON at line 2, column 2: unexpected end of the text; expected a value' },
    {
      name: 'trailing comma in an object',
      text: '{\n  "version": 1,\n  "request": {\n    "principal": "anonymous",\n  }\n}',
      message: 'invalid JSON at line 5, column 3: expected a property name in double quotes, got "}" (trailing commas are not allowed in JSON)'
    },
    { name: 'trailing comma in an array', text: '{"a": [1, 2,\n]}', message: 'invalid JSON at line 2, column 1: unexpected "]"; expected a value (trailing commas are not allowed in JSON)' },
    { name: 'missing comma', text: '{"version": 1\n "request": {}}', message: 'invalid JSON at line 2, column 2: expected "," or "}" after a property value, got "\\""' },
    { name: 'missing colon', text: '{"version" 1}', message: 'invalid JSON at line 1, column 12: expected ":" after a property name, got "1"' },
    { name: 'single quotes', text: "{'version': 1}", message: 'invalid JSON at line 1, column 2: expected a property name in double quotes, got "\'" (JSON strings use double quotes)' },
    { name: 'a comment, as in the format doc', text: '{\n  "version": 1, // format 1\n}', message: 'invalid JSON at line 2, column 17: expected a property name in double quotes, got "/" (comments are not allowed in JSON)' },
    { name: 'unterminated string', text: '{"name": "abc', message: 'invalid JSON at line 1, column 10: unterminated string' },
    { name: 'raw newline in a string', text: '{"name": "a\nb"}', message: 'invalid JSON at line 1, column 12: character U+000A inside a string; escape it (for example \\n)' },
    { name: 'bad escape', text: '{"name": "a\\qb"}', message: 'invalid JSON at line 1, column 12: invalid escape "\\\\q" in a string' },
    { name: 'bad \\u escape', text: '{"name": "\\u12G4"}', message: 'invalid JSON at line 1, column 11: invalid \\u escape; expected 4 hex digits' },
    { name: 'misspelled literal', text: '{"a": tru}', message: 'invalid JSON at line 1, column 7: unexpected "t"; expected a value' },
    { name: 'NaN', text: '{"a": NaN}', message: 'invalid JSON at line 1, column 7: unexpected "N"; expected a value' },
    { name: 'leading zero', text: '{"a": 01}', message: 'invalid JSON at line 1, column 8: expected "," or "}" after a property value, got "1"' },
    { name: 'a minus sign alone', text: '{"a": -}', message: 'invalid JSON at line 1, column 7: invalid number' },
    { name: 'two values', text: '{} {}', message: 'invalid JSON at line 1, column 4: unexpected "{" after the end of the JSON value' },
    { name: 'unclosed object', text: '{"version": 1', message: 'invalid JSON at line 1, column 14: expected "," or "}" after a property value, got the end of the text' },
    { name: 'unclosed array', text: '{"a": [1', message: 'invalid JSON at line 1, column 9: expected "," or "]" after an array element, got the end of the text' },
    { name: 'control character outside strings', text: '{\u0001}', message: 'invalid JSON at line 1, column 2: expected a property name in double quotes, got character U+0001' },
    { name: 'CRLF line endings', text: '{\r\n"a": 1,\r\n}', message: 'invalid JSON at line 3, column 1: expected a property name in double quotes, got "}" (trailing commas are not allowed in JSON)' }
  ]
  test.each(rows)('$name', ({ text, message }) => {
    expect(shown(() => loadScenario(text))).toEqual([`(root): ${message}`])
  })

  test('a byte order mark before the JSON is ignored', () => {
    expect(loadScenario(`\uFEFF${JSON.stringify(baseScenario())}`).name).toBe('base')
  })
})

describe('__proto__, constructor and prototype keys never pollute Object.prototype', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  const POLLUTER = '{"polluted": "yes"}'
  const okRows: { name: string; patch: (json: string) => string; check: (s: ReturnType<typeof loadScenario>) => void }[] = [
    {
      name: 'context keys',
      patch: (j) => j.replace('"context":{', `"context":{"__proto__": "a", "constructor": "b", "prototype": ["c"], `),
      check: (s) => {
        const ctx = s.request.context as Record<string, unknown>
        expect(Object.getOwnPropertyDescriptor(ctx, '__proto__')?.value).toBe('a')
        expect(Object.hasOwn(ctx, 'constructor') && ctx['constructor']).toBe('b')
        expect(ctx['prototype']).toEqual(['c'])
        expect(Object.getPrototypeOf(ctx)).toBe(Object.prototype)
      }
    },
    {
      name: 'header names (also lower-cased)',
      patch: (j) => j.replace('"headers":{', `"headers":{"__proto__": "a", "Constructor": "b", "PROTOTYPE": "c", `),
      check: (s) => {
        const headers = s.request.headers as Record<string, unknown>
        expect(Object.getOwnPropertyDescriptor(headers, '__proto__')?.value).toBe('a')
        expect(Object.hasOwn(headers, 'constructor') && headers['constructor']).toBe('b')
        expect(headers['prototype']).toBe('c')
        expect(Object.getPrototypeOf(headers)).toBe(Object.prototype)
      }
    },
    {
      name: 'tag keys',
      patch: (j) => j.replace('"tags":{', `"tags":{"__proto__": "x", "constructor": "y", `),
      check: (s) => {
        const tags = s.identity?.tags as Record<string, unknown>
        expect(Object.getOwnPropertyDescriptor(tags, '__proto__')?.value).toBe('x')
        expect(Object.getPrototypeOf(tags)).toBe(Object.prototype)
      }
    },
    {
      name: 'object keys in bucket.objects',
      patch: (j) => j.replace('"objects":{', `"objects":{"__proto__": {"exists": false}, "constructor": {"exists": true}, `),
      check: (s) => {
        const objects = s.bucket?.objects as Record<string, unknown>
        expect(Object.getOwnPropertyDescriptor(objects, '__proto__')?.value).toEqual({ exists: false })
        expect(objects['constructor']).toEqual({ exists: true })
      }
    },
    {
      name: 'condition operators and keys (checked later, by the policy parser)',
      patch: (j) => j.replace('"Condition":{', `"Condition":{"__proto__": {"__proto__": "v"}, `),
      check: (s) => {
        const policy = s.bucket?.policy as { Statement: { Condition: Record<string, unknown> }[] }
        const op = Object.getOwnPropertyDescriptor(policy.Statement[1]?.Condition, '__proto__')?.value as object
        expect(Object.getOwnPropertyDescriptor(op, '__proto__')?.value).toBe('v')
      }
    }
  ]

  test.each(okRows)('$name load as ordinary own keys', ({ patch, check }) => {
    const text = patch(JSON.stringify(baseScenario()))
    expect(text).toContain('__proto__')
    check(loadScenario(text))
    check(parseScenario(JSON.parse(text)))
  })

  const errorRows: { name: string; patch: (json: string) => string; issue: string }[] = [
    {
      name: 'a top-level __proto__',
      patch: (j) => j.replace('{', `{"__proto__": ${POLLUTER}, `),
      issue: '__proto__: unknown field; expected one of version, name, source, request, identity, organization, bucket, kmsKeys, vpcEndpoints, expect'
    },
    {
      name: 'a statement element __proto__',
      patch: (j) => j.replace('"Sid":"A",', `"Sid":"A", "__proto__": ${POLLUTER},`),
      issue: 'bucket.policy.Statement[0].__proto__: unknown element; expected one of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition'
    },
    {
      name: 'a statement element constructor',
      patch: (j) => j.replace('"Sid":"A",', `"Sid":"A", "constructor": ${POLLUTER},`),
      issue: 'bucket.policy.Statement[0].constructor: unknown element; expected one of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition'
    },
    {
      name: 'a policy element prototype',
      patch: (j) => j.replace('"policy":{', '"policy":{"prototype": {"polluted": 1}, '),
      issue: 'bucket.policy.prototype: unknown element; expected one of Version, Id, Statement'
    },
    {
      name: 'a tag value that is an object under __proto__',
      patch: (j) => j.replace('"tags":{', `"tags":{"__proto__": ${POLLUTER}, `),
      issue: 'identity.tags.__proto__: expected a string, got an object'
    },
    {
      name: 'a context value that is an object under constructor',
      patch: (j) => j.replace('"context":{', `"context":{"constructor": ${POLLUTER}, `),
      issue: 'request.context.constructor: expected a string or an array of strings, got an object'
    },
    {
      name: 'a principal type __proto__',
      patch: (j) => j.replace('"Principal":{', `"Principal":{"__proto__": ${POLLUTER}, `),
      issue: 'bucket.policy.Statement[0].Principal.__proto__: unknown principal type; expected one of AWS, Service, Federated, CanonicalUser'
    }
  ]

  test.each(errorRows)('$name gets a clear error', ({ patch, issue }) => {
    const text = patch(JSON.stringify(baseScenario()))
    expect(text).toContain('polluted')
    expect(shown(() => loadScenario(text))).toEqual([issue])
    expect(shown(() => parseScenario(JSON.parse(text)))).toEqual([issue])
  })

  test('the same inside a policy document given as a JSON string or URL-encoded', () => {
    const doc = `{"__proto__": ${POLLUTER}, "Statement": {"Effect": "Allow", "Action": "*", "constructor": 1}}`
    for (const value of [doc, encodeURIComponent(doc)]) {
      const input = baseScenario()
      setAt(input, ['bucket', 'policy'], value)
      expect(shown(() => parseScenario(input))).toEqual([
        'bucket.policy.__proto__: unknown element; expected one of Version, Id, Statement',
        'bucket.policy.Statement.constructor: unknown element; expected one of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition'
      ])
    }
  })
})

describe('values that are not JSON objects', () => {
  const topLevel: { name: string; text: string; got: string }[] = [
    { name: 'an array', text: '[]', got: 'an empty array' },
    { name: 'a non-empty array', text: '[{"version": 1}]', got: 'an array' },
    { name: 'a string', text: '"scenario"', got: '"scenario"' },
    { name: 'a number', text: '42', got: '42' },
    { name: 'null', text: 'null', got: 'null' },
    { name: 'true', text: 'true', got: 'true' }
  ]
  test.each(topLevel)('top level $name', ({ text, got }) => {
    expect(shown(() => loadScenario(text))).toEqual([`(root): expected a scenario object, got ${got}`])
    expect(shown(() => parseScenario(JSON.parse(text)))).toEqual([`(root): expected a scenario object, got ${got}`])
  })

  test('an empty object lists what is required', () => {
    expect(shown(() => loadScenario('{}'))).toEqual(['version: required', 'request: required'])
  })

  const notJson: { name: string; value: () => unknown; issue: string }[] = [
    { name: 'undefined', value: () => undefined, issue: '(root): expected a JSON value, got undefined' },
    { name: 'a function', value: () => () => 1, issue: '(root): expected a JSON value, got a function' },
    { name: 'a bigint inside', value: () => ({ version: 1n }), issue: 'version: expected a JSON value, got a bigint' },
    { name: 'a Date inside', value: () => ({ version: 1, name: new Date(0) }), issue: 'name: expected a JSON value, got a Date' },
    { name: 'NaN inside', value: () => ({ version: NaN }), issue: 'version: expected a JSON value, got NaN' },
    { name: 'a hole in an array', value: () => ({ kmsKeys: Object.assign(new Array<unknown>(2), { 1: 1 }) }), issue: 'kmsKeys[0]: expected a JSON value, got undefined' },
    { name: 'a symbol', value: () => Symbol('x'), issue: '(root): expected a JSON value, got a symbol' }
  ]
  test.each(notJson)('parseScenario of $name', ({ value, issue }) => {
    expect(shown(() => parseScenario(value()))).toEqual([issue])
  })

  test('parseScenario of an object whose getter throws', () => {
    const hostile = Object.defineProperty({}, 'version', {
      enumerable: true,
      get() {
        throw new Error('boom')
      }
    })
    expect(shown(() => parseScenario(hostile))).toEqual(['(root): the value could not be read: boom'])
  })

  test('an undefined property is treated as absent, as JSON.stringify does', () => {
    const input = { ...baseScenario(), source: undefined }
    expect(parseScenario(input)).not.toHaveProperty('source')
  })

  test('loadScenario of something that is not text', () => {
    expect(shown(() => loadScenario(42 as unknown as string))).toEqual(['(root): expected JSON text, got 42'])
  })
})

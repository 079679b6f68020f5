import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { scenarioSchema } from '../../src/scenario/schema.js'

const EXAMPLES = '/work/shared/examples'

describe('scenarioSchema, used on its own (as an editor or another tool would)', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
  const validate = ajv.compile(scenarioSchema)

  test('is a draft 2020-12 schema that compiles in ajv strict mode', () => {
    expect(scenarioSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(typeof validate).toBe('function')
  })

  test('is frozen, so no caller can change what the loader checks', () => {
    expect(Object.isFrozen(scenarioSchema)).toBe(true)
    expect(Object.isFrozen(scenarioSchema.$defs.statement.properties)).toBe(true)
  })

  test.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')))('accepts the example %s as written', (file) => {
    expect(validate(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')))).toBe(true)
  })

  test('sees policy documents only as objects: string forms are the loader’s to decode', () => {
    const scenario = {
      version: 1,
      request: { principal: 'anonymous', action: 's3:GetObject', bucket: 'b' },
      bucket: { name: 'b', policy: '{"Statement": {"Effect": "Allow", "Action": "*"}}' }
    }
    expect(validate(scenario)).toBe(false)
  })
})

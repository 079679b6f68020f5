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

describe('additions to format 1 (optional, so every earlier scenario stays valid)', () => {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true })
  const validate = ajv.compile(scenarioSchema)
  const base = { version: 1, request: { principal: 'anonymous', action: 's3:GetObject', bucket: 'b' } }

  // DescribeVpcEndpoints' VpcEndpointType: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcEndpoint.html
  test.each([
    [{ id: 'vpce-1' }, true],
    [{ id: 'vpce-1', type: 'Gateway' }, true],
    [{ id: 'vpce-1', type: 'Interface' }, true],
    [{ id: 'vpce-1', type: 'gateway' }, false],
    [{ id: 'vpce-1', type: 'GatewayLoadBalancer' }, false]
  ])('vpcEndpoints[0] %j is valid: %p', (endpoint, expected) => {
    expect(validate({ ...base, vpcEndpoints: [endpoint] })).toBe(expected)
  })

  // DescribeKey's KeyManager: https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html
  test.each([
    [{ arn: 'arn:aws:kms:us-east-1:111122223333:key/1' }, true],
    [{ arn: 'arn:aws:kms:us-east-1:111122223333:key/1', keyManager: 'AWS' }, true],
    [{ arn: 'arn:aws:kms:us-east-1:111122223333:key/1', keyManager: 'CUSTOMER' }, true],
    [{ arn: 'arn:aws:kms:us-east-1:111122223333:key/1', keyManager: 'aws' }, false]
  ])('kmsKeys[0] %j is valid: %p', (key, expected) => {
    expect(validate({ ...base, kmsKeys: [key] })).toBe(expected)
  })
})

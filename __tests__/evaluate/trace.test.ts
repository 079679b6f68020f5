/**
 * The shape of the trace on every example: each layer a member of the `LayerTrace` union (a `kind`
 * plus the fields every member has), the S3 request carrying the seven policy layers and then S3's
 * own, a KMS call carrying the key policy and the grants, each statement an outcome that agrees
 * with `applies`. The per-layer details are pinned by the cases in cases/trace.json.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { evaluateScenario } from '../../src/evaluate/engine.js'
import { readScenario } from '../../src/scenario/read.js'
import type { LayerTrace } from '../../src/verdict/types.js'

const folders = [join(process.cwd(), 'examples'), join(process.cwd(), '..', 'shared', 'examples')].filter((folder) => existsSync(folder))
const examples = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file, path: join(folder, file) }))
)

const POLICY_LAYERS = ['service-control-policy', 'resource-control-policy', 'vpc-endpoint-policy', 'resource-based-policy', 'identity-based-policy', 'permissions-boundary', 'session-policy']
const S3_LAYERS = ['block-public-access', 'acl', 'object-ownership', 'requester-pays', 'object-lock']
const KMS_LAYERS = ['service-control-policy', 'resource-control-policy', 'vpc-endpoint-policy', 'kms-key-policy', 'identity-based-policy', 'permissions-boundary', 'session-policy', 'kms-grants']

/** The kind each layer id belongs to: the union's discriminant follows the layer. */
function expectedKind(layer: LayerTrace['layer']): LayerTrace['kind'] {
  if (POLICY_LAYERS.includes(layer)) return 'policy'
  return layer as LayerTrace['kind']
}

test.each(examples)('$name: every layer of every request is a member of the trace union', ({ path }) => {
  const verdict = evaluateScenario(readScenario(readFileSync(path, 'utf8')))
  const [s3, ...others] = verdict.requests
  expect(s3?.layers.map((layer) => layer.layer)).toEqual(
    expect.arrayContaining([...POLICY_LAYERS, ...S3_LAYERS])
  )
  expect(s3?.layers.slice(0, 12).map((layer) => layer.layer)).toEqual([...POLICY_LAYERS, ...S3_LAYERS])
  for (const request of others.filter((item) => item.action.startsWith('kms:'))) expect(request.layers.map((layer) => layer.layer)).toEqual(KMS_LAYERS)
  for (const request of verdict.requests) {
    for (const layer of request.layers) {
      expect(layer.kind).toBe(expectedKind(layer.layer))
      expect(layer).toEqual(expect.objectContaining({ action: request.action, status: expect.any(String), summary: expect.any(String), policies: expect.any(Array) }))
      if (layer.kind !== 'policy' && layer.kind !== 'kms-key-policy') expect(layer.policies).toEqual([])
      for (const policy of layer.policies) {
        for (const statement of policy.statements) expect(statement.applies).toBe(statement.outcome === 'applies')
      }
    }
  }
})

test('the layer that denies says so in its status', () => {
  for (const { path } of examples) {
    const verdict = evaluateScenario(readScenario(readFileSync(path, 'utf8')))
    const denial = verdict.denial
    if (denial === null || denial.kind !== undefined) continue
    // Outside the policy layers (no kind): the S3 layer named by the denial is in the trace and denies.
    const layers = verdict.requests.find((request) => request.action === denial.action)?.layers ?? []
    expect(layers.find((layer) => layer.layer === denial.policyType)).toMatchObject({ status: 'denies' })
  }
})

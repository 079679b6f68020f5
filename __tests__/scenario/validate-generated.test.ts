/**
 * src/scenario/validate-scenario.generated.ts must be what scripts/compile-scenario-schema.ts writes
 * for the current schema and the installed ajv: a schema change without `npm run schema` fails here.
 */
import { readFileSync } from 'node:fs'
import { OUTPUT_PATH, renderValidatorModule } from '../../scripts/compile-scenario-schema.js'

test('the committed validator is the compiled schema (run npm run schema after changing src/scenario/schema.ts)', () => {
  expect(readFileSync(OUTPUT_PATH, 'utf8') === renderValidatorModule()).toBe(true)
})

test('the generated module loads no helper with require() (it is an ES module)', () => {
  const text = readFileSync(OUTPUT_PATH, 'utf8')
  expect(text).not.toMatch(/\brequire\(/)
  expect(text).toMatch(/^export const validate = /m)
})

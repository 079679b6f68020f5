/**
 * One side of a change, from what a caller read: a Terraform plan JSON or a CloudFormation template
 * (told apart by their content), or the plain policy files the expectations file maps.
 */
import { policySetFromTemplate, parseTemplate, looksLikeTemplate, TemplateError } from './cloudformation.js'
import { policySetFromFiles } from './files.js'
import { looksLikePlan, PlanError, policySetFromPlan, type PlanSide } from './terraform.js'
import { emptyPolicySet, type ExpectationsFile, type PolicySet } from './types.js'

export class SourceError extends Error {
  override name = 'SourceError'
}

/** What one side is made of. `text: null` is a file that does not exist on that side (added by the change). */
export type SideInput = { kind: 'file'; path: string; text: string | null; label: string } | { kind: 'folder'; path: string; files: ReadonlyMap<string, string | null>; label: string }

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    return undefined
  }
}

function wrap<T>(path: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof PlanError || error instanceof TemplateError) throw new SourceError(`${path}: ${error.message}`)
    throw error
  }
}

/** A plan or template text -> its policy set (a plan's `after` side: what that commit's configuration makes). */
export function policySetFromText(text: string, path: string, file: ExpectationsFile, label: string, side: PlanSide = 'after'): PolicySet {
  const trimmed = text.trimStart()
  const json = trimmed.startsWith('{') || trimmed.startsWith('\ufeff{') ? parseJson(text) : undefined
  if (json !== undefined && looksLikePlan(json)) {
    const set = wrap(path, () => policySetFromPlan(json, side))
    set.description = `Terraform plan ${path} (${label})`
    return set
  }
  if (json !== undefined && !looksLikeTemplate(json)) {
    throw new SourceError(`${path}: neither a Terraform plan (the JSON of terraform show -json PLAN) nor a CloudFormation template (a mapping with Resources)`)
  }
  const template = wrap(path, () => parseTemplate(text))
  return wrap(path, () => policySetFromTemplate(template, file.cloudformation, `CloudFormation template ${path} (${label})`))
}

/** The policy set of one side. */
export function policySetOf(input: SideInput, file: ExpectationsFile): PolicySet {
  if (input.kind === 'folder') {
    if (file.policies === undefined) {
      throw new SourceError(`${input.path} is a folder: the expectations file needs a policies: mapping (bucket-policy, role-policies, ...) to say which files are attached to what`)
    }
    return policySetFromFiles(file.policies, input.files, `policy files at ${input.label}`)
  }
  if (input.text === null) {
    const set = emptyPolicySet('none', `${input.label} (${input.path} does not exist there)`)
    set.unresolved.push(`${input.path} does not exist at ${input.label}: nothing is defined there`)
    return set
  }
  return policySetFromText(input.text, input.path, file, input.label)
}

/** Both sides of a single plan: `before` as the base, `after` as the head. */
export function policySetsFromPlan(text: string, path: string): { base: PolicySet; head: PolicySet } {
  const json = parseJson(text)
  if (json === undefined || !looksLikePlan(json)) throw new SourceError(`${path}: not a Terraform plan (expected the JSON of terraform show -json PLAN)`)
  const base = wrap(path, () => policySetFromPlan(json, 'before'))
  const head = wrap(path, () => policySetFromPlan(json, 'after'))
  base.description = `Terraform plan ${path} (before)`
  head.description = `Terraform plan ${path} (after)`
  return { base, head }
}

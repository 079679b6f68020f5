/** What the loader reports about a scenario that is not valid: one issue per field, each naming it. */

export interface ScenarioIssue {
  /** The field, in dotted/bracket form: `bucket.policy.Statement[2].Effect`; `(root)` for the whole file. */
  path: string
  message: string
}

export const ROOT_PATH = '(root)'

/** A scenario that cannot be loaded. `message` lists the issues, one `path: message` per line. */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[]

  constructor(issues: ScenarioIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'))
    this.name = 'ScenarioError'
    this.issues = issues
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$:-]*$/

/** `parent.key`, or `parent["key"]` when the key would not read unambiguously after a dot. */
export function childPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`
  return `${parent}[${JSON.stringify(key)}]`
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`
}

/** The path as shown to a person: the root is `(root)`. */
export function displayPath(path: string): string {
  return path === '' ? ROOT_PATH : path
}

/** A short rendering of a value for "got ..." in messages. */
export function preview(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array'
  switch (typeof value) {
    case 'string': {
      const quoted = JSON.stringify(value)
      return quoted.length > 62 ? `${quoted.slice(0, 58)}..."` : quoted
    }
    case 'number':
    case 'boolean':
      return String(value)
    case 'object':
      return 'an object'
    case 'undefined':
      return 'undefined'
    default:
      return `a ${typeof value}`
  }
}

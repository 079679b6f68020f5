/**
 * Finds the deciding policy among the repository's files, so that the denial can be annotated on
 * the file and line a person would edit. A file matches by content, not by name: its JSON (or any
 * object inside it, or a string inside it holding JSON, as Terraform and CloudFormation store
 * policies) equals the deciding document once normalized: key order ignored, a one-element array
 * equal to its element (IAM accepts `"Action": "s3:GetObject"` and `["s3:GetObject"]` alike,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html). The line is
 * that of the deciding statement's `Sid`, else of the statement's opening brace, else of the
 * document.
 */
import type { JsonValue } from '../scenario/types.js'

export interface RepositoryFile {
  /** Relative to the repository root, with forward slashes. */
  path: string
  text: string
}

export interface PolicyLocation {
  path: string
  /** 1-based. */
  line: number
}

type Node =
  | { kind: 'object'; start: number; entries: { key: string; keyStart: number; value: Node }[] }
  | { kind: 'array'; start: number; items: Node[] }
  | { kind: 'string'; start: number; value: string }
  | { kind: 'other'; start: number; value: number | boolean | null }

class Parser {
  private at = 0
  constructor(private readonly text: string) {}

  parse(): Node {
    if (this.text.charCodeAt(0) === 0xfeff) this.at = 1
    const node = this.value(0)
    this.space()
    if (this.at !== this.text.length) throw new Error('trailing text')
    return node
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] as string)) this.at += 1
  }

  private value(depth: number): Node {
    if (depth > 256) throw new Error('too deep')
    this.space()
    const start = this.at
    const char = this.text[this.at]
    if (char === '{') {
      this.at += 1
      const entries: { key: string; keyStart: number; value: Node }[] = []
      this.space()
      if (this.text[this.at] === '}') {
        this.at += 1
        return { kind: 'object', start, entries }
      }
      for (;;) {
        this.space()
        const keyStart = this.at
        const key = this.string()
        this.space()
        this.expect(':')
        entries.push({ key, keyStart, value: this.value(depth + 1) })
        this.space()
        if (this.text[this.at] === ',') this.at += 1
        else {
          this.expect('}')
          return { kind: 'object', start, entries }
        }
      }
    }
    if (char === '[') {
      this.at += 1
      const items: Node[] = []
      this.space()
      if (this.text[this.at] === ']') {
        this.at += 1
        return { kind: 'array', start, items }
      }
      for (;;) {
        items.push(this.value(depth + 1))
        this.space()
        if (this.text[this.at] === ',') this.at += 1
        else {
          this.expect(']')
          return { kind: 'array', start, items }
        }
      }
    }
    if (char === '"') return { kind: 'string', start, value: this.string() }
    const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.at, this.at + 64))
    if (match === null) throw new Error('unexpected character')
    this.at += match[0].length
    return { kind: 'other', start, value: JSON.parse(match[0]) as number | boolean | null }
  }

  private string(): string {
    if (this.text[this.at] !== '"') throw new Error('expected a string')
    let end = this.at + 1
    while (end < this.text.length && this.text[end] !== '"') end += this.text[end] === '\\' ? 2 : 1
    if (end >= this.text.length) throw new Error('unterminated string')
    const value = JSON.parse(this.text.slice(this.at, end + 1)) as string
    this.at = end + 1
    return value
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) throw new Error(`expected ${char}`)
    this.at += 1
  }
}

/** A canonical string of a value: sorted keys, one-element arrays unwrapped. */
function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return value.length === 1 ? canonical(value[0] as JsonValue) : `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key] as JsonValue)}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

function canonicalNode(node: Node): string {
  switch (node.kind) {
    case 'array':
      return node.items.length === 1 ? canonicalNode(node.items[0] as Node) : `[${node.items.map(canonicalNode).join(',')}]`
    case 'object': {
      // Duplicate keys: the last wins, as in JSON.parse.
      const byKey = new Map<string, Node>()
      for (const entry of node.entries) byKey.set(entry.key, entry.value)
      return `{${[...byKey.keys()]
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalNode(byKey.get(key) as Node)}`)
        .join(',')}}`
    }
    default:
      return JSON.stringify(node.value)
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1
  return line
}

/** The offset to point at inside a matching document node: the statement's Sid, the statement, or the document. */
function statementOffset(document: Node, statementIndex: number | undefined): number {
  if (statementIndex === undefined || document.kind !== 'object') return document.start
  const statements = document.entries.filter((entry) => entry.key === 'Statement').at(-1)?.value
  if (statements === undefined) return document.start
  const statement = statements.kind === 'array' ? statements.items[statementIndex] : statementIndex === 0 ? statements : undefined
  if (statement === undefined) return document.start
  if (statement.kind !== 'object') return statement.start
  const sid = statement.entries.filter((entry) => entry.key === 'Sid').at(-1)
  return sid?.keyStart ?? statement.start
}

/** The node equal to the target, searched depth first; strings holding JSON count, as their own line. */
function search(node: Node, target: string, depth = 0): { node: Node; embedded: boolean } | null {
  if (depth > 256) return null
  if (node.kind === 'object') {
    if (canonicalNode(node) === target) return { node, embedded: false }
    for (const entry of node.entries) {
      const found = search(entry.value, target, depth + 1)
      if (found !== null) return found
    }
  } else if (node.kind === 'array') {
    for (const item of node.items) {
      const found = search(item, target, depth + 1)
      if (found !== null) return found
    }
  } else if (node.kind === 'string' && node.value.includes('Statement') && /^\s*\{/.test(node.value)) {
    try {
      if (canonical(JSON.parse(node.value) as JsonValue) === target) return { node, embedded: true }
    } catch {
      return null
    }
  }
  return null
}

/**
 * The repository file (and line) holding `document`; `statementIndex` is the deciding statement's
 * position in the document's `Statement`. Files that are not JSON are skipped.
 */
export function findPolicyInRepository(document: JsonValue, files: readonly RepositoryFile[], statementIndex?: number): PolicyLocation | null {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return null
  const target = canonical(document)
  for (const file of files) {
    if (!file.text.includes('Statement')) continue
    let root: Node
    try {
      root = new Parser(file.text).parse()
    } catch {
      continue
    }
    const found = search(root, target)
    if (found === null) continue
    const offset = found.embedded ? found.node.start : statementOffset(found.node, statementIndex)
    return { path: file.path, line: lineAt(file.text, offset) }
  }
  return null
}

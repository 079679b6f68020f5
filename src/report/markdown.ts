/**
 * Writing markdown from untrusted strings. Every value a report prints (ARNs, keys, policy names,
 * error text) comes from a scenario or from AWS, so it goes through one of these helpers, which
 * scrub secrets, apply `redact: account-ids`, escape what markdown would interpret, and cap its
 * length so one huge value cannot crowd out the verdict.
 */
import { AccountIds, redactAccountIds } from './redact.js'
import { scrubSecrets } from './secrets.js'

export interface CleanOptions {
  /** Replace account ids with placeholders from this map (`redact: account-ids`); none when absent. */
  accountIds?: AccountIds
  /** Values to remove wherever they appear (the GitHub token, AWS keys in the environment). */
  secrets?: readonly string[]
}

/** The longest a single value (a table cell, an inline code span) may print before it is cut. */
export const MAX_INLINE = 600
/** The longest a code block (a policy document) may print before it is cut. */
export const MAX_BLOCK = 64 * 1024

export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  let end = max
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return `${text.slice(0, end)}… (${text.length - end} more characters)`
}

function fence(text: string, char: '`' | '~', minimum: number): string {
  let longest = 0
  let run = 0
  for (const c of text) {
    run = c === char ? run + 1 : 0
    if (run > longest) longest = run
  }
  return char.repeat(Math.max(minimum, longest + 1))
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Markdown for one report: every dynamic value goes through one of its methods. */
export class Md {
  constructor(private readonly options: CleanOptions = {}) {}

  /** Scrubbed and redacted, not escaped: for code blocks and plain text outputs. */
  clean(value: string): string {
    const scrubbed = scrubSecrets(value, this.options.secrets)
    return this.options.accountIds === undefined ? scrubbed : redactAccountIds(scrubbed, this.options.accountIds)
  }

  /** Inline text: markdown punctuation escaped, one line. */
  text(value: string, max = MAX_INLINE): string {
    const line = cut(this.clean(value), max).replace(/\r?\n|\r/g, ' ')
    return line.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&/g, '&amp;').replace(/^([#+=-])/, '\\$1')
  }

  /** An inline code span, its fence longer than any backtick run inside. */
  code(value: string, max = MAX_INLINE): string {
    return codeSpan(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '), false)
  }

  /** An inline code span inside a table cell (pipes escaped: GFM splits cells before code spans). */
  cellCode(value: string, max = MAX_INLINE): string {
    return codeSpan(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '), true)
  }

  /** A fenced code block. */
  block(language: string, value: string, max = MAX_BLOCK): string {
    const body = cut(this.clean(value), max)
    const marks = fence(body, '`', 3)
    return `${marks}${language}\n${body}\n${marks}`
  }

  /** Text inside raw HTML (a `<summary>`). */
  html(value: string, max = MAX_INLINE): string {
    return escapeHtml(cut(this.clean(value), max).replace(/\r?\n|\r/g, ' '))
  }
}

function codeSpan(value: string, inTable: boolean): string {
  if (value === '') return '` `'
  const marks = fence(value, '`', 1)
  const padded = value.startsWith('`') || value.endsWith('`') || (value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '') ? ` ${value} ` : value
  const body = inTable ? padded.replace(/\|/g, '\\|') : padded
  return `${marks}${body}${marks}`
}

/** A GFM table; cells must already be rendered (through `Md`). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`]
  for (const row of rows) lines.push(`| ${row.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`)
  return lines.join('\n')
}

/** A collapsed `<details>` block with markdown inside (GitHub needs the blank lines). */
export function details(summaryHtml: string, body: string): string {
  return `<details>\n<summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`
}

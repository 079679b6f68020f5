/**
 * Markdown from untrusted strings: escaping (CommonMark backslash escapes and code spans,
 * https://spec.commonmark.org/0.31.2/#backslash-escapes, https://spec.commonmark.org/0.31.2/#code-spans;
 * GFM table cells, https://github.github.com/gfm/#tables-extension-), redaction and length caps.
 */
import { marked } from 'marked'
import { cut, details, Md, table } from '../../src/report/markdown.js'
import { AccountIds } from '../../src/report/redact.js'

const html = (markdown: string): string => marked.parse(markdown, { gfm: true, async: false })

describe('Md.text', () => {
  test.each([
    ['emphasis markers', 'a *b* _c_', 'a *b* _c_'],
    ['an HTML tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a heading marker at the start', '# not a heading', '# not a heading'],
    ['a newline', 'one\ntwo', 'one two']
  ])('%s renders as literal text', (_name, input, expected) => {
    const rendered = html(new Md().text(input))
    expect(rendered).toBe(`<p>${expected}</p>\n`)
  })
})

test('a link cannot hide its destination: the brackets stay literal (GFM still autolinks the URL)', () => {
  const rendered = html(new Md().text('[click](https://example.com)'))
  expect(rendered).not.toContain('>click</a>')
  expect(rendered).toContain('[click](')
})

describe('Md.code', () => {
  test.each([
    ['plain', 'arn:aws:s3:::bucket/*', '<code>arn:aws:s3:::bucket/*</code>'],
    ['a backtick inside', 'a`b', '<code>a`b</code>'],
    ['a leading backtick', '`x', '<code>`x</code>'],
    ['angle brackets', '<account-1>', '<code>&lt;account-1&gt;</code>']
  ])('%s', (_name, input, expected) => {
    expect(html(new Md().code(input))).toBe(`<p>${expected}</p>\n`)
  })

  test('a pipe inside a table cell does not split the cell', () => {
    const md = new Md()
    const rendered = html(table(['key', 'value'], [[md.cellCode('a|b'), md.text('c|d')]]))
    expect(rendered).toContain('<td><code>a|b</code></td>')
    expect(rendered).toContain('<td>c|d</td>')
  })

  test('an empty value still renders a cell', () => {
    expect(html(table(['a'], [['']]))).toContain('<td></td>')
  })
})

describe('Md.block', () => {
  test('a fence longer than any backtick run inside', () => {
    const block = new Md().block('json', '```\ninside\n```')
    expect(block.startsWith('````json\n')).toBe(true)
    expect(html(block)).toContain('<code class="language-json">```\ninside\n```\n</code>')
  })

  test('an over-long block is cut with a note of how much', () => {
    const block = new Md().block('text', 'x'.repeat(200), 100)
    expect(block).toContain('… (100 more characters)')
  })
})

describe('redaction and secrets pass through every helper', () => {
  const md = new Md({ accountIds: new AccountIds(), secrets: ['s3cr3t-t0ken'] })
  test.each([
    ['text', (value: string) => md.text(value)],
    ['code', (value: string) => md.code(value)],
    ['cellCode', (value: string) => md.cellCode(value)],
    ['block', (value: string) => md.block('json', value)],
    ['html', (value: string) => md.html(value)]
  ])('%s', (_name, render) => {
    const output = render('arn:aws:iam::123456789012:role/x s3cr3t-t0ken')
    expect(output).not.toContain('123456789012')
    expect(output).not.toContain('s3cr3t-t0ken')
    expect(output).toMatch(/account-1/)
  })
})

test('cut keeps surrogate pairs whole', () => {
  const text = `${'a'.repeat(9)}😀tail`
  expect(cut(text, 10)).toBe(`${'a'.repeat(9)}… (6 more characters)`)
})

test('details leaves blank lines so GitHub renders the markdown inside', () => {
  const rendered = html(details('More', '| a |\n| --- |\n| b |'))
  expect(rendered).toContain('<summary>More</summary>')
  expect(rendered).toContain('<table>')
})

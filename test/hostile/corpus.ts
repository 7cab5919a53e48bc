import { frontmatter, head, inSection } from './support.js'

/** One pathological input and the limit diagnostic it must get. */
export interface HostileCase {
  name: string
  source: string
  ruleId: string
  /** Offset in `source` where the diagnostic must start. */
  offset: number
}

const body = (name: string, payload: string, ruleId: string, payloadOffset: number): HostileCase => ({
  name,
  source: inSection(payload),
  ruleId,
  offset: head.length + payloadOffset,
})

const yaml = (name: string, yamlText: string, ruleId: string, yamlOffset: number): HostileCase => {
  const source = `---\nid: x\n${yamlText}\n---\n\n# X\n`
  return { name, source, ruleId, offset: '---\nid: x\n'.length + yamlOffset }
}

/**
 * Every known pathological input, at sizes that take seconds (or abort the process) when
 * handed to micromark or yaml unguarded on a 2-core machine.
 *
 * @returns The corpus, generated (no large files committed).
 */
export function hostileCorpus(): HostileCase[] {
  const deepIndent = Array.from({ length: 200 }, (_, depth) => `${' '.repeat(depth + 1)}k:`)
  const indentedList = Array.from({ length: 400 }, (_, depth) => `${'  '.repeat(depth)}- x`)
  return [
    // 8 KB: ~5 s in micromark. The 17th marker exceeds maxContainerNesting (16).
    body('nested list markers', `${'- '.repeat(4000)}x`, 'limit-nesting', 32),
    body('nested ordered list markers', `${'1. '.repeat(3000)}x`, 'limit-nesting', 48),
    // 20 KB: ~1.5 s, 40 KB: ~40 s.
    body('block quote run', '>'.repeat(40_000), 'limit-nesting', 16),
    body('block quotes with spaces', `${'> '.repeat(20_000)}x`, 'limit-nesting', 32),
    body('nested container directives', ':::note\n'.repeat(2000), 'limit-nesting', 16 * ':::note\n'.length),
    body('indented list nesting', indentedList.join('\n'), 'limit-nesting', indentedList.slice(0, 16).join('\n').length + 1 + 32),
    // 16 KB: ~4 s.
    body('emphasis delimiter runs', `${'*'.repeat(8000)}a${'*'.repeat(8000)}`, 'limit-delimiter-run', 0),
    body('underscore delimiter runs', `${'_'.repeat(8000)}a${'_'.repeat(8000)}`, 'limit-delimiter-run', 0),
    body('bracket run', `${'['.repeat(20_000)}a`, 'limit-delimiter-run', 0),
    body('backtick run', `${'`'.repeat(20_000)}a`, 'limit-delimiter-run', 0),
    // 64 KB: ~3 s. 1001st markup character: the `]` of the 334th `[a](`.
    body('unclosed links', '[a]('.repeat(16_000), 'limit-inline-markup', 4 * 333 + 2),
    body('unclosed images', '![a]('.repeat(12_000), 'limit-inline-markup', 5 * 333 + 3),
    // 32 KB: ~3.5 s. 1001st `*` is at offset 2000.
    body('alternating emphasis', '*a'.repeat(16_000), 'limit-inline-markup', 2000),
    body('mixed emphasis', '*_a'.repeat(12_000), 'limit-inline-markup', 3 * 500),
    body('directive attributes', ':a{#'.repeat(16_000), 'limit-inline-markup', 4 * 1000 + 2),
    body('directive labels', ':a['.repeat(16_000), 'limit-inline-markup', 3 * 1000 + 2),
    body('many list items', '- a\n'.repeat(6000), 'limit-list-items', 4 * 3000),
    // Linear but heavy: 250 KB of these takes several seconds.
    body('directive flood', ':a '.repeat(4000), 'limit-directives', 3 * 1000),
    body('markup spread over paragraphs', '*a*b '.repeat(100).concat('\n\n').repeat(200), 'limit-inline-markup-total', 502 * 163 + 5 * 84),
    body('line flood', 'a\n'.repeat(120_000), 'limit-lines', 2 * (20_000 - head.split('\n').length + frontmatter.split('\n').length)),
    // Each lazy line re-checks the 16 open quotes: 17 units of the 20,000-line budget.
    body('lazy lines in deep quotes', `${'> '.repeat(16)}a\n${'b\n'.repeat(3000)}`, 'limit-lines', `${'> '.repeat(16)}a\n`.length + 2 * 1175),
    body('oversized body', `${'lorem ipsum '.repeat(30_000)}`, 'limit-body-size', frontmatter.length + 256 * 1024 - head.length),
    // yaml aborts Node 20 on the second document like this in one process.
    yaml('deep flow sequence', `a: ${'['.repeat(1000)}`, 'limit-yaml-depth', 3 + 31),
    yaml('deep flow mapping', `a: ${'{a: '.repeat(1000)}`, 'limit-yaml-depth', 3 + 31 * 4),
    yaml('deep block sequence', `${'- '.repeat(1000)}x`, 'limit-yaml-depth', 31 * 2),
    yaml('deep indentation', deepIndent.join('\n'), 'limit-yaml-depth', deepIndent.slice(0, 31).join('\n').length + 1 + 32),
    yaml('alias flood', `a: &a [x]\nb: [${'*a, '.repeat(1000)}]`, 'limit-yaml-aliases', 14 + 100 * 4),
    yaml('oversized frontmatter', Array.from({ length: 20_000 }, (_, index) => `key${index}: ${index}`).join('\n'), 'limit-frontmatter-size', 64 * 1024 - 'id: x\n'.length),
  ]
}

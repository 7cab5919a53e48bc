/**
 * Find the code blocks of a markdown file that a test runs or writes to disk.
 *
 * - ```` ```js runnable ```` (also `cjs`, `ts`, `sh`): run it; exit code 0 unless an
 *   `<!-- exit: N -->` comment follows the block.
 * - ```` ```md file=page.md ```` (any language): write the block to that file first.
 * - `<!-- expect: text -->` right after a block: its output must contain `text` (repeatable).
 */

/** One code block the test acts on. */
export interface MarkedBlock {
  /** 1-based line of the opening fence. */
  line: number
  /** Language of the fence (`js`, `sh`, `md`, ...). */
  lang: string
  /** `run` for runnable blocks, `file` for blocks written to disk. */
  action: 'run' | 'file'
  /** File name for `file` blocks. */
  file?: string
  /** The block's text. */
  code: string
  /** Substrings the output must contain. */
  expect: string[]
  /** Expected exit code. */
  exit: number
}

const fence = /^(`{3,}|~{3,})\s*([\w-]*)(.*)$/

/**
 * Extract the runnable and file blocks of a markdown source, in order.
 *
 * @param markdown The markdown text.
 * @returns The marked blocks.
 */
export function extractBlocks(markdown: string): MarkedBlock[] {
  const lines = markdown.split('\n')
  const blocks: MarkedBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = fence.exec(lines[index] ?? '')
    if (!open) continue
    const [, marker = '```', lang = '', meta = ''] = open
    const start = index
    const body: string[] = []
    index++
    while (index < lines.length && !(lines[index] ?? '').startsWith(marker)) body.push(lines[index++] ?? '')
    const words = meta.trim().split(/\s+/)
    const file = words.find((word) => word.startsWith('file='))?.slice('file='.length)
    const runnable = words.includes('runnable')
    if (!runnable && file === undefined) continue
    const expect: string[] = []
    let exit = 0
    let next = index + 1
    while (next < lines.length) {
      const text = (lines[next] ?? '').trim()
      if (text === '') {
        next++
        continue
      }
      const comment = /^<!--\s*(expect|exit):\s*([\s\S]*?)\s*-->$/.exec(text)
      if (!comment) break
      if (comment[1] === 'expect') expect.push(comment[2] ?? '')
      else exit = Number(comment[2])
      next++
    }
    const block: MarkedBlock = { line: start + 1, lang, action: runnable ? 'run' : 'file', code: `${body.join('\n')}\n`, expect, exit }
    if (file !== undefined) block.file = file
    blocks.push(block)
  }
  return blocks
}

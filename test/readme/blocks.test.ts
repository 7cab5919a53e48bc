import { describe, expect, it } from 'vitest'
import { extractBlocks } from './blocks.js'

const sample = [
  '# Title',
  '',
  '```md file=page.md',
  '---',
  'id: x',
  '---',
  '```',
  '',
  '```js runnable',
  "console.log('hi')",
  '```',
  '<!-- expect: hi -->',
  '',
  '<!-- expect: second -->',
  '',
  '```sh runnable',
  'npx exosome-content check bad.md',
  '```',
  '<!-- exit: 1 -->',
  '<!-- expect: overclaim-wording -->',
  'Some prose.',
  '<!-- expect: not attached -->',
  '',
  '```js',
  'notRun()',
  '```',
  '',
  '````md',
  '```js runnable',
  'insideAnOuterFence()',
  '```',
  '````',
].join('\n')

describe('extractBlocks', () => {
  const blocks = extractBlocks(sample)

  it('finds file and runnable blocks in order, with their lines and code', () => {
    expect(blocks.map((block) => [block.line, block.action, block.lang, block.file])).toEqual([
      [3, 'file', 'md', 'page.md'],
      [9, 'run', 'js', undefined],
      [16, 'run', 'sh', undefined],
    ])
    expect(blocks[0]?.code).toBe('---\nid: x\n---\n')
    expect(blocks[1]?.code).toBe("console.log('hi')\n")
  })

  it('attaches the expect and exit comments that directly follow a block', () => {
    expect(blocks[1]).toMatchObject({ expect: ['hi', 'second'], exit: 0 })
    expect(blocks[2]).toMatchObject({ expect: ['overclaim-wording'], exit: 1 })
  })

  it('ignores unmarked blocks and blocks shown inside a longer fence', () => {
    expect(blocks.some((block) => block.code.includes('notRun') || block.code.includes('insideAnOuterFence'))).toBe(false)
  })
})

import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/pack.js'
import { anchorsOf, brokenLinks } from './links.js'

const pages = [
  'README.md',
  'docs/authoring.md',
  'docs/comparison.md',
  'docs/config.md',
  'docs/locales.md',
  'docs/editors.md',
  'docs/astro.md',
  'docs/vite.md',
  'docs/build.md',
  'examples/README.md',
  'examples/node-esm/README.md',
  'examples/node-cjs/README.md',
  'examples/remark-cli/README.md',
  'examples/custom-components/README.md',
  'examples/astro/README.md',
  'examples/vite/README.md',
]

describe('links in the README, guides and example READMEs', () => {
  it('computes anchors as GitHub does', () => {
    const anchors = anchorsOf('# Title\n\n## Embedding: React, Vue, plain HTML\n\n## `check` options\n\n```md\n## Not a heading\n```\n\n## Title\n<a id="parse-timeout"></a>\n')
    expect([...anchors]).toEqual(['title', 'embedding-react-vue-plain-html', 'check-options', 'title-1', 'parse-timeout'])
  })

  it.each(pages)('%s links only to files and anchors that exist', (page) => {
    expect(brokenLinks(path.join(repoRoot, page))).toEqual([])
  })
})

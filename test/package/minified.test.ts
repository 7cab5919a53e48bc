/**
 * The minified build (`scripts/minify.mjs`, terser after the ESM build): local names are
 * short, but every function and class keeps its own name, so stack traces and
 * `Function.prototype.name` read as in the source; the `/* @__PURE__ *\/` annotations that let
 * a bundler drop an unused overview survive. Run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dist = path.join(root, 'dist')
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { import?: { default: string } }>
}
/** ESM targets of the exported entries, by subpath. */
const entries = Object.entries(manifest.exports).flatMap(([subpath, conditions]) =>
  typeof conditions === 'object' && conditions.import !== undefined ? [[subpath, path.join(root, conditions.import.default)] as const] : [],
)

describe.runIf(existsSync(path.join(dist, 'index.js')))('the minified modules of dist/', () => {
  it('are minified: no indented line of code outside string and template literals', () => {
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      const source = readFileSync(path.join(dist, file), 'utf8')
      // Minified code is a handful of long lines; line breaks remain only inside template
      // literals (the embedded markdown) and legal comments.
      const code = source.replace(/`(?:[^`\\]|\\[\s\S])*`/g, '``')
      expect(code.split('\n').length, file).toBeLessThan(5)
    }
  })

  it('keep the name of every exported function and class', async () => {
    const unnamed: string[] = []
    for (const [subpath, file] of entries) {
      const namespace = (await import(pathToFileURL(file).href)) as Record<string, unknown>
      for (const [name, value] of Object.entries(namespace)) {
        if (typeof value !== 'function') continue
        // A default export keeps the name of the function it is (`exosomeContent` for ./vite).
        if (name === 'default' ? value.name.length < 3 : value.name !== name) unnamed.push(`${subpath} ${name}: ${JSON.stringify(value.name)}`)
      }
    }
    expect(unnamed).toEqual([])
  })

  it('name the package functions on the stack of an error thrown inside them', async () => {
    const { renderSection } = (await import(pathToFileURL(path.join(dist, 'render.js')).href)) as {
      renderSection: (document: unknown, id: string, options: { format: 'html' }) => string
    }
    let stack = ''
    try {
      renderSection({}, 'what-exosomes-are', { format: 'html' })
    } catch (error) {
      stack = (error as Error).stack ?? ''
    }
    const frames = stack.split('\n').filter((line) => line.includes(`${dist}${path.sep}`))
    expect(frames.length).toBeGreaterThan(1)
    // Each frame in dist/ names a function of the source, not a one- or two-letter local.
    const names = frames.map((line) => /^\s*at (?:Module\.)?([\w$.]+) \(/.exec(line)?.[1] ?? line)
    expect(names).toContain('renderSection')
    for (const name of names) expect(name, stack).toMatch(/^[A-Za-z_$][\w$]{2,}$/)
  })

  it('keep the pure annotations: a bundle of the English overview holds no Spanish one, and the reverse', async () => {
    const index = readFileSync(path.join(dist, 'index.js'), 'utf8')
    expect(index.match(/\/\* @__PURE__ \*\/\s*fromEmbedded\(/g)).toHaveLength(2)
    const bundle = async (name: string): Promise<string> => {
      const result = await build({
        stdin: { contents: `import { ${name} } from './dist/index.js'\nglobalThis.overview = ${name}\n`, resolveDir: root },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      })
      return result.outputFiles[0]?.text ?? ''
    }
    const [english, spanish] = await Promise.all([bundle('exosomeOverview'), bundle('exosomeOverviewEs')])
    expect(english).toContain('Exosome therapy: what it is and what to know')
    expect(english).not.toContain('Terapia con exosomas')
    expect(spanish).toContain('Terapia con exosomas')
    expect(spanish).not.toContain('Exosome therapy: what it is and what to know')
  })
})

// Dependencies point one way (docs: DESIGN, "Architecture"): the CLI is built on the library,
// the language server and the Node API, and nothing outside `src/cli/` imports from it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const src = path.join(root, 'src')
const cli = path.join(src, 'cli')

/** Every TypeScript or JavaScript module under a directory. */
function modules(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]s|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

const inside = (file: string, directory: string): boolean => file === directory || file.startsWith(directory + path.sep)

/**
 * The module specifiers of a source text that resolve into a directory: static imports and
 * re-exports (`import type` too), side-effect imports, `import()`, `typeof import()` and
 * `require()`, as TypeScript's own scanner reads them (comments and strings are not imports).
 *
 * @param file Absolute path of the module.
 * @param text Its source.
 * @param directory Absolute path of the directory.
 * @returns The specifiers, as written.
 */
function importsInto(file: string, text: string, directory: string): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((specifier) => (specifier.startsWith('.') || path.isAbsolute(specifier)) && inside(path.resolve(path.dirname(file), specifier), directory))
}

describe('imports of src/cli', () => {
  it('finds every form of import into src/cli, and nothing else', () => {
    const file = path.join(src, 'lsp', 'server.ts')
    const text = [
      "import { a } from '../cli/args.js'",
      "import type { CliIo } from '../cli/io.js'",
      "export * from '../cli/errors.js'",
      "export { runLsp } from '../cli/commands/lsp.js'",
      "import '../cli/index.js'",
      "const main = await import('../cli/main.js')",
      "type Watch = typeof import('../cli/watch.js')",
      "const now = require('../cli/now.js')",
      "import { b } from './cli/not-the-cli.js'",
      "import { c } from '../client.js'",
      "import { d } from '../node/cli.js'",
      "import { e } from 'cli'",
      "// import { f } from '../cli/comment.js'",
      "const g = \"import { h } from '../cli/string.js'\"",
    ].join('\n')
    expect(importsInto(file, text, cli)).toEqual([
      '../cli/args.js',
      '../cli/io.js',
      '../cli/errors.js',
      '../cli/commands/lsp.js',
      '../cli/index.js',
      '../cli/main.js',
      '../cli/watch.js',
      '../cli/now.js',
    ])
  })

  it('are made only by src/cli itself', () => {
    const files = modules(src)
    const outside = files.filter((file) => !inside(file, cli))
    // The scan reads real modules: the CLI's own imports of itself are found.
    expect(files.filter((file) => inside(file, cli)).some((file) => importsInto(file, readFileSync(file, 'utf8'), cli).length > 0)).toBe(true)
    expect(outside.length).toBeGreaterThan(50)
    const offenders = outside.flatMap((file) => importsInto(file, readFileSync(file, 'utf8'), cli).map((specifier) => `${path.relative(root, file)}: ${specifier}`))
    expect(offenders).toEqual([])
  })
})

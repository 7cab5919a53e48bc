/** Every public export carries a doc comment, so the generated API reference is never empty. */
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const entries = {
  'exosome-content': 'src/index.ts',
  'exosome-content/schema': 'src/schema/index.ts',
  'exosome-content/parser': 'src/parser/index.ts',
  'exosome-content/render': 'src/render/index.ts',
  'exosome-content/node': 'src/node/index.ts',
  'exosome-content/lsp': 'src/lsp/index.ts',
  'exosome-content/astro': 'src/astro/index.ts',
  'exosome-content/vite': 'src/vite/index.ts',
}

const program = ts.createProgram(
  Object.values(entries).map((file) => path.join(root, file)),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true },
)
const checker = program.getTypeChecker()

function undocumented(file: string): string[] {
  const source = program.getSourceFile(path.join(root, file))
  if (!source) throw new Error(`${file} is not in the program`)
  const moduleSymbol = checker.getSymbolAtLocation(source)
  if (!moduleSymbol) return []
  const missing: string[] = []
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
    const documented =
      symbol.getDocumentationComment(checker).length > 0 ||
      (symbol.declarations ?? []).some((declaration) => ts.getJSDocCommentsAndTags(declaration).length > 0)
    if (!documented) missing.push(exported.getName())
  }
  return missing
}

describe('doc comments', () => {
  it.each(Object.entries(entries))('every export of %s has a doc comment', (_name, file) => {
    expect(undocumented(file)).toEqual([])
  })
})

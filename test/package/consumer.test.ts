/**
 * The packed tarball, installed into a fresh project the way a user installs it: ESM
 * `import`, CJS `require`, and an esbuild browser bundle of the root entry.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { build as viteBuild } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testNow } from '../cli/helpers.js'
import { createConsumerProject, packedTarball, run, type ConsumerProject } from '../helpers/pack.js'
import { samplePage } from './sample-page.js'

const root = path.resolve(import.meta.dirname, '../..')
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
let project = ''
let consumer: ConsumerProject | undefined


beforeAll(() => {
  // @types/node: the language server entry is a Node API (streams), as its users' projects have.
  consumer = createConsumerProject(packedTarball(), ['@types/node'])
  project = consumer.dir
  writeFileSync(path.join(project, 'page.md'), samplePage())
}, 300_000)

afterAll(() => {
  consumer?.remove()
})

describe('packed tarball', () => {
  it('works with ESM import', () => {
    writeFileSync(
      path.join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs'
import { exosomeOverview, getClaim } from 'exosome-content'
import { parseContent } from 'exosome-content/parser'
const { document, diagnostics } = parseContent(readFileSync('page.md', 'utf8'), { path: 'page.md' })
console.log(JSON.stringify({
  overview: exosomeOverview.id,
  frozen: Object.isFrozen(exosomeOverview),
  claims: Object.keys(exosomeOverview.claims).length,
  parsed: document ? Object.keys(document.claims) : null,
  errors: diagnostics.filter((d) => d.severity === 'error').length,
  lookup: getClaim(Object.keys(exosomeOverview.claims)[0])?.id ?? null,
}))
`,
    )
    const result = JSON.parse(run('node', ['esm.mjs'], project))
    expect(result.overview).toBe('exosome-therapy')
    expect(result.frozen).toBe(true)
    expect(result.claims).toBeGreaterThan(10)
    expect(result.parsed).toEqual(['none-approved'])
    expect(result.errors).toBe(0)
    expect(result.lookup).not.toBeNull()
  })

  it('gives require() of every exported entry the very module import() gives', () => {
    writeFileSync(
      path.join(project, 'entries.cjs'),
      `const manifest = require('exosome-content/package.json')
;(async () => {
  const out = {}
  // Entries with code (./vite/client holds types only).
  for (const subpath of Object.keys(manifest.exports).filter((key) => key !== './package.json' && 'require' in Object(manifest.exports[key]))) {
    const specifier = 'exosome-content' + subpath.slice(1)
    const cjs = require(specifier)
    const esm = await import(specifier)
    out[specifier] = {
      file: require.resolve(specifier).split(/[\\\\/]/).slice(-2).join('/'),
      keys: Object.keys(cjs).length,
      same: Object.keys(esm).length === Object.keys(cjs).length && Object.keys(esm).every((key) => esm[key] === cjs[key]),
    }
  }
  console.log(JSON.stringify(out))
})()
`,
    )
    const result = JSON.parse(run('node', ['entries.cjs'], project)) as Record<string, { file: string; keys: number; same: boolean }>
    const { exports } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }
    const exported = Object.keys(exports)
      .filter((subpath) => subpath !== './package.json' && 'require' in Object(exports[subpath]))
      .map((subpath) => `exosome-content${subpath.slice(1)}`)
    expect(exported).toEqual(expect.arrayContaining(['exosome-content', 'exosome-content/node', 'exosome-content/parser', 'exosome-content/render', 'exosome-content/schema', 'exosome-content/vite']))
    expect(Object.keys(result).sort()).toEqual(exported.sort())
    for (const [specifier, entry] of Object.entries(result)) {
      expect(entry.file, specifier).toMatch(/^dist\/[\w-]+\.cjs$/)
      expect(entry.keys, specifier).toBeGreaterThan(0)
      expect(entry.same, specifier).toBe(true)
    }
  })

  it('works with CJS require: data, schema, parser, every renderer and the isolated parser', async () => {
    writeFileSync(
      path.join(project, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs')
const { exosomeOverview, getClaim } = require('exosome-content')
const { embeddedDocumentSchema } = require('exosome-content/schema')
const { parseContent, remarkExosomeContent } = require('exosome-content/parser')
const { renderDocument, requiredDisclaimers, toJsonLd } = require('exosome-content/render')
const { parseContentIsolated } = require('exosome-content/node')
const { document, diagnostics } = parseContent(readFileSync('page.md', 'utf8'), { path: 'page.md' })
const claimIds = Object.keys(exosomeOverview.claims)
const needed = requiredDisclaimers(exosomeOverview, {})
const html = renderDocument(exosomeOverview, { format: 'html' })
const markdown = renderDocument(exosomeOverview, { format: 'markdown' })
const text = renderDocument(exosomeOverview, { format: 'text' })
const jsonLd = toJsonLd(exosomeOverview)
parseContentIsolated(readFileSync('page.md', 'utf8'), { path: 'page.md', timeoutMs: 60000 }).then((isolated) => {
  console.log(JSON.stringify({
    overview: exosomeOverview.id,
    frozen: Object.isFrozen(exosomeOverview.claims[claimIds[0]]),
    valid: embeddedDocumentSchema.safeParse(exosomeOverview).success,
    plugin: typeof remarkExosomeContent,
    parsed: document ? Object.keys(document.claims) : null,
    errors: diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    isolated: isolated.document ? Object.keys(isolated.document.claims) : isolated.diagnostics,
    claimsMissing: {
      html: claimIds.filter((id) => !html.includes('data-claim-id="' + id + '"')),
      markdown: claimIds.filter((id) => !markdown.includes(getClaim(id).content.markdown.split('\\n')[0])),
      text: claimIds.filter((id) => !text.includes(getClaim(id).text.split(/\\s+/).slice(0, 4).join(' '))),
    },
    disclaimers: needed.length,
    disclaimersMissing: needed.filter((d) => !html.includes(d.title) || !markdown.includes(d.title) || !text.includes(d.title)).map((d) => d.id),
    parsedHtml: document ? renderDocument(document, { format: 'html' }).includes('The FDA has not approved any exosome product.') : false,
    jsonLd: jsonLd['@context'] ?? null,
  }))
})
`,
    )
    const result = JSON.parse(run('node', ['cjs.cjs'], project))
    expect(result).toMatchObject({
      overview: 'exosome-therapy',
      frozen: true,
      valid: true,
      plugin: 'function',
      parsed: ['none-approved'],
      errors: [],
      isolated: ['none-approved'],
      claimsMissing: { html: [], markdown: [], text: [] },
      disclaimersMissing: [],
      parsedHtml: true,
    })
    expect(result.disclaimers).toBeGreaterThan(0)
    expect(result.jsonLd).not.toBeNull()
  })

  it('bundles a require() consumer for Node with esbuild, which then runs', async () => {
    writeFileSync(
      path.join(project, 'bundle-in.cjs'),
      `const { parseContent } = require('exosome-content/parser')
const { renderDocument } = require('exosome-content/render')
const { document } = parseContent(require('node:fs').readFileSync('page.md', 'utf8'))
console.log(renderDocument(document, { format: 'text' }))
`,
    )
    await build({
      entryPoints: [path.join(project, 'bundle-in.cjs')],
      absWorkingDir: project,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: path.join(project, 'bundle-out.cjs'),
      logLevel: 'silent',
      external: ['zod'],
    })
    expect(run('node', ['bundle-out.cjs'], project)).toContain('The FDA has not approved any exosome product.')
  })

  it('reports bad input with file:line:col through the parser entry in both module systems', () => {
    writeFileSync(path.join(project, 'bad.md'), samplePage().replace('date: 2020-07-22', 'date: 2020-02-30'))
    const script = (loader: string) => `${loader}
const { diagnostics } = parseContent(readFileSync('bad.md', 'utf8'), { path: 'bad.md' })
console.log(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file + ':' + d.place.start.line + ':' + d.place.start.column).join('\\n'))
`
    writeFileSync(
      path.join(project, 'bad.mjs'),
      script("import { readFileSync } from 'node:fs'\nimport { parseContent } from 'exosome-content/parser'"),
    )
    writeFileSync(
      path.join(project, 'bad.cjs'),
      script("const { readFileSync } = require('node:fs')\nconst { parseContent } = require('exosome-content/parser')"),
    )
    // `date: 2020-02-30` is on line 14; the value starts at column 11.
    expect(run('node', ['bad.mjs'], project).trim()).toBe('bad.md:14:11')
    expect(run('node', ['bad.cjs'], project).trim()).toBe('bad.md:14:11')
  })

  it('runs the language server: the installed bin over stdio (ESM), and startLanguageServer from require (CJS)', () => {
    writeFileSync(path.join(project, 'bad.md'), samplePage().replace('date: 2020-07-22', 'date: 2020-02-30'))
    // A minimal LSP client: Content-Length framing over two streams.
    const client = `
const run = (input, output, done) => {
  let buffer = Buffer.alloc(0)
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message })
    input.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body)
  }
  const text = require('node:fs').readFileSync('bad.md', 'utf8')
  const uri = require('node:url').pathToFileURL(require('node:path').resolve('bad.md')).href
  output.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const head = buffer.indexOf('\\r\\n\\r\\n')
      if (head === -1) return
      const length = Number(/Content-Length: (\\d+)/i.exec(buffer.subarray(0, head).toString())[1])
      if (buffer.length < head + 4 + length) return
      const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString())
      buffer = buffer.subarray(head + 4 + length)
      if (message.id === 1) {
        send({ method: 'initialized', params: {} })
        send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } })
      } else if (message.method === 'textDocument/publishDiagnostics' && message.params.diagnostics.length > 0) {
        const first = message.params.diagnostics[0]
        console.log(JSON.stringify({ code: first.code, line: first.range.start.line, character: first.range.start.character }))
        send({ id: 2, method: 'shutdown' })
      } else if (message.id === 2) {
        send({ method: 'exit' })
        done()
      } else if (message.id !== undefined && message.method !== undefined) {
        send({ id: message.id, result: null })
      }
    }
  })
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: require('node:url').pathToFileURL(process.cwd()).href, capabilities: {} } })
}
`
    writeFileSync(
      path.join(project, 'lsp-bin.cjs'),
      `${client}
const child = require('node:child_process').spawn(process.execPath, ['node_modules/exosome-content/bin/exosome-content.js', 'lsp', '--stdio', '--now', ${JSON.stringify(testNow)}], { stdio: ['pipe', 'pipe', 'inherit'] })
run(child.stdin, child.stdout, () => child.stdin.end())
`,
    )
    writeFileSync(
      path.join(project, 'lsp-require.cjs'),
      `${client}
const { PassThrough } = require('node:stream')
const { startLanguageServer } = require('exosome-content/lsp')
const toServer = new PassThrough()
const fromServer = new PassThrough()
const server = startLanguageServer({ input: toServer, output: fromServer, now: ${JSON.stringify(testNow)} })
run(toServer, fromServer, () => server.dispose().then(() => process.exit(0)))
`,
    )
    // Both run on a fixed day (`--now`, the `now` option), so `lastReviewed` never turns stale.
    // `date: 2020-02-30` is on line 14 (0-based 13); the value starts at column 11 (0-based 10).
    const expected = { code: 'frontmatter-invalid', line: 13, character: 10 }
    expect(JSON.parse(run('node', ['lsp-bin.cjs'], project))).toEqual(expected)
    expect(JSON.parse(run('node', ['lsp-require.cjs'], project))).toEqual(expected)
  }, 60_000)

  it('bundles with Vite for the browser', async () => {
    const app = path.join(project, 'vite-app')
    mkdirSync(app, { recursive: true })
    writeFileSync(path.join(app, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="./main.js"></script>\n')
    writeFileSync(
      path.join(app, 'main.js'),
      "import { exosomeOverview } from 'exosome-content'\nimport { renderSection } from 'exosome-content/render'\n" +
        "document.querySelector('#app').innerHTML = renderSection(exosomeOverview, exosomeOverview.sections[0].id, { format: 'html' })\n",
    )
    const output = await viteBuild({
      root: app,
      logLevel: 'silent',
      configFile: false,
      build: { outDir: path.join(app, 'dist'), write: false, minify: false },
    })
    const outputs = (Array.isArray(output) ? output : [output]).flatMap((entry) => ('output' in entry ? entry.output : []))
    const code = outputs.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n')
    expect(code).toContain('exosome-therapy')
    expect(code).not.toContain('require(')
  }, 120_000)

  it('type-checks a consumer of every entry point under moduleResolution node16, nodenext and bundler', () => {
    const body = `import { exosomeOverview, getClaim, type EmbeddedClaim as Claim, type EmbeddedDocument } from 'exosome-content'
import { embeddedDocumentSchema, toJsonSchema, type Diagnostic } from 'exosome-content/schema'
import { parseContent } from 'exosome-content/parser'
import { renderDocument, requiredDisclaimers } from 'exosome-content/render'
import { createLanguageServer, startLanguageServer, type LanguageServerOptions } from 'exosome-content/lsp'
import { parseContentIsolated } from 'exosome-content/node'
const lspOptions: LanguageServerOptions = { debounceMs: 100 }
const servers = [createLanguageServer, startLanguageServer] as const
const doc: EmbeddedDocument = exosomeOverview
const claim: Claim | undefined = getClaim('anything', doc)
const result = parseContent('# x')
const diagnostics: Diagnostic[] = result.diagnostics
const html: string = renderDocument(doc, { format: 'html' })
const needed = requiredDisclaimers(doc, {})
const ok: boolean = embeddedDocumentSchema.safeParse(doc).success
const schema: object = toJsonSchema()
const isolated: Promise<{ diagnostics: Diagnostic[] }> = parseContentIsolated('# x')
export { claim, diagnostics, html, lspOptions, needed, ok, schema, servers, isolated }
`
    const projects: Array<[string, Record<string, string>, string[]]> = [
      ['node16', { module: 'node16', moduleResolution: 'node16' }, ['consumer.mts', 'consumer.cts']],
      ['nodenext', { module: 'nodenext', moduleResolution: 'nodenext' }, ['consumer.mts', 'consumer.cts']],
      ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts']],
      // A consumer with a type error: the check must report it, so a clean result means something.
      ['wrong', { module: 'node16', moduleResolution: 'node16' }, ['wrong.cts']],
    ]
    for (const file of ['consumer.mts', 'consumer.cts', 'consumer.ts']) writeFileSync(path.join(project, file), body)
    writeFileSync(path.join(project, 'wrong.cts'), "import { parseContent } from 'exosome-content/parser'\nexport const count: number = parseContent('# x')\n")
    for (const [name, options, files] of projects) {
      writeFileSync(
        path.join(project, `tsconfig.${name}.json`),
        JSON.stringify({
          // Our declarations and zod's are checked (skipLibCheck off); TypeScript's own lib files need not be.
          // The consumer with a type error only shows that an error is reported: the
          // declarations it reads are checked by the others.
          compilerOptions: { ...options, strict: true, noEmit: true, skipLibCheck: name === 'wrong', skipDefaultLibCheck: true, target: 'es2022', lib: ['es2023', 'dom'], types: [] },
          files,
        }),
      )
    }
    // One `tsc --build` process for all of them: it parses the shared declarations once.
    let output = ''
    try {
      run('node', [tsc, '--build', '--pretty', 'false', ...projects.map(([name]) => `tsconfig.${name}.json`)], project)
    } catch (error) {
      output = String((error as { stdout?: unknown }).stdout ?? '')
    }
    const errors = output.split('\n').filter((line) => / error TS\d+:/.test(line))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^wrong\.cts\(2,14\): error TS2322: /)
  }, 120_000)

  it('bundles the root entry for browsers without the parser, unified, micromark, yaml or zod', async () => {
    writeFileSync(
      path.join(project, 'app.js'),
      "import { exosomeOverview } from 'exosome-content'\ndocument.title = exosomeOverview.title\n",
    )
    const result = await build({
      entryPoints: [path.join(project, 'app.js')],
      absWorkingDir: project,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((input) => input.includes('exosome-content'))).toBe(true)
    const forbidden = /node_modules\/(unified|micromark[^/]*|mdast-util-from-markdown|remark-[^/]+|yaml|zod|vfile)\//
    expect(inputs.filter((input) => forbidden.test(input))).toEqual([])
  })
})

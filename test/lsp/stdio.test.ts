/**
 * `exosome-content lsp --stdio`, spawned from the build and driven by a real LSP client:
 * initialize, open, diagnostics, edit, completion, hover, definition, code actions.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  HoverRequest,
  ReferencesRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type Hover,
  type Location,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { requireBuild, root, startClient, testNow, type Client } from './client.js'
import { badPage, positionOf } from './pages.js'
import { budgetFor } from '../helpers/pace.js'

let folder = ''
let client: Client | undefined
const timings: Record<string, number> = {}

beforeAll(async () => {
  requireBuild()
  folder = mkdtempSync(path.join(tmpdir(), 'exosome-lsp-'))
  client = await startClient(folder)
}, 60_000)

afterAll(async () => {
  const code = await client?.stop()
  rmSync(folder, { recursive: true, force: true })
  expect(code).toBe(0)
  console.info(`diagnostic latency (ms): ${JSON.stringify(timings)}`)
}, 30_000)

const server = (): Client => {
  if (client === undefined) throw new Error('no client')
  return client
}

/** What `check --format json` prints for a file, from the built CLI. */
function cliDiagnostics(file: string, text: string): Diagnostic[] {
  writeFileSync(path.join(folder, file), text)
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'exosome-content.js'), 'check', '--now', testNow, '--format', 'json', file], { cwd: folder, encoding: 'utf8' })
  const report = JSON.parse(result.stdout) as Array<{ diagnostics: Diagnostic[] }>
  return report.flatMap((entry) => entry.diagnostics)
}

const shape = (diagnostic: LspDiagnostic) => ({
  code: diagnostic.code,
  severity: diagnostic.severity,
  message: diagnostic.message,
  href: diagnostic.codeDescription?.href,
  range: diagnostic.range,
})

const fromCli = (diagnostic: Diagnostic) => ({
  code: diagnostic.ruleId,
  severity: { error: 1, warning: 2, info: 3 }[diagnostic.severity],
  message: diagnostic.message,
  href: diagnostic.url,
  range: {
    start: { line: diagnostic.place.start.line - 1, character: diagnostic.place.start.column - 1 },
    end: { line: diagnostic.place.end.line - 1, character: diagnostic.place.end.column - 1 },
  },
})

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

describe('exosome-content lsp --stdio', { timeout: 60_000 }, () => {
  const uri = () => pathToFileURL(path.join(folder, 'page.md')).href
  let document = TextDocument.create('file:///page.md', 'markdown', 1, badPage)
  let diagnostics: LspDiagnostic[] = []

  it('announces its capabilities', () => {
    const { capabilities, serverInfo } = server().initialize
    expect(serverInfo?.name).toBe('exosome-content')
    expect(capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, referencesProvider: true, completionProvider: { triggerCharacters: expect.arrayContaining(['"', ' ']) } })
  })

  it('sends the diagnostics of `check` within 2 s of opening a page, with 0-based UTF-16 ranges', async () => {
    const opened = server().open(uri(), badPage)
    const { params, at } = await server().diagnostics(uri(), (found) => found.diagnostics.length > 0)
    timings['open'] = Math.round(at - opened)
    expect(at - opened).toBeLessThan(budgetFor(at - opened, 2000))
    diagnostics = params.diagnostics
    const codes = diagnostics.map((found) => found.code)
    expect(codes).toEqual(expect.arrayContaining(['frontmatter-invalid', 'citation-resolves', 'claim-needs-disclaimer', 'overclaim-wording']))
    expect(sorted(diagnostics.map(shape))).toEqual(sorted(cliDiagnostics('page.md', badPage).map(fromCli)))
    // `proven` after two astral characters on its line: UTF-16 columns, as the CLI's.
    const proven = diagnostics.find((found) => found.message.includes('`proven`'))
    expect(proven?.range.start).toEqual(positionOf(badPage, 'proven', '𝐩roven', 0))
    expect(diagnostics.every((found) => found.source === 'exosome-content' && found.codeDescription?.href.startsWith('https://'))).toBe(true)
  })

  it('gives a CRLF page the ranges the CLI gives', async () => {
    const crlf = badPage.replaceAll('\n', '\r\n')
    const other = pathToFileURL(path.join(folder, 'crlf.md')).href
    server().open(other, crlf)
    const { params } = await server().diagnostics(other, (found) => found.diagnostics.length > 0)
    expect(sorted(params.diagnostics.map(shape))).toEqual(sorted(cliDiagnostics('crlf.md', crlf).map(fromCli)))
  })

  it('sends new diagnostics after an edit', async () => {
    const start = positionOf(badPage, 'dermatolgy')
    const edit = { range: { start, end: { line: start.line, character: start.character + 'dermatolgy'.length } }, text: 'dermatology' }
    const edited = server().change(uri(), 2, [edit])
    document = TextDocument.update(document, [edit], 2)
    const { params, at } = await server().diagnostics(uri(), (found) => found.version === 2, edited)
    timings['edit'] = Math.round(at - edited)
    expect(at - edited).toBeLessThan(budgetFor(at - edited, 2000))
    expect(params.diagnostics.map((found) => found.code)).not.toContain('citation-resolves')
    expect(params.diagnostics.map((found) => found.code)).toContain('claim-needs-disclaimer')
    diagnostics = params.diagnostics
  })

  it("completes the page's reference ids inside cite=\"", async () => {
    const at = positionOf(document.getText(), 'cite="', '#no-approved-products', 'cite="'.length)
    const items = (await server().connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri() }, position: at })) as CompletionItem[]
    // The cursor is on the id already there: completion replaces it, so every id is offered.
    expect(items.map((item) => item.label)).toEqual(['fda-consumer-alert-2020', 'queen-2025-dermatology'])
    expect(items[1]?.detail).toContain('Exosomes for Treating Hair Loss')
  })

  it('shows the reference title on hover over a cite id', async () => {
    const at = positionOf(document.getText(), 'fda-consumer-alert-2020', '#no-approved-products', 3)
    const hover = (await server().connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri() }, position: at })) as Hover
    expect(JSON.stringify(hover.contents)).toContain('Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes')
  })

  it('goes from ::claim{ref=...} to the claim, and finds its references', async () => {
    const text = document.getText()
    const at = positionOf(text, 'no-approved-products}', '::claim{ref=', 2)
    const locations = (await server().connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri() }, position: at })) as Location[]
    expect(locations).toHaveLength(1)
    expect(locations[0]?.uri).toBe(uri())
    expect(locations[0]?.range.start).toEqual(positionOf(text, ':::claim{#no-approved-products'))
    const references = (await server().connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: uri() }, position: at, context: { includeDeclaration: true } })) as Location[]
    const here = references.filter((location) => location.uri === uri())
    expect(here.map((location) => location.range.start.line)).toEqual([positionOf(text, ':::claim{#no-approved-products').line, at.line])
    // The CRLF page open beside it defines and reuses the same claim id.
    const crlf = pathToFileURL(path.join(folder, 'crlf.md')).href
    expect(references.filter((location) => location.uri === crlf).map((location) => location.range.start.line)).toEqual(here.map((location) => location.range.start.line))
  })

  it('offers code actions that fix the page', async () => {
    const placement = diagnostics.find((found) => found.code === 'claim-needs-disclaimer')
    const overclaim = diagnostics.find((found) => found.code === 'overclaim-wording')
    expect(placement).toBeDefined()
    const actions = (await server().connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uri() },
      range: placement?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [placement, overclaim].filter((found): found is LspDiagnostic => found !== undefined) },
    })) as CodeAction[]
    const titles = actions.map((action) => action.title)
    expect(titles).toContain('Place disclaimer `investigational` in section `hair-loss`')
    expect(titles).toContain('Suppress `overclaim-wording` for this block, with a reason')
    const place = actions.find((action) => action.title.startsWith('Place disclaimer'))
    const edits = (place?.edit?.changes?.[uri()] ?? []) as TextEdit[]
    const version = 3
    const changed = server().change(uri(), version, edits.map((edit) => ({ range: edit.range, text: edit.newText })))
    document = TextDocument.update(document, edits.map((edit) => ({ range: edit.range, text: edit.newText })), version)
    expect(document.getText()).toContain('## Hair 🧬 loss\n\n::disclaimer{ref=investigational}\n\n:::claim{#hair-research')
    const { params } = await server().diagnostics(uri(), (found) => found.version === version, changed)
    expect(params.diagnostics.map((found) => found.code)).not.toContain('claim-needs-disclaimer')
  })
})

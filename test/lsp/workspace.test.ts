/**
 * The built server in a workspace: its config file, pages on disk for `claim-id-stable`,
 * markdown that is not a page, and hostile text that must not stall it.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CompletionRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type CompletionItem, type Hover } from 'vscode-languageserver-protocol/node.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { requireBuild, root, startClient, testNow, type Client } from './client.js'
import { goodPage, positionOf } from './pages.js'
import { budgetFor } from '../helpers/pace.js'

const made: Array<{ folder: string; client: Client }> = []

beforeAll(() => requireBuild())

afterEach(async () => {
  for (const { folder, client } of made.splice(0)) {
    await client.stop()
    rmSync(folder, { recursive: true, force: true })
  }
}, 30_000)

async function workspace(files: Record<string, string>, initializationOptions?: unknown): Promise<{ folder: string; client: Client; uri: (file: string) => string }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'exosome-lsp-ws-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true })
    writeFileSync(path.join(folder, file), text)
  }
  const client = await startClient(folder, initializationOptions)
  made.push({ folder, client })
  return { folder, client, uri: (file) => pathToFileURL(path.join(folder, file)).href }
}

const overclaiming = goodPage.replace(
  'Exosomes applied to the scalp might help hair grow back. Only a few small studies in people\nhave looked at this, so the evidence is preliminary.',
  'Exosomes applied to the scalp might help hair grow back, a proven cure for hair loss.',
)
const reworded = goodPage.replace('to treat any disease or condition.\n:::', 'to treat any illness.\n:::')
const frontmatterOnly = goodPage.slice(0, goodPage.indexOf('\n---\n') + 5)

describe('the language server in a workspace', { timeout: 60_000 }, () => {
  it('checks with the config file and across the pages on disk, as check does', async () => {
    const { folder, client, uri } = await workspace({
      'exosome-content.config.json': JSON.stringify({ rules: { 'overclaim-wording': 'warn' } }),
      'other.md': reworded,
      'README.md': '# Notes\n\nNot a content page.\n',
    })
    client.open(uri('page.md'), overclaiming)
    const { params } = await client.diagnostics(uri('page.md'), (found) => found.diagnostics.some((d) => d.code === 'claim-id-stable'))
    const overclaim = params.diagnostics.find((found) => found.code === 'overclaim-wording')
    expect(overclaim?.severity).toBe(2)
    const stable = params.diagnostics.find((found) => found.code === 'claim-id-stable')
    expect(stable?.relatedInformation?.[0]?.location.uri).toBe(uri('other.md'))
    expect(stable?.relatedInformation?.[0]?.location.range.start).toEqual(positionOf(reworded, ':::claim{#no-approved-products'))

    // The CLI over both files says the same about page.md.
    writeFileSync(path.join(folder, 'page.md'), overclaiming)
    const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'exosome-content.js'), 'check', '--now', testNow, '--format', 'json', 'other.md', 'page.md'], { cwd: folder, encoding: 'utf8' })
    const report = JSON.parse(cli.stdout) as Array<{ file: string; diagnostics: Diagnostic[] }>
    const expected = report.find((entry) => entry.file === 'page.md')?.diagnostics ?? []
    expect(params.diagnostics.map((found) => [found.code, found.severity, found.message, found.range.start.line + 1, found.range.start.character + 1]).sort()).toEqual(
      expected.map((found) => [found.ruleId, { error: 1, warning: 2, info: 3 }[found.severity], found.message, found.place.start.line, found.place.start.column]).sort(),
    )

    // A changed config applies at once.
    writeFileSync(path.join(folder, 'exosome-content.config.json'), JSON.stringify({ rules: { 'overclaim-wording': 'off', 'claim-id-stable': 'warn' } }))
    const since = performance.now()
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('exosome-content.config.json'), type: FileChangeType.Changed }] })
    const after = await client.diagnostics(uri('page.md'), (found) => !found.diagnostics.some((d) => d.code === 'overclaim-wording'), since)
    expect(after.params.diagnostics.find((found) => found.code === 'claim-id-stable')?.severity).toBe(2)

    // Markdown that does not open with a frontmatter fence is not a page.
    client.open(uri('README.md'), '# Notes\n\nNot a content page.\n')
    expect((await client.diagnostics(uri('README.md'), () => true)).params.diagnostics).toEqual([])
  })

  it("checks with a TypeScript config's frontmatter extension and overrides, as check does", async () => {
    // The config's `zod` is this repository's (the temp folder has no node_modules).
    const config = `import { z } from ${JSON.stringify(import.meta.resolve('zod'))}

const site = z.object({ slug: z.string(), tags: z.array(z.string()).default([]) })

export default {
  frontmatter: { extend: site },
  overrides: [{ files: ['es/**'], rules: { 'overclaim-wording': 'off' } }],
}
`
    const withKeys = (page: string, keys: string): string => page.replace('---\n', `---\n${keys}`)
    const good = withKeys(overclaiming, 'slug: hair\ntags: [hair, research]\n')
    const bad = withKeys(overclaiming, 'slug: pelo\ntags: 3\n')
    const { folder, client, uri } = await workspace({ 'exosome-content.config.ts': config, 'page.md': good, 'es/page.md': bad }, { maxWorkspacePages: 0 })
    client.open(uri('page.md'), good)
    client.open(uri('es/page.md'), bad)
    const [page, spanish] = await Promise.all([
      client.diagnostics(uri('page.md'), (found) => found.diagnostics.length > 0),
      client.diagnostics(uri('es/page.md'), (found) => found.diagnostics.length > 0),
    ])
    const rows = (diagnostics: typeof page.params.diagnostics) => diagnostics.map((found) => [found.code, found.severity, found.message, found.range.start.line + 1, found.range.start.character + 1]).sort()
    // The extension's keys are allowed; the base policy reports the overclaim.
    expect(page.params.diagnostics.map((found) => found.code)).toContain('overclaim-wording')
    expect(page.params.diagnostics.map((found) => found.code)).not.toContain('frontmatter-unknown-key')
    // The override turns the wording rule off under es/; `tags: 3` is reported at its value.
    expect(rows(spanish.params.diagnostics)).toEqual([['frontmatter-invalid', 1, 'Unexpected number `3` for `tags`, expected a list', 3, 7]])

    // The CLI over both files, with the same config, says the same.
    const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'exosome-content.js'), 'check', '--now', testNow, '--format', 'json', 'page.md', 'es/page.md'], { cwd: folder, encoding: 'utf8' })
    const report = JSON.parse(cli.stdout) as Array<{ file: string; diagnostics: Diagnostic[] }>
    const expected = (file: string) =>
      (report.find((entry) => entry.file === file)?.diagnostics ?? [])
        .map((found) => [found.ruleId, { error: 1, warning: 2, info: 3 }[found.severity], found.message, found.place.start.line, found.place.start.column])
        .sort()
    expect(rows(page.params.diagnostics)).toEqual(expected('page.md'))
    expect(rows(spanish.params.diagnostics)).toEqual(expected('es/page.md'))

    // An edited TypeScript config applies at once: without the override, es/ is checked as the rest.
    writeFileSync(path.join(folder, 'exosome-content.config.ts'), config.replace("[{ files: ['es/**'], rules: { 'overclaim-wording': 'off' } }]", '[]'))
    const since = performance.now()
    void client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri('exosome-content.config.ts'), type: FileChangeType.Changed }] })
    const after = await client.diagnostics(uri('es/page.md'), (found) => found.diagnostics.some((d) => d.code === 'overclaim-wording'), since)
    expect(after.params.diagnostics.map((found) => found.code)).toContain('frontmatter-invalid')
  })

  it('reports both open pages that reword one claim id, each pointing at the other', async () => {
    const { client, uri } = await workspace({}, { maxWorkspacePages: 0 })
    client.open(uri('a.md'), goodPage)
    client.open(uri('b.md'), reworded)
    const [a, b] = await Promise.all([
      client.diagnostics(uri('a.md'), (found) => found.diagnostics.some((d) => d.code === 'claim-id-stable')),
      client.diagnostics(uri('b.md'), (found) => found.diagnostics.some((d) => d.code === 'claim-id-stable')),
    ])
    expect(a.params.diagnostics.find((d) => d.code === 'claim-id-stable')?.relatedInformation?.[0]?.location.uri).toBe(uri('b.md'))
    expect(b.params.diagnostics.find((d) => d.code === 'claim-id-stable')?.relatedInformation?.[0]?.location.uri).toBe(uri('a.md'))
  })

  it('points locale-parity at the original page, on disk or open, at its own positions', async () => {
    // A translation with a heading that lost its id, a changed grade and a reused claim put
    // before the section's disclaimer, its lines shifted from the original's. `decoy.md` is another page (its own id) whose
    // claims and headings sit at exactly the original's positions.
    const translation = goodPage
      .replace('locale: en', 'locale: es')
      .replace('title: A page for the editor', 'title: Una página para el editor')
      .replace('# A page for the editor\n', '# Una página para el editor\n\nUna línea más que en el original.\n')
      .replace('## Hair loss\n\n::disclaimer{ref=investigational}\n', '## Caída del cabello\n\n::claim{ref=no-approved-products}\n\n::disclaimer{ref=investigational}\n')
      .replace('evidence=early-clinical', 'evidence=clinical')
      .replace('## Regulation', '## Regulación {#regulation}')
    const decoy = goodPage.replace('id: lsp-page', 'id: lsp-decoy')
    for (const openOriginal of [false, true]) {
      const { client, uri } = await workspace({ 'decoy.md': decoy, 'page.md': goodPage, 'page.es.md': translation })
      if (openOriginal) client.open(uri('page.md'), goodPage)
      client.open(uri('page.es.md'), translation)
      const { params } = await client.diagnostics(uri('page.es.md'), (found) => found.diagnostics.filter((d) => d.code === 'locale-parity').length >= 3)
      const parity = params.diagnostics.filter((found) => found.code === 'locale-parity')
      const at = (needle: string) => parity.find((found) => found.message.includes(needle))
      const expected: Array<[string, string]> = [
        ['section id `caida-del-cabello`', '## Hair loss'],
        ['grade `clinical`', ':::claim{#hair-research'],
        ['at this place', '::disclaimer{ref=investigational}'],
      ]
      for (const [needle, original] of expected) {
        const found = at(needle)
        expect(found, `${needle} among ${parity.map((item) => item.message).join(' | ')}`).toBeDefined()
        expect(found?.relatedInformation?.[0]?.location.uri).toBe(uri('page.md'))
        expect(found?.relatedInformation?.[0]?.location.range.start).toEqual(positionOf(goodPage, original))
      }
      // Every one of them, not just the three above, points into the original.
      for (const found of parity) expect(found.relatedInformation?.map((item) => item.location.uri)).toEqual([uri('page.md')])
      for (const d of made.splice(0)) {
        await d.client.stop()
        rmSync(d.folder, { recursive: true, force: true })
      }
    }
  })

  it('refuses hostile text at once with the default limits, and keeps answering', async () => {
    const { client, uri } = await workspace({})
    const hostile = `${frontmatterOnly}\n## Quotes\n\n${'>'.repeat(20_000)}\n`
    const opened = client.open(uri('hostile.md'), hostile)
    const { params, at } = await client.diagnostics(uri('hostile.md'), (found) => found.diagnostics.length > 0)
    expect(params.diagnostics.map((found) => found.code)).toEqual(['limit-nesting'])
    expect(at - opened).toBeLessThan(budgetFor(at - opened, 2000))
    const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('hostile.md') }, position: positionOf(hostile, 'locale:', '', 2) })) as Hover | null
    expect(JSON.stringify(hover)).toContain('BCP 47')
  })

  it('stops a check past its time budget, answers requests meanwhile, and checks the next page', async () => {
    // With the limits lifted, micromark takes tens of seconds on this list; the budget is 2 s,
    // well above what a fresh worker takes for its first ordinary page on a loaded machine.
    const { client, uri } = await workspace({}, { timeoutMs: 2000, limits: { maxContainerNesting: 1_000_000_000, maxListItems: 1_000_000_000, maxLines: 1_000_000_000 }, maxWorkspacePages: 0 })
    client.open(uri('page.md'), goodPage)
    const first = await client.diagnostics(uri('page.md'), () => true)
    expect(first.params.diagnostics).toEqual([])
    const slow = `${frontmatterOnly}\n## List\n\n${'- '.repeat(6000)}x\n`
    const opened = client.open(uri('slow.md'), slow)
    // While the worker is busy with it, the server still answers.
    const asked = performance.now()
    const at = positionOf(goodPage, 'cite="', '#hair-research', 'cite="'.length)
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('page.md') }, position: at })) as CompletionItem[]
    const answered = performance.now() - asked
    expect(answered).toBeLessThan(budgetFor(answered, 1000))
    expect(items.map((item) => item.label)).toContain('queen-2025-dermatology')
    const { params, at: reported } = await client.diagnostics(uri('slow.md'), (found) => found.diagnostics.length > 0)
    expect(params.diagnostics.map((found) => found.code)).toEqual(['parse-timeout'])
    expect(params.diagnostics[0]?.codeDescription?.href).toMatch(/SECURITY\.md#parse-timeout$/)
    expect(reported - opened).toBeLessThan(budgetFor(reported - opened, 5000))
    const next = client.open(uri('next.md'), overclaiming)
    const checked = await client.diagnostics(uri('next.md'), (found) => found.diagnostics.length > 0, next)
    expect(checked.params.diagnostics.map((found) => found.code)).toContain('overclaim-wording')
  })
})

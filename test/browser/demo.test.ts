import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exosomeOverview, exosomeOverviewEs } from '../../src/index.js'
import { evidenceSummary, renderLabels, requiredDisclaimers } from '../../src/render/index.js'
import { allSections, claimBlocks } from '../render/overview.js'

const chromiumPath = '/usr/bin/chromium'
const required = process.env['REQUIRE_BROWSER'] === '1'
const missing = !existsSync(chromiumPath)
if (missing && !required) {
  console.warn(`Skipping the browser demo test: ${chromiumPath} is not installed (install Debian's chromium, or set REQUIRE_BROWSER=1 to make this a failure).`)
}

const root = fileURLToPath(new URL('../../examples/browser/', import.meta.url))
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url))
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' }

/** A static file server for the built page, on 127.0.0.1 only. */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    const file = normalize(join(folder, path === '/' ? 'index.html' : decodeURIComponent(path)))
    if (!file.startsWith(folder + sep) || !existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** What the page shows, read from the DOM. */
interface Shown {
  claims: string[]
  disclaimers: string[]
  citations: string[]
  references: string[]
  claimsVisible: boolean
  disclaimersVisible: boolean
  /** The text of each disclaimer's title, in order. */
  disclaimerTitles: string[]
  /** The evidence label under each claim, in order. */
  evidenceLabels: string[]
  /** Headings the renderer writes itself (references, glossary, end disclaimers). */
  ownHeadings: string[]
  /** `lang` of the container, of the rendered root element and of the page. */
  lang: { container: string; rendered: string; page: string }
}

function readPage(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const content = document.querySelector('#content')
    const all = (selector: string): HTMLElement[] => Array.from(content?.querySelectorAll<HTMLElement>(selector) ?? [])
    const visible = (element: HTMLElement): boolean => element.offsetWidth > 0 && element.offsetHeight > 0
    return {
      claims: all('[data-claim-id]').map((element) => element.dataset['claimId'] ?? ''),
      disclaimers: all('[data-disclaimer-id]').map((element) => element.dataset['disclaimerId'] ?? ''),
      citations: all('a.exo-citation').map((element) => element.getAttribute('href') ?? ''),
      references: all('ol.exo-references > li').map((element) => element.id),
      claimsVisible: all('[data-claim-id]').every(visible),
      disclaimersVisible: all('[data-disclaimer-id]').every(visible),
      disclaimerTitles: all('[data-disclaimer-id] .exo-disclaimer-title').map((element) => element.textContent ?? ''),
      evidenceLabels: all('[data-claim-id] > .exo-evidence').map((element) => element.textContent ?? ''),
      ownHeadings: all('.exo-references-title, .exo-glossary-title, .exo-disclaimers-end > .exo-section-title').map((element) => element.textContent ?? ''),
      lang: { container: content?.getAttribute('lang') ?? '', rendered: content?.firstElementChild?.getAttribute('lang') ?? '', page: document.documentElement.lang },
    }
  })
}

/** Select a language, a view and a disclaimer mode, and wait for the view to be shown. */
async function choose(page: Page, language: 'en' | 'es', sectionId: string, mode: 'inline' | 'end'): Promise<Shown> {
  await page.selectOption('#language', language)
  await page.selectOption('#disclaimer-mode', mode)
  await page.selectOption('#section-picker', sectionId)
  const shown = sectionId === '' ? 'document' : sectionId
  await page.waitForFunction(
    ([lang, view]) => {
      const content = document.querySelector<HTMLElement>('#content')
      return content?.dataset['shown'] === view && content.lang === lang
    },
    [language, shown] as const,
  )
  return readPage(page)
}

describe.skipIf(missing && !required)('browser demo (examples/browser)', () => {
  let browser: Browser | undefined
  let server: Server | undefined
  let page: Page
  let outDir = ''
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'exosome-demo-'))
    await build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    server = await serve(outDir)
    const { port } = server.address() as AddressInfo
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    page = await browser.newPage({ viewport: { width: 1000, height: 1400 } })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.hostname === '127.0.0.1') return route.continue()
      foreignRequests.push(url.href)
      return route.abort()
    })
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForSelector('#content [data-claim-id]')
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    if (outDir !== '') rmSync(outDir, { recursive: true, force: true })
  })

  it('offers the whole overview and every section in the picker', async () => {
    const values = await page.locator('#section-picker option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    expect(values).toEqual(['', '@evidence-summary', ...allSections(exosomeOverview.sections).map((section) => section.id)])
  })

  it('shows the evidence summary: one row per area, links that reach the areas, and the disclaimers it needs', async () => {
    const areas = evidenceSummary(exosomeOverview).map((row) => row.section)
    await page.selectOption('#disclaimer-mode', 'inline')
    await page.selectOption('#section-picker', '')
    await page.waitForSelector('#content[data-shown="document"]')
    const table = await page.evaluate(() => {
      const rows = Array.from(document.querySelectorAll<HTMLElement>('#content table.exo-evidence-summary-table tbody tr'))
      return rows.map((row) => {
        const link = row.querySelector('a')
        const target = link === null ? null : document.querySelector(link.getAttribute('href') ?? '#none')
        return { section: row.dataset['sectionId'] ?? '', target: target?.getAttribute('data-section-id') ?? null, visible: row.offsetHeight > 0 }
      })
    })
    expect(table).toEqual(areas.map((section) => ({ section, target: section, visible: true })))
    await page.selectOption('#section-picker', '@evidence-summary')
    await page.waitForSelector('#content[data-shown="@evidence-summary"]')
    const shown = await readPage(page)
    expect(shown.claims).toEqual([])
    // What the summed-up claims require, and the document-level disclaimers.
    const summed = evidenceSummary(exosomeOverview).flatMap((row) => row.claims)
    expect([...shown.disclaimers].sort()).toEqual(requiredDisclaimers(exosomeOverview, { claims: summed }).map((item) => item.id).sort())
    expect(shown.disclaimersVisible).toBe(true)
    const rows = await page.locator('#content table.exo-evidence-summary-table tbody tr').count()
    expect(rows).toBe(areas.length)
    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: join(artifacts, 'demo-summary.png'), fullPage: true })
  }, 60_000)

  it.each(allSections(exosomeOverview.sections).map((section) => [section.id, section] as const))(
    'section %s shows its claims, citations and required disclaimers',
    async (sectionId, section) => {
      for (const mode of ['inline', 'end']) {
        await page.selectOption('#disclaimer-mode', mode)
        await page.selectOption('#section-picker', sectionId)
        await page.waitForSelector(`#content[data-shown="${sectionId}"]`)
        const shown = await readPage(page)
        expect(shown.claims).toEqual(claimBlocks(section))
        expect(shown.claimsVisible).toBe(true)
        expect([...shown.disclaimers].sort()).toEqual(requiredDisclaimers(exosomeOverview, { sections: [sectionId] }).map((item) => item.id).sort())
        expect(shown.disclaimersVisible).toBe(true)
        expect(shown.citations.length).toBeGreaterThan(0)
        for (const href of shown.citations) expect(shown.references).toContain(href.slice(1))
      }
    },
    60_000,
  )

  it('shows the whole overview, with no console errors or outside requests, and saves a screenshot', async () => {
    await page.selectOption('#disclaimer-mode', 'inline')
    await page.selectOption('#section-picker', '')
    await page.waitForSelector('#content[data-shown="document"]')
    const shown = await readPage(page)
    expect(shown.claims).toEqual(exosomeOverview.sections.flatMap((section) => claimBlocks(section)))
    expect([...shown.disclaimers].sort()).toEqual(exosomeOverview.disclaimers.map((item) => item.id).sort())
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent()
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({ '@type': 'MedicalWebPage', lastReviewed: exosomeOverview.lastReviewed })
    mkdirSync(artifacts, { recursive: true })
    await page.screenshot({ path: join(artifacts, 'demo.png') })
    await page.selectOption('#section-picker', 'what-researchers-are-studying')
    await page.waitForSelector('#content[data-shown="what-researchers-are-studying"]')
    await page.screenshot({ path: join(artifacts, 'demo-section.png'), fullPage: true })
    expect(existsSync(join(artifacts, 'demo.png'))).toBe(true)
    expect(consoleErrors).toEqual([])
    expect(foreignRequests).toEqual([])
  }, 60_000)
  describe('language switch', () => {
    const spanish = renderLabels.es
    const english = renderLabels.en
    const titles = (doc: typeof exosomeOverview | typeof exosomeOverviewEs, ids: readonly string[]): string[] =>
      ids.map((id) => doc.disclaimers.find((item) => item.id === id)?.title ?? `missing ${id}`)

    it('lists the Spanish sections, labels the controls in Spanish and sets lang="es" on the page, the container and the render', async () => {
      const shown = await choose(page, 'es', '', 'inline')
      expect(shown.lang).toEqual({ container: 'es', rendered: 'es', page: 'es' })
      const options = await page.locator('#section-picker option').evaluateAll((items) => items.map((item) => [(item as HTMLOptionElement).value, item.textContent?.trim() ?? '']))
      expect(options.slice(2)).toEqual(allSections(exosomeOverviewEs.sections).map((section) => [section.id, section.title]))
      expect(options.map(([value]) => value)).toEqual(['', '@evidence-summary', ...allSections(exosomeOverview.sections).map((section) => section.id)])
      expect(await page.locator('label[for="section-picker"]').textContent()).toBe('Mostrar')
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(scripts).toHaveLength(1)
      expect(JSON.parse(scripts[0] ?? '{}')).toMatchObject({ '@type': 'MedicalWebPage', inLanguage: 'es', name: exosomeOverviewEs.title })
    }, 60_000)

    it('shows the whole Spanish overview with Spanish labels and every disclaimer, beside the content and at the end', async () => {
      for (const mode of ['inline', 'end'] as const) {
        const shown = await choose(page, 'es', '', mode)
        expect(shown.claims).toEqual(exosomeOverviewEs.sections.flatMap((section) => claimBlocks(section)))
        expect([...new Set(shown.disclaimers)].sort()).toEqual(exosomeOverviewEs.disclaimers.map((item) => item.id).sort())
        for (const [index, id] of shown.disclaimers.entries()) expect(shown.disclaimerTitles[index]).toBe(titles(exosomeOverviewEs, [id])[0])
        expect(shown.disclaimersVisible).toBe(true)
        expect(shown.evidenceLabels).toHaveLength(shown.claims.length)
        for (const label of shown.evidenceLabels) expect(Object.values(spanish.evidence)).toContain(label)
        expect(shown.ownHeadings).toEqual(mode === 'end' ? [spanish.disclaimers, spanish.glossary, spanish.references] : [spanish.glossary, spanish.references])
        const text = await page.locator('#content').innerText()
        expect(text).toContain(spanish.evidenceSummary.caption)
        for (const word of [english.references, english.glossary, english.disclaimers, english.evidenceSummary.caption]) expect(text).not.toContain(word)
      }
    }, 60_000)

    it('shows the Spanish evidence summary with the disclaimers it needs', async () => {
      const shown = await choose(page, 'es', '@evidence-summary', 'inline')
      const summed = evidenceSummary(exosomeOverviewEs).flatMap((row) => row.claims)
      const needed = requiredDisclaimers(exosomeOverviewEs, { claims: summed }).map((item) => item.id)
      expect([...shown.disclaimers].sort()).toEqual([...needed].sort())
      expect(shown.disclaimerTitles.sort()).toEqual(titles(exosomeOverviewEs, needed).sort())
      const caption = await page.locator('#content table.exo-evidence-summary-table caption').textContent()
      expect(caption).toContain(spanish.evidenceSummary.caption)
      expect(await page.locator('#content table.exo-evidence-summary-table tbody tr').count()).toBe(evidenceSummary(exosomeOverviewEs).length)
    }, 60_000)

    it.each(allSections(exosomeOverviewEs.sections).map((section) => [section.id, section] as const))(
      'Spanish section %s shows its claims, Spanish labels and required disclaimers',
      async (sectionId, section) => {
        for (const mode of ['inline', 'end'] as const) {
          const shown = await choose(page, 'es', sectionId, mode)
          expect(shown.lang).toEqual({ container: 'es', rendered: 'es', page: 'es' })
          expect(shown.claims).toEqual(claimBlocks(section))
          const needed = requiredDisclaimers(exosomeOverviewEs, { sections: [sectionId] }).map((item) => item.id)
          expect([...shown.disclaimers].sort()).toEqual([...needed].sort())
          expect([...shown.disclaimerTitles].sort()).toEqual(titles(exosomeOverviewEs, needed).sort())
          expect(shown.disclaimersVisible).toBe(true)
          for (const label of shown.evidenceLabels) expect(Object.values(spanish.evidence)).toContain(label)
          expect(shown.evidenceLabels).toHaveLength(shown.claims.length)
          expect(shown.ownHeadings).toContain(spanish.references)
          for (const href of shown.citations) expect(shown.references).toContain(href.slice(1))
        }
      },
      60_000,
    )

    it('keeps the section shown when switching, and switches back to English', async () => {
      const sectionId = 'what-researchers-are-studying'
      await choose(page, 'es', sectionId, 'inline')
      await page.screenshot({ path: join(artifacts, 'demo-es.png'), fullPage: true })
      await page.selectOption('#language', 'en')
      await page.waitForFunction(() => document.querySelector<HTMLElement>('#content')?.lang === 'en')
      const shown = await readPage(page)
      expect(await page.locator('#section-picker').inputValue()).toBe(sectionId)
      expect(shown.lang).toEqual({ container: 'en', rendered: 'en', page: 'en' })
      const section = allSections(exosomeOverview.sections).find((item) => item.id === sectionId)
      expect(section).toBeDefined()
      expect(shown.claims).toEqual(section ? claimBlocks(section) : [])
      expect([...shown.disclaimerTitles].sort()).toEqual(titles(exosomeOverview, requiredDisclaimers(exosomeOverview, { sections: [sectionId] }).map((item) => item.id)).sort())
      for (const label of shown.evidenceLabels) expect(Object.values(english.evidence)).toContain(label)
      const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
      expect(scripts).toHaveLength(1)
      expect(JSON.parse(scripts[0] ?? '{}')).toMatchObject({ inLanguage: 'en', name: exosomeOverview.title })
      expect(consoleErrors).toEqual([])
      expect(foreignRequests).toEqual([])
    }, 60_000)
  })
})

import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { naughtyStrings, renderAll, xssVectors } from './payloads.js'

const executablePath = '/usr/bin/chromium'
const hasBrowser = existsSync(executablePath)
const required = process.env.REQUIRE_BROWSER === '1'
if (!hasBrowser && !required) {
  console.warn(`[xss-browser] skipped: ${executablePath} is missing (set REQUIRE_BROWSER=1 to make this an error)`)
}

const origin = 'http://exosome-content.test'

// Installed before any page script: every way to run a dialog or reach the network is
// recorded instead of performed.
const traps = `(() => {
  const hits = []
  Object.defineProperty(window, '__hits', { value: hits })
  const trap = (name) => function () { hits.push(name) }
  window.alert = trap('alert')
  window.confirm = trap('confirm')
  window.prompt = trap('prompt')
  window.print = trap('print')
  window.open = trap('open')
  window.fetch = function () { hits.push('fetch'); return Promise.reject(new Error('blocked')) }
  XMLHttpRequest.prototype.open = trap('xhr')
  XMLHttpRequest.prototype.send = trap('xhr')
  window.WebSocket = function () { hits.push('websocket'); throw new Error('blocked') }
  window.EventSource = function () { hits.push('eventsource'); throw new Error('blocked') }
  navigator.sendBeacon = function () { hits.push('beacon'); return false }
})()`

// Runs in the page after load: anything in the live DOM that could execute or load.
function inspectDom(): string[] {
  const problems: string[] = []
  const dangerous = (value: string): boolean => /^(?:javascript|vbscript|data):/.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase())
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase()
    if (['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'svg', 'math'].includes(tag) && !(tag === 'meta' && element.getAttribute('charset') !== null)) problems.push(`<${tag}>`)
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`${attribute.name} on <${tag}>`)
      if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data'].includes(attribute.name) && dangerous(attribute.value)) {
        problems.push(`${attribute.name}="${attribute.value}" on <${tag}>`)
      }
    }
  }
  return problems
}

/**
 * Load one HTML page in a fresh context with the traps installed and every request other than
 * the page itself aborted.
 *
 * @param browser The browser.
 * @param html The page.
 * @returns What ran, what was requested and what the DOM holds.
 */
async function load(browser: Browser, html: string): Promise<{ hits: string[]; dialogs: string[]; blocked: string[]; problems: string[]; documents: number }> {
  const context = await browser.newContext({ javaScriptEnabled: true })
  try {
    const page = await context.newPage()
    const blocked: string[] = []
    await page.addInitScript(traps)
    await page.route('**/*', async (route) => {
      const url = route.request().url()
      if (url === `${origin}/page.html`) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      else {
        blocked.push(url)
        await route.abort()
      }
    })
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${origin}/page.html`, { waitUntil: 'load' })
    // Give handlers such as onerror, onload, autofocus and animations a moment to fire.
    await page.waitForTimeout(150)
    const hits = await page.evaluate(() => (window as unknown as { __hits: string[] }).__hits)
    const problems = await page.evaluate(inspectDom)
    const documents = await page.locator('.exo-document').count()
    return { hits, dialogs, blocked, problems, documents }
  } finally {
    await context.close()
  }
}

describe.skipIf(!hasBrowser && !required)('rendered HTML in headless Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('catches script, requests and unsafe DOM in an unsanitized control page', async () => {
    const control = '<img src="x.png" onerror="alert(1)"><script>fetch("/beacon")</script><a href="javascript:alert(2)">x</a>'
    const result = await load(browser, `<!doctype html><html><body>${control}</body></html>`)
    expect(result.hits).toEqual(expect.arrayContaining(['alert', 'fetch']))
    expect(result.blocked).toEqual([`${origin}/x.png`])
    expect(result.problems).toEqual(expect.arrayContaining(['<script>', 'onerror on <img>', 'href="javascript:alert(2)" on <a>']))
  }, 60_000)

  it('runs no script and makes no request for any XSS vector or naughty string in any position', async () => {
    const rendered = [...renderAll(xssVectors, 72).pages, ...renderAll(naughtyStrings, 160).pages]
    // Many renders per page keep the run short; every page is a fresh context.
    const perPage = 40
    let pagesLoaded = 0
    for (let start = 0; start < rendered.length; start += perPage) {
      const group = rendered.slice(start, start + perPage)
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>xss</title></head><body>${group.map((page) => `<section>${page.html}</section>`).join('\n')}</body></html>`
      const { hits, dialogs, blocked, problems, documents } = await load(browser, html)
      const where = group.map((item) => item.placement).join(',')
      expect(hits, where).toEqual([])
      expect(dialogs, where).toEqual([])
      expect(blocked, where).toEqual([])
      expect(problems, where).toEqual([])
      // The content really is on the page (a blank page would pass everything above).
      expect(documents).toBe(group.length)
      pagesLoaded++
    }
    expect(pagesLoaded).toBeGreaterThan(0)
  }, 240_000)
})

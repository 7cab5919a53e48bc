import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import type { Claim } from '../../src/schema/claim.js'
import type { Diagnostic, Severity } from '../../src/schema/diagnostic.js'
import type { Disclaimer } from '../../src/schema/disclaimer.js'
import type { ExosomeDocument } from '../../src/schema/document.js'
import type { Reference } from '../../src/schema/reference.js'
import type { Section } from '../../src/schema/section.js'
import type { OutputStream } from '../../src/cli/io.js'

/**
 * The day every CLI test runs on (`EXOSOME_CONTENT_NOW`): results never depend on the real
 * clock, so the suite passes whatever the date.
 */
export const testNow = '2026-11-29'

/** Repository root. */
export const root = path.resolve(import.meta.dirname, '../..')

const made: string[] = []

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'exosome-cli-'))
  made.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A writable stream that keeps what was written. */
export function sink(isTTY = false): OutputStream & { text: () => string } {
  const chunks: string[] = []
  return { isTTY, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') }
}

/** A diagnostic at a given range. */
export function diagnostic(ruleId: string, severity: Severity, message: string, start: [number, number], end: [number, number]): Diagnostic {
  return {
    ruleId,
    severity,
    message,
    place: { start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } },
    url: `https://example.test/${ruleId}`,
  }
}

const place = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }

/** A claim with defaults. */
export function claim(init: Partial<Claim> & Pick<Claim, 'id' | 'text'>): Claim {
  return {
    kind: 'mechanism',
    evidence: 'preclinical',
    cites: ['ref-a'],
    requires: [],
    content: { markdown: init.text, mdast: [] },
    section: 'basics',
    position: place,
    ...init,
  }
}

/** A reference with defaults. */
export function reference(init: Partial<Reference> & Pick<Reference, 'id'>): Reference {
  return { kind: 'review', title: `Title of ${init.id}`, year: 2020, doi: '10.1000/xyz', ...init }
}

/** A disclaimer with defaults. */
export function disclaimer(init: Partial<Disclaimer> & Pick<Disclaimer, 'id'>): Disclaimer {
  return { kind: 'regulatory', title: `Title of ${init.id}`, text: `Text of ${init.id}.`, placement: 'document', ...init }
}

/** A section with defaults. */
export function section(init: Partial<Section> & Pick<Section, 'id'>): Section {
  return { title: init.id, depth: 2, blocks: [], claims: [], disclaimers: [], position: place, sections: [], ...init }
}

/** A document built from parts. */
export function document(
  parts: { claims?: Claim[]; references?: Reference[]; disclaimers?: Disclaimer[]; sections?: Section[]; intro?: Section['blocks'] } & Partial<Pick<ExosomeDocument, 'title' | 'summary' | 'audience' | 'locale' | 'version'>>,
): ExosomeDocument {
  return {
    id: 'doc',
    title: 'Doc',
    summary: 'A document.',
    locale: 'en',
    audience: 'general',
    version: '1.0.0',
    lastReviewed: '2026-01-01',
    references: parts.references ?? [reference({ id: 'ref-a' })],
    disclaimers: (parts.disclaimers ?? []).map((item) => ({ ...item, content: { markdown: item.text, mdast: [{ type: 'paragraph', children: [{ type: 'text', value: item.text }] }] } })),
    glossary: [],
    intro: parts.intro ?? [],
    sections: parts.sections ?? [section({ id: 'basics' })],
    claims: Object.fromEntries((parts.claims ?? []).map((item) => [item.id, item])),
    hash: `sha256-${'0'.repeat(64)}`,
    ...(parts.title === undefined ? {} : { title: parts.title }),
    ...(parts.summary === undefined ? {} : { summary: parts.summary }),
    ...(parts.audience === undefined ? {} : { audience: parts.audience }),
    ...(parts.locale === undefined ? {} : { locale: parts.locale }),
    ...(parts.version === undefined ? {} : { version: parts.version }),
  }
}

/** A narrative block. */
export function narrative(text: string): Section['blocks'][number] {
  return { type: 'narrative', text, content: { markdown: text, mdast: [] }, position: place }
}

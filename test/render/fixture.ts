import type { BlockContent, DefinitionContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Claim, ClaimKind, EvidenceGrade } from '../../src/schema/claim.js'
import type { Disclaimer, DocumentDisclaimer } from '../../src/schema/disclaimer.js'
import { documentSchema, type ExosomeDocument } from '../../src/schema/document.js'
import type { Block, Section } from '../../src/schema/section.js'

const position = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
const parser = unified().use(remarkParse)

function content(markdown: string): { markdown: string; mdast: Array<BlockContent | DefinitionContent> } {
  return { markdown, mdast: parser.parse(markdown).children as Array<BlockContent | DefinitionContent> }
}

// As the parser gives it: the text's mdast without positions (they would be relative to the text).
function withContent(disclaimer: Disclaimer): DocumentDisclaimer {
  const parsed = content(disclaimer.text)
  return { ...disclaimer, content: JSON.parse(JSON.stringify(parsed, (key, value: unknown) => (key === 'position' ? undefined : value))) as typeof parsed }
}

function narrative(markdown: string): Block {
  const parsed = content(markdown)
  return { type: 'narrative', content: parsed, text: parsed.mdast.map((node) => toString(node)).join('\n\n'), position }
}

interface ClaimSpec {
  id: string
  kind: ClaimKind
  evidence: EvidenceGrade
  cites: string[]
  requires?: string[]
  markdown: string
  section: string
}

function makeClaim(spec: ClaimSpec): Claim {
  const parsed = content(spec.markdown)
  return {
    id: spec.id,
    kind: spec.kind,
    evidence: spec.evidence,
    cites: spec.cites,
    requires: spec.requires ?? [],
    text: parsed.mdast.map((node) => toString(node)).join('\n\n'),
    content: parsed,
    section: spec.section,
    position,
  }
}

const claim = (id: string): Block => ({ type: 'claim', claim: id, reuse: false, position })
const reuse = (id: string): Block => ({ type: 'claim', claim: id, reuse: true, position })
const disclaimer = (id: string): Block => ({ type: 'disclaimer', disclaimer: id, position })

function section(id: string, title: string, depth: number, blocks: Block[], sections: Section[] = []): Section {
  return {
    id,
    title,
    depth,
    blocks,
    claims: blocks.flatMap((block) => (block.type === 'claim' ? [block.claim] : [])),
    disclaimers: blocks.flatMap((block) => (block.type === 'disclaimer' ? [block.disclaimer] : [])),
    position,
    sections,
  }
}

/** Extra content spliced into the fixture (hostile strings for the XSS tests). */
export interface FixtureOverrides {
  narrative?: string
  claim?: string
  disclaimer?: string
  title?: string
}

/**
 * A small valid document covering every shape the renderers handle: an intro with the title
 * heading, nested sections, a reused claim, section-, claim- and document-placed disclaimers,
 * two references by the same publisher and year, and a glossary.
 */
export function fixtureDocument(overrides: FixtureOverrides = {}): ExosomeDocument {
  const claims = [
    makeClaim({ id: 'vesicles-defined', kind: 'definition', evidence: 'established', cites: ['review-2020'], markdown: overrides.claim ?? 'Exosomes are small *vesicles* that cells release.', section: 'basics' }),
    makeClaim({ id: 'joint-study', kind: 'therapeutic-potential', evidence: 'preclinical', cites: ['animal-2021', 'review-2020'], requires: ['investigational', 'not-fda-approved'], markdown: 'Exosomes are being studied for joints.\nSo far only in animals.', section: 'research' }),
    makeClaim({ id: 'infection-risk', kind: 'safety', evidence: 'established', cites: ['agency-2019a'], requires: ['not-medical-advice', 'seek-care'], markdown: 'Contaminated products can cause infections.', section: 'animal-work' }),
    makeClaim({ id: 'none-approved', kind: 'regulatory', evidence: 'regulatory-fact', cites: ['agency-2019a', 'agency-2019b'], markdown: 'No exosome product is approved. See [the agency](https://agency.example/notice).', section: 'questions' }),
  ]
  const document: ExosomeDocument = {
    id: 'fixture',
    title: overrides.title ?? 'Fixture: exosomes',
    summary: 'A small document for renderer tests.',
    locale: 'en',
    audience: 'patient',
    version: '1.2.3',
    lastReviewed: '2026-11-01',
    references: [
      { id: 'review-2020', kind: 'review', title: 'A review of exosomes', authors: 'Kalluri R, LeBleu VS', journal: 'Science', year: 2020, volume: '367(6478)', pages: 'eaau6977', doi: '10.1126/science.aau6977' },
      { id: 'animal-2021', kind: 'primary-study', title: 'An animal study', authors: 'Doe J, Roe R, Poe P', journal: 'Journal of Tests', year: 2021, doi: '10.1234/jot.2021.1' },
      { id: 'agency-2019a', kind: 'regulatory', title: 'Safety notice', publisher: 'Agency', date: '2019-12-06', url: 'https://agency.example/notice' },
      { id: 'agency-2019b', kind: 'regulatory', title: 'Consumer alert', publisher: 'Agency', date: '2019-12-09', url: 'https://agency.example/alert' },
      { id: 'glossary-source', kind: 'guideline', title: 'A guideline', publisher: 'Society', year: 2018, url: 'https://society.example/guide' },
    ],
    disclaimers: [
      withContent({ id: 'not-fda-approved', kind: 'regulatory', title: 'Not approved by the FDA', text: 'No exosome product is **approved**.', placement: 'document' }),
      withContent({ id: 'not-medical-advice', kind: 'medical-advice', title: 'Not medical advice', text: 'Talk with a doctor.', placement: 'document' }),
      withContent({ id: 'investigational', kind: 'investigational', title: 'Still being researched', text: overrides.disclaimer ?? 'These uses are investigational.', placement: 'section' }),
      withContent({ id: 'report-problems', kind: 'regulatory', title: 'How to report a problem', text: 'Report it through [MedWatch](https://www.fda.gov/medwatch).', placement: 'section' }),
      withContent({ id: 'seek-care', kind: 'risk', title: 'Get care', text: 'If you feel unwell after a treatment, get medical care.', placement: 'claim' }),
    ],
    glossary: [{ id: 'exosome', term: 'Exosome', definition: 'A small vesicle.', cites: ['glossary-source'] }],
    intro: [narrative(`# ${overrides.title ?? 'Fixture: exosomes'}\n\n${overrides.narrative ?? 'An introduction.'}`)],
    sections: [
      section('basics', 'Basics', 2, [narrative('Cells send signals.'), claim('vesicles-defined')]),
      section('research', 'Research', 2, [disclaimer('investigational'), claim('joint-study')], [
        section('animal-work', 'Animal work', 3, [claim('infection-risk')]),
      ]),
      section('questions', 'Questions', 2, [reuse('vesicles-defined'), claim('none-approved'), narrative('- First question?\n- Second question?'), disclaimer('report-problems')]),
    ],
    claims: Object.fromEntries(claims.map((item) => [item.id, item])),
    hash: `sha256-${'0'.repeat(64)}`,
  }
  return documentSchema.parse(document)
}

/**
 * The two judges of a frontmatter: the parser (`parseContent`, parser checks only) and a real
 * JSON Schema validator (ajv, draft 2020-12, with formats) on the schema `toJsonSchema()` gives.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import formats from 'ajv-formats'
import { parseDocument, stringify } from 'yaml'
import { parseContent } from '../../src/parser/index.js'
import type { Diagnostic } from '../../src/schema/diagnostic.js'
import { editorKeywords, toJsonSchema } from '../../src/schema/json-schema.js'

/** A plain frontmatter value, as YAML data. */
export type Data = Record<string, unknown>

/** A valid frontmatter: every key, two references (doi and url), a disclaimer and a glossary. */
export function baseFrontmatter(): Data {
  return {
    id: 'clinic-faq',
    title: 'Exosome treatments at our clinic',
    summary: 'What patients ask us about exosome treatments, and what the evidence says.',
    locale: 'en',
    audience: 'patient',
    version: '1.0.0',
    lastReviewed: '2026-11-01',
    references: [
      {
        id: 'fda-consumer-alert-2020',
        kind: 'regulatory',
        title: 'Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes',
        publisher: 'U.S. Food and Drug Administration',
        date: '2020-07-22',
        url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes',
      },
      {
        id: 'queen-2025-dermatology',
        kind: 'review',
        title: 'Exosomes for Treating Hair Loss: A Review of Clinical Studies',
        authors: 'Queen D, et al.',
        journal: 'Dermatologic Surgery',
        year: 2025,
        volume: '51(4)',
        pages: '409-415',
        doi: '10.1097/DSS.0000000000004480',
      },
    ],
    disclaimers: [
      {
        id: 'not-fda-approved',
        kind: 'regulatory',
        title: 'Not approved by the FDA',
        text: 'The FDA has not approved any exosome product to treat any disease or condition.',
        placement: 'document',
      },
    ],
    glossary: [
      {
        id: 'extracellular-vesicle',
        term: 'Extracellular vesicle',
        definition: 'A particle released by cells and enclosed by a membrane.',
        aliases: ['EV'],
        cites: ['queen-2025-dermatology'],
      },
    ],
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false })
// ajv-formats is CommonJS: its function is `module.exports` and its `default`.
formats.default(ajv)
ajv.addVocabulary([...editorKeywords])
const validate = ajv.compile(toJsonSchema())

/** How each judge ruled on one frontmatter. */
export interface Verdicts {
  /** No error-level diagnostic from the parser (warnings such as `disclaimer-unplaced` do not reject). */
  parser: boolean
  /** The parser's error ids, for messages. */
  parserErrors: string[]
  /** ajv accepts the YAML's data. */
  schema: boolean
  /** ajv's errors, for messages. */
  schemaErrors: string[]
}

/**
 * Judge one frontmatter, given as YAML text, in a page whose body is one paragraph (no
 * heading, section, claim or placement that could add an error of its own).
 *
 * @param yaml The YAML between the fences.
 * @returns Both verdicts.
 */
export function judgeYaml(yaml: string): Verdicts {
  const page = `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n\nA paragraph of narrative.\n`
  const errors = parseContent(page, { rules: false }).diagnostics.filter((found: Diagnostic) => found.severity === 'error')
  // The data the parser validates: YAML 1.2 core schema, as `readFrontmatter` reads it.
  const data: unknown = parseDocument(yaml, { uniqueKeys: false }).toJS()
  const schema = validate(data) === true
  return {
    parser: errors.length === 0,
    parserErrors: errors.map((found) => `${found.ruleId} ${found.message}`),
    schema,
    schemaErrors: (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`),
  }
}

/**
 * Judge one frontmatter given as data.
 *
 * @param data The frontmatter.
 * @returns Both verdicts.
 */
export function judge(data: Data): Verdicts {
  return judgeYaml(stringify(data, { lineWidth: 0 }))
}

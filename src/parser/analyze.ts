import type { Root } from 'mdast'
import { compareDiagnostics, createDiagnostic, docsUrl } from '../diagnostics.js'
import type { ResolvedPolicy } from '../rules/policy.js'
import { runRules } from '../rules/run.js'
import type { DateWindow } from '../rules/types.js'
import type { ExosomeDocument } from '../schema/document.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { readBody } from './body.js'
import type { BodyState } from './body-state.js'
import { collectComments } from './comments.js'
import { checkDirectives } from './directives.js'
import { readFrontmatter } from './frontmatter.js'
import type { ResolvedExtension } from './frontmatter-extension.js'
import { readFrontmatterMarkdown } from './frontmatter-markdown.js'
import type { FrontmatterSpan } from './frontmatter-span.js'
import { contentHash } from './hash.js'
import { defaultLimits, type ParseLimits } from './limits.js'
import { createLineIndex } from './position.js'
import { createReporter } from './reporter.js'
import { resolveReferences } from './resolve.js'
import type { ParseResult } from './types.js'

/** How one analysis runs. */
export interface AnalyzeSettings {
  file: string | undefined
  policy: ResolvedPolicy
  rules: boolean
  /** The day date-dependent rules measure from (default: the current date). */
  now?: Date | undefined
  /** Told the window of days over which a date-dependent rule's outcome holds. */
  onDateWindow?: ((window: DateWindow) => void) | undefined
  /** Copy mdast nodes into the document instead of sharing them (the tree is the caller's). */
  cloneNodes: boolean
  /** The input limits (the YAML text is checked against them where it is parsed). */
  limits?: Readonly<ParseLimits> | undefined
  /** Where the pre-scan found the frontmatter (`null`: nowhere); the tree must agree. */
  frontmatter?: FrontmatterSpan | null | undefined
  /** Whether the pre-scan checked `source` against `limits` (the YAML is not scanned again). */
  prescanned?: boolean | undefined
  /** The site's own frontmatter keys, validated into `document.data`. */
  extension?: ResolvedExtension | undefined
}

/**
 * Build the document and every diagnostic from a parsed file: frontmatter, body, reference
 * resolution, then the consistency rules on the (possibly draft) document.
 *
 * @param tree The mdast (remark-parse + remark-frontmatter + remark-directive).
 * @param source The text the tree was parsed from (without a byte order mark).
 * @param settings File path, policy, whether to run rules.
 * @returns The frozen document (when no error) and sorted diagnostics.
 */
export function analyzeTree(tree: Root, source: string, settings: AnalyzeSettings): ParseResult {
  const lines = createLineIndex(source)
  const reporter = createReporter(settings.file)
  const frontmatter = readFrontmatter(tree, lines, reporter, { limits: settings.limits, expected: settings.frontmatter, prescanned: settings.prescanned, file: settings.file, extension: settings.extension })
  checkDirectives(tree, lines, reporter)
  const state: BodyState = {
    lines,
    reporter,
    policy: settings.policy,
    cloneNodes: settings.cloneNodes,
    claims: {},
    definitions: new Map(),
    claimRefs: [],
    disclaimerRefs: [],
    cites: [],
    requires: [],
  }
  const body = readBody(tree, state)
  resolveReferences(state, frontmatter, body.sections)
  if (body.title !== undefined && frontmatter.titleValid && body.title.text !== frontmatter.draft.title) {
    reporter.report(
      'title-mismatch',
      `Unexpected title heading \`${body.title.text}\`, expected the frontmatter \`title\` \`${frontmatter.draft.title}\``,
      body.title.place,
    )
  }

  const markdown = readFrontmatterMarkdown(frontmatter.draft.disclaimers, settings.limits ?? defaultLimits, frontmatter.locate, settings.file)

  const document: ExosomeDocument = {
    ...frontmatter.draft,
    ...(frontmatter.data === undefined ? {} : { data: frontmatter.data }),
    disclaimers: markdown.disclaimers,
    intro: body.intro,
    sections: body.sections,
    claims: state.claims,
    hash: contentHash(source),
  }
  const diagnostics = [...reporter.diagnostics, ...markdown.diagnostics]
  if (settings.rules) {
    diagnostics.push(
      ...runRules({
        document,
        source,
        tree,
        file: settings.file,
        locate: frontmatter.locate,
        comments: collectComments(tree, lines),
        writtenDisclaimerIds: frontmatter.writtenIds.disclaimers,
        policy: settings.policy,
        now: settings.now,
        onDateWindow: settings.onDateWindow,
      }),
    )
  }
  // The schema requires every claim to cite something. With the rules off (or the rule set to
  // `warn`/`off`) the parser still refuses to hand out a document that breaks that contract.
  if (!diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    for (const claim of Object.values(state.claims)) {
      if (claim.cites.length > 0) continue
      diagnostics.push(
        createDiagnostic({
          ruleId: 'claim-needs-citation',
          message: `Unexpected claim \`${claim.id}\` without \`cite\`, expected at least one reference id (a document cannot carry an uncited claim, whatever the policy)`,
          place: claim.position,
          file: settings.file,
          url: docsUrl('claim-needs-citation', 'rules.md'),
        }),
      )
    }
  }
  diagnostics.sort(compareDiagnostics)
  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'error')
  return { document: failed ? undefined : deepFreeze(document), diagnostics }
}

/**
 * Run a parse and turn an unexpected exception (such as a stack overflow on input nested
 * thousands of levels deep, when the input limits were raised) into a `parse-failed`
 * diagnostic, so parsing never throws on input.
 *
 * @param file Path stamped on the diagnostic, when known.
 * @param run The parse.
 * @returns What `run` returned, or a result with the one diagnostic and no document.
 */
export function guardParse(file: string | undefined, run: () => ParseResult): ParseResult {
  try {
    return run()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      document: undefined,
      diagnostics: [
        createDiagnostic({
          ruleId: 'parse-failed',
          message: `Unexpected failure reading the file (${reason}), expected a file the parser can read (please report this with the file)`,
          place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
          file,
        }),
      ],
    }
  }
}

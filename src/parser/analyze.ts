import type { Root } from 'mdast'
import { compareDiagnostics } from '../diagnostics.js'
import type { ResolvedPolicy } from '../rules/policy.js'
import { runRules } from '../rules/run.js'
import type { ExosomeDocument } from '../schema/document.js'
import { deepFreeze } from '../util/deep-freeze.js'
import { readBody } from './body.js'
import type { BodyState } from './body-state.js'
import { collectComments } from './comments.js'
import { checkDirectives } from './directives.js'
import { readFrontmatter } from './frontmatter.js'
import { contentHash } from './hash.js'
import { createLineIndex } from './position.js'
import { createReporter } from './reporter.js'
import { resolveReferences } from './resolve.js'
import type { ParseResult } from './types.js'

/** How one analysis runs. */
export interface AnalyzeSettings {
  file: string | undefined
  policy: ResolvedPolicy
  rules: boolean
  /** Copy mdast nodes into the document instead of sharing them (the tree is the caller's). */
  cloneNodes: boolean
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
  const frontmatter = readFrontmatter(tree, lines, reporter)
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
  resolveReferences(state, frontmatter)
  if (body.title !== undefined && frontmatter.titleValid && body.title.text !== frontmatter.draft.title) {
    reporter.report(
      'title-mismatch',
      `Unexpected title heading \`${body.title.text}\`, expected the frontmatter \`title\` \`${frontmatter.draft.title}\``,
      body.title.place,
    )
  }

  const document: ExosomeDocument = {
    ...frontmatter.draft,
    intro: body.intro,
    sections: body.sections,
    claims: state.claims,
    hash: contentHash(source),
  }
  const diagnostics = [...reporter.diagnostics]
  if (settings.rules) {
    diagnostics.push(
      ...runRules({
        document,
        source,
        tree,
        file: settings.file,
        locate: frontmatter.locate,
        comments: collectComments(tree, lines),
        policy: settings.policy,
      }),
    )
  }
  diagnostics.sort(compareDiagnostics)
  const failed = diagnostics.some((diagnostic) => diagnostic.severity === 'error')
  return { document: failed ? undefined : deepFreeze(document), diagnostics }
}

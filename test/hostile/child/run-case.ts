/**
 * Runs hostile cases in this process and prints one JSON line per case: the time of each
 * parse, the render time, the diagnostic ids and whether a document came out. Bundled and
 * started in a fresh process by `test/hostile/child.test.ts`; an abort of the process (a V8
 * fatal error) shows there as an exit code or signal.
 *
 * Usage: `node run-case.mjs <child|wording> <index[,index…]|all> [repeat]`. A list runs its
 * cases in that order in this one process (a batch), printing each line as its case ends, so a
 * batch that aborts or hangs shows which case it was on.
 */
import { parseContent } from '../../../src/parser/index.js'
import { renderClaim, renderDocument, renderSection, requiredDisclaimers, toJsonLd } from '../../../src/render/index.js'
import { childCases, wordingCases, type ChildCase } from '../cases.js'

/** What the child reports for one case. */
export interface CaseReport {
  name: string
  /** Wall-clock milliseconds of each parse (after one warm-up parse). */
  parseMs: number[]
  /** CPU milliseconds of each parse: less noisy than wall-clock on a shared machine. */
  parseCpuMs: number[]
  renderMs: number
  ruleIds: string[]
  errors: string[]
  document: boolean
  rendered: boolean
}

function run(hostile: ChildCase, repeat: number): CaseReport {
  const source = hostile.source()
  const parseMs: number[] = []
  const parseCpuMs: number[] = []
  let result = parseContent(source, { path: 'hostile.md' })
  for (let round = 0; round < repeat; round++) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    result = parseContent(source, { path: 'hostile.md' })
    const used = process.cpuUsage(cpu)
    parseMs.push(performance.now() - start)
    parseCpuMs.push((used.user + used.system) / 1000)
  }
  let renderMs = 0
  let rendered = false
  const { document } = result
  if (document !== undefined) {
    const start = performance.now()
    for (const format of ['html', 'markdown', 'text'] as const) {
      renderDocument(document, { format })
      const section = document.sections[0]
      if (section !== undefined) renderSection(document, section.id, { format })
      const claim = Object.keys(document.claims)[0]
      if (claim !== undefined) renderClaim(document, claim, { format })
    }
    JSON.stringify(toJsonLd(document))
    requiredDisclaimers(document)
    renderMs = performance.now() - start
    rendered = true
  }
  return {
    name: hostile.name,
    parseMs,
    parseCpuMs,
    renderMs,
    ruleIds: [...new Set(result.diagnostics.map((diagnostic) => diagnostic.ruleId))],
    errors: [...new Set(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.ruleId))],
    document: document !== undefined,
    rendered,
  }
}

const [set = 'child', which = 'all', repeatText = '1'] = process.argv.slice(2)
const cases = set === 'wording' ? wordingCases() : childCases()
const selected = which === 'all' ? cases : which.split(',').map((index) => cases[Number(index)])
for (const hostile of selected) {
  if (hostile === undefined) throw new RangeError(`No case ${which} in ${set}`)
  console.log(JSON.stringify(run(hostile, Math.max(Number(repeatText), hostile.repeat ?? 1))))
}

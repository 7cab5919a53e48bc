import type { Paint } from '../io.js'
import { collapse, countChanges, type Heading, type ListChange, type Paragraph, type ReviewDiff, type TextChange, type ValueChange } from '../review-diff.js'

/**
 * The review diff as text for a reviewer: document metadata, headings, narrative paragraphs,
 * claims, disclaimers and references, each added (`+`), removed (`-`) or changed (`~`), with
 * word diffs `[-old-]{+new+}` for reworded text. Every text is on one line (the source's
 * line breaks collapsed).
 *
 * @param diff The diff.
 * @param files Display paths of the old and new files.
 * @param paint Colour function.
 * @returns The report, ending with a newline.
 */
export function formatReviewText(diff: ReviewDiff, files: { old: string; new: string }, paint: Paint): string {
  const lines: string[] = [paint('bold', `Review diff: ${files.old} → ${files.new}`)]
  const { document, headings, narrative, claims, disclaimers, references } = diff

  const data = Object.entries(document.data ?? {})
  section(lines, 'Document', Object.keys(document).length - (document.data === undefined ? 0 : 1) + data.length, paint)
  if (document.title) lines.push(paint('yellow', `  ~ title: `) + words(document.title, paint))
  if (document.summary) lines.push(paint('yellow', `  ~ summary: `) + words(document.summary, paint))
  for (const key of ['audience', 'locale', 'version'] as const) {
    const change = document[key]
    if (change) lines.push(paint('yellow', `  ~ ${key}: ${value(change)}`))
  }
  for (const [key, change] of data) lines.push(paint('yellow', `  ~ data.${key}: ${JSON.stringify(change.old)} → ${JSON.stringify(change.new)}`))

  section(lines, 'Headings', headings.added.length + headings.removed.length + headings.renamed.length, paint)
  for (const item of headings.added) lines.push(paint('green', `  + heading ${headingText(item)}`))
  for (const item of headings.removed) lines.push(paint('red', `  - heading ${headingText(item)}`))
  for (const item of headings.renamed) {
    lines.push(paint('yellow', `  ~ heading ${item.old.id} → ${item.new.id}: `) + wordsOf(item.words, paint))
  }

  section(lines, 'Narrative', narrative.added.length + narrative.removed.length + narrative.reworded.length, paint)
  for (const item of narrative.added) lines.push(paint('green', `  + paragraph in ${where(item)}: ${item.text}`))
  for (const item of narrative.removed) lines.push(paint('red', `  - paragraph in ${where(item)}: ${item.text}`))
  for (const item of narrative.reworded) lines.push(`${paint('yellow', `  ~ paragraph in ${where(item)}: `)}${words(item, paint)}`)

  section(lines, 'Claims', claims.added.length + claims.removed.length + claims.changed.length, paint)
  for (const claim of claims.added) lines.push(paint('green', `  + claim ${claim.id} (${claim.kind}, ${claim.evidence}, cites ${claim.cites.join(' ')}): ${collapse(claim.text)}`))
  for (const claim of claims.removed) lines.push(paint('red', `  - claim ${claim.id}: ${collapse(claim.text)}`))
  for (const change of claims.changed) {
    lines.push(paint('yellow', `  ~ claim ${change.id}`))
    if (change.text) lines.push(`      text: ${words(change.text, paint)}`)
    if (change.kind) lines.push(`      kind: ${value(change.kind)}`)
    if (change.evidence) lines.push(`      evidence: ${value(change.evidence)}`)
    if (change.cites) lines.push(`      cites: ${list(change.cites)}`)
    if (change.requires) lines.push(`      requires: ${list(change.requires)}`)
    if (change.section) lines.push(`      section: ${value(change.section)}`)
  }

  const disclaimerCount = disclaimers.added.length + disclaimers.removed.length + disclaimers.changed.length + disclaimers.placed.length + disclaimers.unplaced.length
  section(lines, 'Disclaimers', disclaimerCount, paint)
  for (const disclaimer of disclaimers.added) lines.push(paint('green', `  + disclaimer ${disclaimer.id} (${disclaimer.kind}, ${disclaimer.placement}): ${collapse(disclaimer.text)}`))
  for (const disclaimer of disclaimers.removed) lines.push(paint('red', `  - disclaimer ${disclaimer.id}: ${collapse(disclaimer.text)}`))
  for (const change of disclaimers.changed) {
    lines.push(paint('yellow', `  ~ disclaimer ${change.id}`))
    if (change.title) lines.push(`      title: ${words(change.title, paint)}`)
    if (change.text) lines.push(`      text: ${words(change.text, paint)}`)
    if (change.kind) lines.push(`      kind: ${value(change.kind)}`)
    if (change.placement) lines.push(`      placement: ${value(change.placement)}`)
  }
  for (const placement of disclaimers.placed) lines.push(paint('green', `  + placed ${placement.disclaimer} in section ${placement.section}`))
  for (const placement of disclaimers.unplaced) lines.push(paint('red', `  - placed ${placement.disclaimer} in section ${placement.section}`))

  section(lines, 'References', references.added.length + references.removed.length + references.changed.length, paint)
  for (const reference of references.added) lines.push(paint('green', `  + reference ${reference.id}: ${reference.title}`))
  for (const reference of references.removed) lines.push(paint('red', `  - reference ${reference.id}: ${reference.title}`))
  for (const change of references.changed) {
    lines.push(paint('yellow', `  ~ reference ${change.id}`))
    for (const [field, fieldChange] of Object.entries(change.fields)) {
      lines.push(`      ${field}: ${JSON.stringify(fieldChange.old)} → ${JSON.stringify(fieldChange.new)}`)
    }
  }

  const total = countChanges(diff)
  lines.push('')
  lines.push(total === 0 ? paint('green', 'No changes that need review.') : paint('bold', `${total} ${total === 1 ? 'change needs' : 'changes need'} review.`))
  return `${lines.join('\n')}\n`
}

function section(lines: string[], title: string, count: number, paint: Paint): void {
  lines.push('')
  lines.push(paint('underline', `${title}: ${count === 0 ? 'no changes' : `${count} changed`}`))
}

function words(change: TextChange, paint: Paint): string {
  return wordsOf(change.words, paint)
}

function wordsOf(text: string, paint: Paint): string {
  return text.replace(/\[-([\s\S]*?)-\]|\{\+([\s\S]*?)\+\}/g, (match, removed: string | undefined) =>
    removed === undefined ? paint('green', match) : paint('red', match),
  )
}

function headingText(item: Heading): string {
  return `${'#'.repeat(item.depth)} ${item.title} (${item.id}${item.parent === undefined ? '' : `, in ${item.parent}`})`
}

function where(item: Pick<Paragraph, 'section'>): string {
  return item.section === null ? 'the introduction' : `section ${item.section}`
}

function value(change: ValueChange<string>): string {
  return `${change.old} → ${change.new}`
}

function list(change: ListChange): string {
  return [...change.added.map((id) => `+${id}`), ...change.removed.map((id) => `-${id}`)].join(' ')
}

import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node.js'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { claimKinds, evidenceGrades } from '../schema/claim.js'
import { cursorContext, type AttributeContext, type FrontmatterContext } from './cursor.js'
import { describeClaim, describeDisclaimer, describeReference, frontmatterKeys, referenceLine } from './describe.js'
import { spanRange } from './convert.js'
import type { DocumentIndex, IndexedEntry } from './types.js'

const claimAttributes = [
  { name: 'kind', insert: 'kind=', detail: 'what the claim says' },
  { name: 'evidence', insert: 'evidence=', detail: 'how strong the evidence is' },
  { name: 'cite', insert: 'cite="$1"', detail: 'space-separated reference ids' },
  { name: 'requires', insert: 'requires="$1"', detail: 'extra disclaimer ids' },
  { name: 'ref', insert: 'ref=', detail: 'reuse a claim defined in this page' },
]

function entryItems(entries: readonly IndexedEntry[], kind: CompletionItemKind, describe: (entry: IndexedEntry) => string, detail: (entry: IndexedEntry) => string): CompletionItem[] {
  return entries.map((entry) => ({
    label: entry.id,
    kind,
    detail: detail(entry),
    documentation: { kind: MarkupKind.Markdown, value: describe(entry) },
  }))
}

function attributeItems(context: AttributeContext, index: DocumentIndex | undefined): CompletionItem[] {
  if (!context.inValue) {
    if (context.directive === 'disclaimer') return context.present.includes('ref') ? [] : [{ label: 'ref', kind: CompletionItemKind.Property, insertText: 'ref=', detail: 'the disclaimer to place' }]
    const others = context.present.filter((name) => name !== context.attribute)
    // A reuse takes `ref` alone; a definition everything but `ref`.
    if (others.includes('ref')) return []
    return claimAttributes
      .filter((attribute) => (attribute.name === 'ref' ? others.length === 0 : !others.includes(attribute.name)))
      .map((attribute) => ({ label: attribute.name, kind: CompletionItemKind.Property, insertText: attribute.insert, insertTextFormat: InsertTextFormat.Snippet, detail: attribute.detail }))
  }
  const fresh = (items: CompletionItem[]): CompletionItem[] => items.filter((item) => !context.siblings.includes(item.label))
  switch (context.directive === 'disclaimer' ? `disclaimer:${context.attribute ?? ''}` : context.attribute) {
    case 'kind':
      return claimKinds.map((kind) => ({ label: kind, kind: CompletionItemKind.EnumMember }))
    case 'evidence':
      return evidenceGrades.map((grade) => ({ label: grade, kind: CompletionItemKind.EnumMember }))
    case 'cite':
      return fresh(entryItems(index?.references ?? [], CompletionItemKind.Reference, describeReference, referenceLine))
    case 'requires':
    case 'disclaimer:ref':
      return fresh(entryItems(index?.disclaimers ?? [], CompletionItemKind.Reference, describeDisclaimer, (entry) => String(entry.fields['title'] ?? '')))
    case 'ref':
      return (index?.claims ?? []).map((claim) => ({
        label: claim.id,
        kind: CompletionItemKind.Reference,
        detail: claim.text.length > 80 ? `${claim.text.slice(0, 77)}...` : claim.text,
        documentation: { kind: MarkupKind.Markdown, value: describeClaim(claim, index?.references ?? [], index?.disclaimers ?? []) },
      }))
    default:
      return []
  }
}

function frontmatterItems(context: FrontmatterContext): CompletionItem[] {
  const keys = frontmatterKeys(context.list)
  if (context.key !== undefined) {
    const values = keys.find((key) => key.key === context.key)?.values ?? []
    return values.map((value) => ({ label: value, kind: CompletionItemKind.EnumMember }))
  }
  return keys
    .filter((key) => !context.present.includes(key.key))
    .map((key) => ({
      label: key.key,
      kind: CompletionItemKind.Property,
      detail: key.required ? 'required' : 'optional',
      documentation: { kind: MarkupKind.Markdown, value: key.markdown },
      insertText: `${key.key}: `,
    }))
}

/**
 * Completion at a cursor: reference ids (with titles) in `cite="..."`, disclaimer ids in
 * `requires="..."` and `::disclaimer{ref=...}`, claim ids in `::claim{ref=...}`, the values of
 * `kind=` and `evidence=`, attribute names, and frontmatter keys and enum values.
 *
 * @param document The document as the editor holds it now.
 * @param offset The cursor.
 * @param index The latest index of the document, if any.
 * @param snippets Whether the client takes snippets (`cite="$1"`); without, plain text.
 * @returns Completion items, each replacing the word at the cursor.
 */
export function complete(document: TextDocument, offset: number, index: DocumentIndex | undefined, snippets: boolean): CompletionItem[] {
  const context = cursorContext(document.getText(), offset)
  if (context === undefined) return []
  const items = context.type === 'attribute' ? attributeItems(context, index) : frontmatterItems(context)
  const range = spanRange(document, context.word.span)
  return items.map((item, position) => {
    const { insertText, insertTextFormat, ...rest } = item
    const snippet = insertTextFormat === InsertTextFormat.Snippet
    const newText = snippet && !snippets ? (insertText ?? item.label).replace('$1', '') : (insertText ?? item.label)
    const completion: CompletionItem = { ...rest, sortText: String(position).padStart(4, '0'), filterText: item.label, textEdit: { range, newText } }
    if (snippet && snippets) completion.insertTextFormat = InsertTextFormat.Snippet
    return completion
  })
}

import { parse, preprocess } from 'micromark'
import { directive } from 'micromark-extension-directive'
import { frontmatter } from 'micromark-extension-frontmatter'
import type { Event, Extension, Token, TokenizeContext } from 'micromark-util-types'
import { isInlineMarkup, type ScanContext } from './prescan-context.js'

/**
 * The syntax a text is parsed with: a content file (`parseContent`: CommonMark, YAML
 * frontmatter and directives), or plain CommonMark (how the renderers parse disclaimer text).
 */
export type MarkdownSyntax = 'content' | 'commonmark'

const extensions: Record<MarkdownSyntax, Extension[]> = {
  content: [frontmatter(['yaml']), directive()],
  commonmark: [],
}

/** One inline context: the chunks micromark tokenizes together as text (a paragraph, a heading, a label). */
type InlineContext = Token[]

/**
 * Every inline context of a text, found from micromark's own block-level tokens: the text
 * chunks of each paragraph, heading and directive label, linked the way micromark links them
 * before it tokenizes their inline content. Only the block level runs (the document, flow and
 * directive container tokenizers), which the body limits keep linear; the inline level, whose
 * cost grows with the markup in one context, does not run at all.
 *
 * @param text The text as micromark is given it.
 * @param syntax The syntax it is parsed with.
 * @param visit Called with each inline context, in source order of its first chunk.
 */
function inlineContexts(text: string, syntax: MarkdownSyntax, visit: (context: InlineContext) => void): void {
  const seen = new Set<TokenizeContext>()
  const walk = (events: readonly Event[]): void => {
    for (const [kind, token, context] of events) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: an exit event holds the token of an enter event: reading a context twice counts it the same
      if (kind !== 'enter') continue
      const flow = token._tokenizer
      if (flow !== undefined) {
        // Every chunk of one flow shares its tokenizer: read its tokens once.
        // Stryker disable next-line ConditionalExpression: reading a flow again finds the same contexts (the set only saves the time)
        if (!seen.has(flow)) {
          seen.add(flow)
          walk(flow.events)
        }
        continue
      }
      // Only the first chunk of a linked run starts a context.
      // Stryker disable next-line ConditionalExpression: a run read from a later chunk is a tail of the run read from its first chunk, which comes first and counts at least as much
      if (token.previous !== undefined) continue
      if (token.contentType === 'text' || token.contentType === 'content') {
        const chunks: Token[] = []
        for (let chunk: Token | undefined = token; chunk !== undefined; chunk = chunk.next) chunks.push(chunk)
        visit(chunks)
      } else if (token.contentType === 'document') {
        walk(subdocument(token, context))
      }
    }
  }
  walk(parse({ extensions: extensions[syntax] }).document().write(preprocess()(text, undefined, true)))
}

/**
 * Whether a line opens a directive container, by micromark's own container construct run on
 * the line alone: a fence of three or more colons, a name, an optional label and attributes,
 * then only spaces or tabs. Whether such a line opens one does not depend on the lines around
 * it, except that inside code or HTML it opens nothing (the scan then counts one too many).
 *
 * @param line The line from its first colon to its end (no line ending).
 * @returns True when micromark opens a container there.
 */
export function opensDirectiveContainer(line: string): boolean {
  const events = parse({ extensions: [directive()] }).document().write(preprocess()(line, undefined, true))
  for (const [kind, token] of events) {
    if (kind !== 'enter' || token._tokenizer === undefined) continue
    return token._tokenizer.events.some(([inner, innerToken]) => inner === 'enter' && innerToken.type === 'directiveContainer' && innerToken.start.offset === 0)
  }
  return false
}

/**
 * Tokenize the content of a directive container as the document it is to micromark (what
 * `micromark-util-subtokenize` does with a `document` chunk): its linked chunks written in
 * order into a document tokenizer of the same parser.
 *
 * @param first The first chunk of the content.
 * @param context The tokenizer that made the chunk.
 * @returns The content's block-level events.
 */
function subdocument(first: Token, context: TokenizeContext): Event[] {
  const tokenizer = context.parser.document(first.start)
  // Stryker disable next-line ArrayDeclaration: the loop assigns it at least once (from the first chunk)
  let events: Event[] = []
  for (let chunk: Token | undefined = first; chunk !== undefined; chunk = chunk.next) {
    const stream = context.sliceStream(chunk)
    if (chunk.next === undefined) stream.push(null)
    if (chunk !== first) tokenizer.defineSkip(chunk.start)
    events = tokenizer.write(stream)
  }
  return events
}

/**
 * The exact inline markup check: count `maxInlineMarkup` characters per inline context, as
 * micromark splits the text into paragraphs, headings and labels, and report the first
 * context over the limit. Runs only when the line scan found a run of lines between blank
 * lines over the limit, and only once every limit that bounds micromark's block level holds.
 *
 * @param context The scan context (its source is the text micromark is given).
 * @param syntax The syntax the text is parsed with.
 */
export function checkInlineContexts(context: ScanContext, syntax: MarkdownSyntax): void {
  const { source, limits } = context
  inlineContexts(source, syntax, (chunks) => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: `exceed` keeps the first diagnostic of a limit; this only stops counting after it
    if (context.found.has('maxInlineMarkup')) return
    let markup = 0
    for (const chunk of chunks) {
      const end = chunk.end.offset
      // Stryker disable next-line UnaryOperator: only a previous `]` (93) matters, which neither -1 nor 1 is
      let previous = -1
      for (let index = chunk.start.offset; index < end; index++) {
        const code = source.charCodeAt(index)
        if (isInlineMarkup(code, previous)) {
          markup++
          if (markup > limits.maxInlineMarkup) {
            context.exceed('maxInlineMarkup', `${markup} inline markup characters (\`*\`, \`_\`, brackets, \`<\`, backticks, braces) in one paragraph, heading or label`, index, index + 1)
            return
          }
        }
        previous = code
      }
    }
  })
}

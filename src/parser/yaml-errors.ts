import { isCollection, isScalar, visit, type Document, type YAMLError } from 'yaml'

/** A YAML syntax error as the parser reports it: a message and a range of the YAML text. */
export interface YamlErrorReport {
  message: string
  start: number
  end: number
}

/**
 * Describe the first YAML syntax error. yaml reports an unclosed quote or bracket where it
 * gave up (often the end of the frontmatter); this points at the opening quote or bracket
 * instead, which is where the author has to look.
 *
 * @param document The YAML document with errors.
 * @param error The error to describe.
 * @returns Message and range.
 */
export function describeYamlError(document: Document, error: YAMLError): YamlErrorReport {
  const [at, until] = error.pos
  const plain = { message: `Unexpected YAML syntax: ${error.message.split('\n')[0] ?? error.code}`, start: at, end: until }
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    let opening: number | undefined
    visit(document, {
      Scalar(_key, node) {
        const range = node.range
        if (range === undefined || range === null) return
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range[0] < at && range[1] >= at) opening = range[0]
      },
    })
    if (opening !== undefined) {
      const quote = error.message.includes("'") ? "'" : '"'
      return { message: `Unexpected unclosed \`${quote}\` string, expected a closing \`${quote}\``, start: opening, end: opening + 1 }
    }
  }
  if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(error.message)) {
    let opening: number | undefined
    visit(document, (_key, node) => {
      if (!isCollection(node) || isScalar(node) || node.flow !== true) return
      const range = node.range
      if (range !== undefined && range !== null && range[0] < at) opening = Math.max(opening ?? -1, range[0])
    })
    if (opening !== undefined) {
      const close = error.message.startsWith('Flow sequence') ? ']' : '}'
      const open = close === ']' ? '[' : '{'
      return { message: `Unexpected unclosed \`${open}\`, expected a closing \`${close}\``, start: opening, end: opening + 1 }
    }
  }
  return plain
}

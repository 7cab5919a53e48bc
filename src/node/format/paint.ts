import { styleText } from 'node:util'

/** Text styles used by the stylish and diff outputs. */
export type Style = 'red' | 'yellow' | 'green' | 'blue' | 'dim' | 'bold' | 'underline'

/** Applies a style to a string, or returns it unchanged when colour is off. */
export type Paint = (style: Style, text: string) => string

/**
 * A painter: ANSI styles when `color` is true, the text unchanged otherwise.
 *
 * @param color Whether to colour.
 * @returns A paint function.
 */
export function painter(color: boolean): Paint {
  if (!color) return (_style, text) => text
  return (style, text) => styleText(style === 'dim' ? 'gray' : style, text, { validateStream: false })
}

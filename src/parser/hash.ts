import { sha256Hex } from '../util/sha256.js'

/**
 * Content hash of a source text: `sha256-` and the hex SHA-256 of the text with every line
 * ending (CRLF, CR) turned into LF and a leading byte order mark removed, so a checkout on
 * Windows hashes the same as on Linux.
 *
 * @param source The source text.
 * @returns `sha256-<64 hex digits>`.
 */
export function contentHash(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const normalised = text.includes('\r') ? text.replaceAll(/\r\n?/g, '\n') : text
  return `sha256-${sha256Hex(normalised)}`
}

import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

// Node's own SHA-256 (native, about 10x faster on a page) where the runtime offers it without
// an import, so bundles for browsers hold no `node:` module; @noble/hashes everywhere else.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | typeof import('node:crypto')
  | undefined

/**
 * Hex SHA-256 of the UTF-8 bytes of a string (lone surrogates encoded as U+FFFD), with
 * @noble/hashes, in any runtime.
 *
 * @param text Any string.
 * @returns 64 lowercase hex digits.
 */
export function portableSha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}

/**
 * Hex SHA-256 of the UTF-8 bytes of a string: the same digest as {@link portableSha256Hex},
 * from Node's `crypto` when the runtime has `process.getBuiltinModule`.
 *
 * @param text Any string.
 * @returns 64 lowercase hex digits.
 */
export const sha256Hex: (text: string) => string =
  nodeCrypto === undefined
    ? portableSha256Hex
    : typeof nodeCrypto.hash === 'function'
      ? // One-shot `crypto.hash` (Node 20.12+): no Hash object per call.
        (text) => nodeCrypto.hash('sha256', text, 'hex')
      : (text) => nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex')

import { pathToFileURL } from 'node:url'

// Defined by Node in the CommonJS build only.
declare const __dirname: string | undefined

/**
 * Location of the parse worker emitted next to this module by the build: `node-worker.cjs`
 * beside `node.cjs`, `node-worker.js` beside `node.js`.
 *
 * @returns The worker file URL.
 */
export function workerUrl(): URL {
  if (typeof __dirname === 'string') return new URL('node-worker.cjs', pathToFileURL(`${__dirname}/`))
  return new URL('node-worker.js', import.meta.url)
}

/**
 * Location of the parse worker emitted next to this module by the build: `node-worker.js`
 * beside `node.js` and its chunks. The CommonJS entries load the same ESM files, so there is
 * one worker file for both.
 *
 * @returns The worker file URL.
 */
export function workerUrl(): URL {
  return new URL('node-worker.js', import.meta.url)
}

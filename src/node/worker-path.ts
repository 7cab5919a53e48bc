/**
 * Location of the parse worker emitted next to this module by the build: `node-worker.js`
 * beside `node.js` (and its chunks), `node-worker.cjs` beside `node.cjs`. The CommonJS build
 * gets `import.meta.url` from the bundler's shim.
 *
 * @returns The worker file URL.
 */
export function workerUrl(): URL {
  const moduleUrl = import.meta.url
  return new URL(moduleUrl.endsWith('.cjs') ? 'node-worker.cjs' : 'node-worker.js', moduleUrl)
}

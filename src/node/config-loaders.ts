import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { errorMessage, InputError } from './errors.js'

/**
 * Reads one kind of config file into its raw value (validated afterwards).
 *
 * @param path Absolute path of the file.
 * @param text Its content, already read (a FIFO or a folder is refused before any loader runs).
 * @returns The config value: the parsed JSON, or the module's default export.
 */
export type ConfigLoader = (path: string, text: string) => Promise<unknown>

function defaultExport(module: unknown, path: string): unknown {
  if (typeof module !== 'object' || module === null || !('default' in module)) {
    throw new InputError(`Invalid config file ${path}: missing default export, expected \`export default defineConfig({ ... })\` (or \`module.exports = { ... }\`)`)
  }
  return (module as { default: unknown }).default
}

async function loadModule(path: string, text: string): Promise<unknown> {
  // Keyed on the content: a module is loaded once per URL, so an edited config (watch mode, a
  // long-lived process) would otherwise never be seen again.
  const version = createHash('sha256').update(text).digest('hex').slice(0, 16)
  let module: unknown
  try {
    module = await import(`${pathToFileURL(path).href}?content=${version}`)
  } catch (error) {
    throw new InputError(`Cannot load config file ${path}: ${errorMessage(error)}`)
  }
  return defaultExport(module, path)
}

async function loadJson(path: string, text: string): Promise<unknown> {
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new InputError(`Invalid JSON in config file ${path}: ${errorMessage(error)}`)
  }
}

/**
 * A TypeScript config, through jiti (loaded only here, on the first `.ts`, `.mts` or `.cts`
 * config): it compiles TypeScript in-process on Node 20, with no build step, no loader hooks
 * registered for the rest of the process and no native binary, as ESLint, Nuxt and Tailwind
 * load theirs. Its module cache is off, so an edited config is read again.
 */
async function loadTypeScript(path: string): Promise<unknown> {
  let module: unknown
  try {
    const { createJiti } = await import('jiti')
    const jiti = createJiti(pathToFileURL(path).href, { moduleCache: false, interopDefault: false })
    module = await jiti.import(path)
  } catch (error) {
    throw new InputError(`Cannot load config file ${path}: ${errorMessage(error)}`)
  }
  // `module.exports = { ... }` (a `.cts` config written as CommonJS) is the config itself;
  // ES module syntax, compiled to CommonJS, is marked `__esModule` and needs a default export.
  const compiled = typeof module === 'object' && module !== null && (module as { __esModule?: unknown }).__esModule === true
  if (!compiled && typeof module === 'object' && module !== null && !('default' in module)) return module
  return defaultExport(module, path)
}

/**
 * How each config file extension is read: the one place a new format plugs in (with one more
 * name in `configFileNames`). A name with any other extension given to `--config` is read as
 * JSON.
 */
export const configLoaders = {
  '.json': loadJson,
  '.js': loadModule,
  '.mjs': loadModule,
  '.cjs': loadModule,
  '.ts': loadTypeScript,
  '.mts': loadTypeScript,
  '.cts': loadTypeScript,
} as const satisfies Readonly<Record<string, ConfigLoader>>

/**
 * The loader for a config file name.
 *
 * @param extension The file's extension, e.g. `.ts`.
 * @returns Its loader (JSON for an unknown extension).
 */
export function loaderFor(extension: string): ConfigLoader {
  return Object.hasOwn(configLoaders, extension) ? configLoaders[extension as keyof typeof configLoaders] : configLoaders['.json']
}

import { resolve } from 'node:path'
import { loadConfig } from '../../node/config.js'
import { toJsonSchema } from '../../schema/json-schema.js'
import { parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import type { CliIo } from '../io.js'
import { writeResult } from '../output.js'

/** Usage text of `exosome-content schema`. */
export const schemaUsage = `Usage: exosome-content schema [options]

Print the JSON Schema (draft 2020-12) of the content frontmatter, for editors such as
yaml-language-server, with the site's own keys when the config has a frontmatter
extension.

Options:
  -c, --config <file>   config file (default: found from the working directory upward)
      --for <file>      the schema of this page: with the extension of the overrides
                        that match it (default: the config's base extension)
  -o, --output <file>   write the schema to a file instead of stdout
  -h, --help            show this help
`

/**
 * Run `exosome-content schema`.
 *
 * @param argv Arguments after `schema`.
 * @param io CLI I/O.
 * @returns The exit code.
 */
export async function runSchema(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { config: { type: 'string', short: 'c' }, for: { type: 'string' }, output: { type: 'string', short: 'o' } }, schemaUsage)
  if (values.help === true) {
    io.stdout.write(schemaUsage)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0] ?? ''}\`, expected none`, schemaUsage)
  const config = await loadConfig(io.cwd, values.config)
  const { extend } = values.for === undefined ? config.frontmatter : config.forFile(resolve(io.cwd, values.for)).frontmatter
  writeResult(io, `${JSON.stringify(toJsonSchema({ extend }), null, 2)}\n`, values.output)
  return 0
}

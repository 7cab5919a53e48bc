import { toJsonSchema } from '../../schema/json-schema.js'
import { parseCommandArgs } from '../args.js'
import { UsageError } from '../errors.js'
import type { CliIo } from '../io.js'
import { writeResult } from '../output.js'

/** Usage text of `exosome-content schema`. */
export const schemaUsage = `Usage: exosome-content schema [-o file]

Print the JSON Schema (draft 2020-12) of the content frontmatter, for editors such as
yaml-language-server.

Options:
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
  const { values, positionals } = parseCommandArgs(argv, { output: { type: 'string', short: 'o' } }, schemaUsage)
  if (values.help === true) {
    io.stdout.write(schemaUsage)
    return 0
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument \`${positionals[0] ?? ''}\`, expected none`, schemaUsage)
  writeResult(io, `${JSON.stringify(toJsonSchema(), null, 2)}\n`, values.output)
  return 0
}

import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './errors.js'

/** Options of one command, in `node:util` `parseArgs` form. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>

/** `--help` / `-h`, accepted by every command. */
type HelpOption = { help: { type: 'boolean'; short: 'h' } }

/** Result of {@link parseCommandArgs}: typed values and the positionals. */
export type ParsedCommandArgs<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & HelpOption; strict: true; allowPositionals: true }>
>

/**
 * Parse a command's arguments strictly: unknown flags and missing values are usage errors.
 *
 * @param argv Arguments after the command name.
 * @param options The command's options (`help` is added).
 * @param usage Usage text shown with any error.
 * @returns Parsed values and positionals.
 */
export function parseCommandArgs<O extends OptionsConfig>(argv: string[], options: O, usage: string): ParsedCommandArgs<O> {
  try {
    const help: HelpOption = { help: { type: 'boolean', short: 'h' } }
    return parseArgs({ args: argv, options: { ...options, ...help }, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage)
  }
}

/**
 * Read a non-negative integer flag value.
 *
 * @param value Raw flag value, if given.
 * @param flag Flag name for the error message.
 * @param usage Usage text shown with an error.
 * @returns The number, or undefined when the flag was not given.
 */
export function integerFlag(value: string | undefined, flag: string, usage: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) {
    throw new UsageError(`Unexpected value \`${value}\` for --${flag}, expected a non-negative integer`, usage)
  }
  return Number(value)
}

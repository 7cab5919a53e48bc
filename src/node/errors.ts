/**
 * A problem with what a check was given rather than with the content: a path that matches
 * nothing, a file that cannot be read (missing, not a regular file, a symbolic link loop),
 * an invalid config file or CI shard summary. The CLI prints the message and exits with 2.
 */
export class InputError extends Error {
  override name = 'InputError'
}

/**
 * The message of any thrown value, for one-line error output.
 *
 * @param error What was thrown.
 * @returns A readable message.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const systemReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ELOOP: 'too many levels of symbolic links (a symbolic link loop)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
}

/**
 * A file-system error as a short reason, without a stack or the raw syscall text.
 *
 * @param error What `fs` threw.
 * @returns E.g. `no such file or directory`.
 */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code !== undefined && Object.hasOwn(systemReasons, code)) return systemReasons[code] as string
  return errorMessage(error)
}

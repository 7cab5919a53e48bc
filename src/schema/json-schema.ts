import { z } from 'zod'
import { frontmatterSchema } from './frontmatter.js'

/**
 * JSON Schema (draft 2020-12) of the frontmatter, for editors (yaml-language-server) and
 * other tooling.
 *
 * @returns A plain JSON-serialisable schema object.
 */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frontmatterSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })
  return {
    ...schema,
    $id: 'https://unpkg.com/exosome-content/schema/frontmatter.schema.json',
    title: 'exosome-content frontmatter',
  }
}

/** Generated sets of content files for the CLI tests: variants of the CLI fixtures. */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8')

/**
 * Write `count` pages into `dir`: most valid with their own claim id, some sharing a claim id
 * with different text (claim-id-stable), some with warnings, some with errors.
 *
 * @param dir Target folder.
 * @param count Number of files.
 * @returns The file names written.
 */
export function writeCorpus(dir: string, count: number): string[] {
  const valid = read('valid.md')
  const warning = read('warning.md')
  const invalid = read('invalid.md')
  const names: string[] = []
  for (let index = 0; index < count; index++) {
    const name = `page-${String(index).padStart(4, '0')}.md`
    let text: string
    if (index % 17 === 5) text = invalid
    else if (index % 11 === 3) text = warning.replace('none-approved', `claim-${index}`)
    else if (index % 7 === 2) text = valid.replace('none-approved', `shared-${index % 3}`).replace('any exosome product', `any exosome product (page ${index})`)
    else text = valid.replace('none-approved', `claim-${index}`)
    writeFileSync(path.join(dir, name), text.replace('id: sample-page', `id: page-${index}`))
    names.push(name)
  }
  return names
}

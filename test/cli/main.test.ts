/** The CLI run in-process through `main(argv, io)`: dispatch, help, usage errors, each command. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { root, sink, tempDir, testNow } from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

async function run(argv: string[], cwd = fixtures) {
  const stdout = sink()
  const stderr = sink()
  const code = await main(argv, { stdout, stderr, cwd, env: { EXOSOME_CONTENT_NOW: testNow } })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

function project(files: string[]): string {
  const dir = tempDir()
  for (const file of files) copyFileSync(path.join(fixtures, file), path.join(dir, file))
  return dir
}

describe('main', () => {
  it('prints the usage for --help and on stderr with exit 2 without a command', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: exosome-content <command>/)
    const bare = await run([])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(/^Usage: exosome-content <command>/)
  })

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('rejects an unknown command with the usage', async () => {
    const result = await run(['lint'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unknown command `lint`, expected one of build, check, diff, lsp, render, schema, init')
    expect(result.stderr).toContain('Usage: exosome-content <command>')
  })

  it.each(['build', 'check', 'diff', 'render', 'schema', 'init'])('%s: --help prints its usage, an unknown flag is exit 2 with it', async (command) => {
    const help = await run([command, '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout.startsWith(`Usage: exosome-content ${command}`)).toBe(true)
    expect((await run(['help', command])).stdout).toBe(help.stdout)
    const bad = await run([command, '--no-such-flag'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("Unknown option '--no-such-flag'")
    expect(bad.stderr).toContain(`Usage: exosome-content ${command}`)
  })
})

describe('check', { timeout: 60_000 }, () => {
  it('exits 0 for a clean file and 1 with positions and rule ids for a bad one', async () => {
    expect(await run(['check', 'valid.md'])).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' })
    const bad = await run(['check', 'invalid.md'])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/^invalid\.md\n/)
    expect(bad.stdout).toMatch(/ {2}14:11 +error +Unexpected `2020-02-30`.* +frontmatter-invalid\n/)
    expect(bad.stdout).toMatch(/ {2}27:10 +error +Unexpected cure claim `cure`.* +overclaim-wording\n/)
    expect(bad.stdout).toMatch(/✖ \d+ problems \(\d+ errors, 0 warnings\)\n$/)
  })

  it('passes warnings unless --max-warnings is exceeded; --quiet hides them', async () => {
    const warned = await run(['check', 'warning.md'])
    expect(warned.code).toBe(0)
    expect(warned.stdout).toContain('16:5  warning  Unexpected unused reference `fda-health-fraud`')
    const strict = await run(['check', 'warning.md', '--max-warnings', '0'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toContain('too many warnings (maximum: 0)')
    expect((await run(['check', 'warning.md', '--max-warnings', '1'])).code).toBe(0)
    expect(await run(['check', 'warning.md', '--quiet', '--max-warnings', '0'])).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' })
  })

  it('checks the built-in overview when given no path', async () => {
    const result = await run(['check', '--format', 'json'], tempDir())
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: unknown[] }>
    expect(report).toHaveLength(1)
    expect(report[0]?.file).toBe(path.join(root, 'content', 'exosome-therapy.md').split(path.sep).join('/'))
    expect(report[0]?.diagnostics).toEqual([])
  })

  it('expands a directory and runs the cross-document checks', async () => {
    const dir = project(['valid.md', 'reworded.md'])
    const result = await run(['check', '.', '--format', 'json'], dir)
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string; place: { start: { line: number } } }> }>
    expect(report.map((entry) => entry.file)).toEqual(['reworded.md', 'valid.md'])
    expect(report[1]?.diagnostics.map((d) => [d.ruleId, d.place.start.line])).toEqual([['claim-id-stable', 22]])
    // The same with two workers: results do not depend on which worker parsed which file.
    expect((await run(['check', '.', '--format', 'json', '--workers', '2'], dir)).stdout).toBe(result.stdout)
  })

  it('exits 2 for a missing file, a bad format and a bad number', async () => {
    const missing = await run(['check', 'missing.md'])
    expect(missing).toMatchObject({ code: 2, stdout: '' })
    expect(missing.stderr).toContain('Cannot read missing.md: no such file or directory')
    expect((await run(['check', '-f', 'xml', 'valid.md'])).stderr).toContain('Unexpected format `xml`')
    expect((await run(['check', '--max-warnings', 'many', 'valid.md'])).code).toBe(2)
    expect((await run(['check', '--workers', '0', 'valid.md'])).stderr).toContain('Unexpected --workers 0, expected at least 1')
  })

  it('reads the nearest config file, and --config', async () => {
    const dir = project(['warning.md'])
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ rules: { 'reference-unused': 'error' } }))
    const strict = await run(['check', 'warning.md'], dir)
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('16:5  error  Unexpected unused reference')
    writeFileSync(path.join(dir, 'off.json'), JSON.stringify({ rules: { 'reference-unused': 'off' } }))
    expect(await run(['check', 'warning.md', '--config', 'off.json'], dir)).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' })
  })

  it('exits 2 with a clear message for a bad config', async () => {
    const dir = project(['valid.md'])
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ rules: { 'review-stale': 'sometimes' } }))
    const result = await run(['check', 'valid.md'], dir)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(`Invalid config file ${path.join(dir, 'exosome-content.config.json')}`)
    expect(result.stderr).toContain('rules.review-stale')
  })

  it('writes the report to --output', async () => {
    const dir = project(['invalid.md'])
    const result = await run(['check', 'invalid.md', '-f', 'json', '-o', 'out/report.json'], dir)
    expect(result).toMatchObject({ code: 1, stdout: '' })
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')) as Array<{ file: string }>
    expect(report[0]?.file).toBe('invalid.md')
  })
})

describe('check --cache', { timeout: 90_000 }, () => {
  it('re-parses exactly the changed files, and every file when the policy changes', async () => {
    const dir = project(['valid.md', 'reworded.md', 'warning.md'])
    const check = () => run(['check', '.', '--cache', '--debug', '-f', 'json'], dir)
    const cold = await check()
    expect(cold.stderr).toBe('exosome-content: 3 files, 3 parsed, 0 from cache\n')
    const warm = await check()
    expect(warm.stderr).toBe('exosome-content: 3 files, 0 parsed, 3 from cache\n')
    // Same report, including the cross-document claim-id-stable error, from the cache.
    expect(warm.stdout).toBe(cold.stdout)
    expect(warm.code).toBe(1)
    expect(warm.stdout).toContain('claim-id-stable')

    writeFileSync(path.join(dir, 'reworded.md'), readFileSync(path.join(dir, 'valid.md'), 'utf8').replace('id: sample-page', 'id: other-page'))
    const edited = await check()
    expect(edited.stderr).toBe('exosome-content: 3 files, 1 parsed, 2 from cache\n')
    expect(edited.code).toBe(0)
    expect(edited.stdout).not.toContain('claim-id-stable')

    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ rules: { 'reference-unused': 'error' } }))
    const policyChanged = await check()
    expect(policyChanged.stderr).toBe('exosome-content: 3 files, 3 parsed, 0 from cache\n')
    expect(policyChanged.code).toBe(1)
    expect((await check()).stderr).toBe('exosome-content: 3 files, 0 parsed, 3 from cache\n')
  })

  it('ignores a corrupt cache file and honours --cache-location', async () => {
    const dir = project(['valid.md'])
    writeFileSync(path.join(dir, 'my-cache.json'), '{"format":1,"entries":{"broken"')
    const first = await run(['check', 'valid.md', '--cache-location', 'my-cache.json', '--debug'], dir)
    expect(first.code).toBe(0)
    expect(first.stderr).toBe('exosome-content: 1 files, 1 parsed, 0 from cache\n')
    const second = await run(['check', 'valid.md', '--cache-location', 'my-cache.json', '--debug'], dir)
    expect(second.stderr).toBe('exosome-content: 1 files, 0 parsed, 1 from cache\n')
  })

  it('shows the current display path for cached results', async () => {
    const dir = project(['warning.md'])
    mkdirSync(path.join(dir, 'sub'))
    const args = ['check', '--cache-location', path.join(dir, 'cache.json'), '--debug', '-f', 'json']
    await run([...args, 'warning.md'], dir)
    const fromSub = await run([...args, '../warning.md'], path.join(dir, 'sub'))
    expect(fromSub.stderr).toBe('exosome-content: 1 files, 0 parsed, 1 from cache\n')
    const report = JSON.parse(fromSub.stdout) as Array<{ file: string; diagnostics: Array<{ file: string }> }>
    // Outside the working directory a file is shown by absolute path, and so are its cached diagnostics.
    const shown = path.join(dir, 'warning.md').split(path.sep).join('/')
    expect(report[0]?.file).toBe(shown)
    expect(report[0]?.diagnostics.map((d) => d.file)).toEqual([shown])
  })
})

describe('diff', () => {
  it('exits 1 with a word diff when a claim was reworded', async () => {
    const result = await run(['diff', 'valid.md', 'reworded.md'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('  ~ claim none-approved\n      text: The FDA has not {+yet +}approved any exosome product {+for any use+}.')
    expect(result.stdout).toContain('1 change needs review.')
  })

  it('shows a changed title and an added narrative paragraph, in text and JSON', async () => {
    const dir = project(['valid.md'])
    const changed = readFileSync(path.join(dir, 'valid.md'), 'utf8')
      .replace('title: Sample page', 'title: Sample page, revised')
      .replace('# Sample page', '# Sample page, revised')
      .replace(':::claim{', 'Book now, exosomes are a miracle!\n\n:::claim{')
    writeFileSync(path.join(dir, 'changed.md'), changed)
    const text = await run(['diff', 'valid.md', 'changed.md'], dir)
    expect(text.code).toBe(1)
    expect(text.stdout).toContain('Document: 1 changed\n  ~ title: Sample page{+, revised+}\n')
    expect(text.stdout).toContain('Narrative: 1 changed\n  + paragraph in section regulation: Book now, exosomes are a miracle!\n')
    expect(text.stdout).toContain('2 changes need review.')
    const json = JSON.parse((await run(['diff', '-f', 'json', 'valid.md', 'changed.md'], dir)).stdout) as Record<string, unknown>
    expect(json).toMatchObject({
      changes: 2,
      document: { title: { old: 'Sample page', new: 'Sample page, revised' } },
      headings: { added: [], removed: [], renamed: [] },
      narrative: { added: [{ section: 'regulation', text: 'Book now, exosomes are a miracle!' }], removed: [], reworded: [] },
    })
  })

  it('exits 0 when nothing needs review', async () => {
    const result = await run(['diff', 'valid.md', 'valid.md'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('No changes that need review.')
  })

  it('prints JSON with both hashes', async () => {
    const result = await run(['diff', '-f', 'json', 'valid.md', 'warning.md'])
    expect(result.code).toBe(1)
    const diff = JSON.parse(result.stdout) as { old: { hash: string }; new: { hash: string }; changes: number; references: { added: Array<{ id: string }> } }
    expect(diff.old.hash).toMatch(/^sha256-[0-9a-f]{64}$/)
    expect(diff.old.hash).not.toBe(diff.new.hash)
    expect(diff.changes).toBe(1)
    expect(diff.references.added.map((reference) => reference.id)).toEqual(['fda-health-fraud'])
  })

  it('exits 2 with the diagnostics when a file does not parse, and on a wrong argument count', async () => {
    const result = await run(['diff', 'valid.md', 'invalid.md'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Cannot diff invalid.md: it does not parse')
    expect(result.stderr).toContain('invalid.md:14:11-14:21: error frontmatter-invalid')
    expect((await run(['diff', 'valid.md'])).code).toBe(2)
  })
})

describe('schema', () => {
  it('prints the frontmatter JSON Schema, or writes it with -o', async () => {
    const result = await run(['schema'])
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout) as { $id: string; properties: Record<string, unknown> }
    expect(schema.$id).toMatch(/frontmatter\.schema\.json$/)
    expect(Object.keys(schema.properties)).toContain('references')
    const dir = tempDir()
    expect((await run(['schema', '-o', 'schema.json'], dir)).stdout).toBe('')
    expect(JSON.parse(readFileSync(path.join(dir, 'schema.json'), 'utf8'))).toEqual(schema)
    expect((await run(['schema', 'extra'])).code).toBe(2)
  })
})

describe('render', () => {
  it('renders the built-in overview as text by default', async () => {
    const result = await run(['render'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Exosome therapy: what it is and what to know')
    expect(result.stdout).toContain('Not approved by the FDA')
  })

  it('renders a file as json, jsonld, html and markdown', async () => {
    const json = JSON.parse((await run(['render', 'valid.md', '-f', 'json'])).stdout) as { id: string; claims: Record<string, unknown> }
    expect(json.id).toBe('sample-page')
    expect(Object.keys(json.claims)).toEqual(['none-approved'])
    const jsonLd = JSON.parse((await run(['render', 'valid.md', '-f', 'jsonld'])).stdout) as Record<string, unknown>
    expect(jsonLd['@context']).toBe('https://schema.org')
    expect((await run(['render', 'valid.md', '-f', 'html'])).stdout).toContain('data-claim-id="none-approved"')
    expect((await run(['render', 'valid.md', '-f', 'md'])).stdout).toContain(':::claim{#none-approved')
  })

  it('renders one section, and exits 2 for an unknown one', async () => {
    const section = await run(['render', 'valid.md', '--section', 'regulation', '-f', 'json'])
    expect(JSON.parse(section.stdout)).toMatchObject({ id: 'regulation', claims: ['none-approved'] })
    const unknown = await run(['render', 'valid.md', '--section', 'nope'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unexpected section `nope`, expected one of regulation')
  })

  it('refuses to render a file with errors', async () => {
    const result = await run(['render', 'invalid.md'])
    expect(result).toMatchObject({ code: 1, stdout: '' })
    expect(result.stderr).toContain('Cannot render invalid.md: it has errors')
    expect(result.stderr).toContain('invalid.md:27:10-27:14: error overclaim-wording')
  })
})

describe('terminal output', { timeout: 90_000 }, () => {
  async function runTty(argv: string[], cwd: string, env: Record<string, string>) {
    const stdout = sink(true)
    const stderr = sink(true)
    const code = await main(argv, { stdout, stderr, cwd, env: { EXOSOME_CONTENT_NOW: testNow, ...env } })
    return { code, stdout: stdout.text(), stderr: stderr.text() }
  }

  it('colours stylish output on a TTY unless NO_COLOR is set', async () => {
    const coloured = await runTty(['check', 'invalid.md'], fixtures, {})
    expect(coloured.stdout).toContain('\u001b[31merror')
    const plain = await runTty(['check', 'invalid.md'], fixtures, { NO_COLOR: '1' })
    expect(plain.stdout).not.toContain('\u001b[')
    expect(plain.code).toBe(1)
  })

  it('shows a progress line on a TTY stderr for more than 20 files', async () => {
    const dir = tempDir()
    const source = readFileSync(path.join(fixtures, 'valid.md'), 'utf8')
    for (let index = 0; index < 21; index++) writeFileSync(path.join(dir, `page-${index}.md`), source.replace('none-approved', `claim-${index}`))
    const result = await runTty(['check', '.'], dir, { NO_COLOR: '1' })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('✔ 21 files checked, no problems\n')
    expect(result.stderr).toContain('\rChecking 21/21 files')
    expect(result.stderr.endsWith('\r\u001b[K')).toBe(true)
    const quiet = await run(['check', '.'], dir)
    expect(quiet.stderr).toBe('')
  })
})

import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'

function sink(): { write: (chunk: string) => boolean; text: () => string } {
  const chunks: string[] = []
  return { write: (chunk) => chunks.push(chunk) > 0, text: () => chunks.join('') }
}

describe('exosome-content lsp', () => {
  it('is listed in the usage', async () => {
    const stdout = sink()
    expect(await main(['--help'], { stdout, stderr: sink() })).toBe(0)
    expect(stdout.text()).toContain('lsp --stdio')
  })

  it('prints its help', async () => {
    const stdout = sink()
    expect(await main(['lsp', '--help'], { stdout, stderr: sink() })).toBe(0)
    expect(stdout.text()).toContain('Usage: exosome-content lsp --stdio')
    expect(stdout.text()).toContain('docs/editors.md')
  })

  it.each([
    [[], 'Missing --stdio'],
    [['--socket', '3000'], "Unknown option '--socket'"],
    [['--stdio', 'extra'], 'Unexpected argument `extra`'],
  ])('refuses %j with exit code 2 and the usage', async (argv, message) => {
    const stderr = sink()
    expect(await main(['lsp', ...argv], { stdout: sink(), stderr })).toBe(2)
    expect(stderr.text()).toContain(message)
    expect(stderr.text()).toContain('Usage: exosome-content lsp --stdio')
  })
})

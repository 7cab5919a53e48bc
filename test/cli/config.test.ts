import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findConfigFile, loadConfig } from '../../src/node/config.js'
import { InputError } from '../../src/node/errors.js'
import { tempDir } from './helpers.js'

describe('config', () => {
  it('finds the nearest config file from the working directory upward', async () => {
    const dir = tempDir()
    const nested = path.join(dir, 'a', 'b')
    mkdirSync(nested, { recursive: true })
    writeFileSync(path.join(dir, 'exosome-content.config.json'), JSON.stringify({ $schema: './x.json', rules: { 'review-stale': 'off' } }))
    expect(findConfigFile(nested)).toBe(path.join(dir, 'exosome-content.config.json'))
    const config = await loadConfig(nested)
    expect(config.policy).toEqual({ rules: { 'review-stale': 'off' } })
  })

  it('loads a .mjs config through its default export', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'exosome-content.config.mjs'), "export default { rules: { 'reference-unused': 'error' } }\n")
    expect((await loadConfig(dir)).policy).toEqual({ rules: { 'reference-unused': 'error' } })
  })

  it('uses --config over the lookup and returns an empty policy when there is none', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'custom.json'), JSON.stringify({ extends: 'none' }))
    expect((await loadConfig(dir, 'custom.json')).policy).toEqual({ extends: 'none' })
    const empty = tempDir()
    expect(findConfigFile(empty)).toBeUndefined()
  })

  it.each([
    ['invalid JSON', '{ "rules": ', /Invalid JSON in config file .*custom\.json/],
    ['a wrong level', JSON.stringify({ rules: { 'review-stale': 'loud' } }), /rules\.review-stale/],
    ['an unknown rule', JSON.stringify({ rules: { 'no-such-rule': 'error' } }), /unknown rule `no-such-rule`/],
    ['an unknown key', JSON.stringify({ rulez: {} }), /rulez/],
    ['an array', '[]', /expected an object/],
  ])('rejects %s with a clear InputError', async (_name, text, message) => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'custom.json'), text)
    const error = await loadConfig(dir, 'custom.json').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(message)
  })

  it('rejects a missing --config file', async () => {
    await expect(loadConfig(tempDir(), 'nope.json')).rejects.toThrow(/Cannot read config file .*nope\.json/)
  })
})

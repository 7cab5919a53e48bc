/** The language server's options: the day its date rules measure from. */
import { describe, expect, it } from 'vitest'
import { defaultServerOptions, resolveServerOptions } from '../../src/lsp/options.js'

describe('resolveServerOptions: now', () => {
  it('defaults to the current day at each check', () => {
    expect(defaultServerOptions.now).toBe('')
    expect(resolveServerOptions(undefined, undefined, () => {}).now).toBe('')
  })

  it('takes an ISO date from the embedder or the client', () => {
    expect(resolveServerOptions({ now: '2026-12-01' }, undefined, () => {}).now).toBe('2026-12-01')
    expect(resolveServerOptions(undefined, { exosomeContent: { now: '2027-01-31' } }, () => {}).now).toBe('2027-01-31')
  })

  it('refuses anything else: a TypeError for the embedder, a warning for the client', () => {
    expect(() => resolveServerOptions({ now: 'tomorrow' }, undefined, () => {})).toThrow(/now: Expected an ISO date/)
    const warnings: string[] = []
    expect(resolveServerOptions(undefined, { now: '12/01/2026' }, (message) => warnings.push(message)).now).toBe('')
    expect(warnings.join('\n')).toMatch(/Ignoring invalid initializationOptions: now/)
  })
})

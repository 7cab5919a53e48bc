/**
 * examples/ci/exosome-content-shards.yml: the matrix and merge jobs' commands, run locally
 * with the built CLI for each shard, report what one whole run reports.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { writeCorpus } from './corpus.js'
import { root, tempDir } from './helpers.js'

const bin = path.join(root, 'bin', 'exosome-content.js')
const workflow = parse(readFileSync(path.join(root, 'examples', 'ci', 'exosome-content-shards.yml'), 'utf8')) as {
  jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }>
}

function run(command: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  // The workflow's `npx exosome-content` is the package's bin: run the built one.
  const line = command.replace(/^npx exosome-content /, '')
  const args = line.split(/\s+/)
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, EXOSOME_CONTENT_NOW: '2026-11-29' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const annotations = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('::')).sort()

describe('examples/ci/exosome-content-shards.yml', { timeout: 120_000 }, () => {
  const check = workflow.jobs['check']
  const merge = workflow.jobs['merge']

  it('has 4 shards with a cache per shard, and a merge job after them', () => {
    expect(check?.strategy?.matrix.shard).toEqual([1, 2, 3, 4])
    const cache = check?.steps.find((step) => step.uses === 'actions/cache@v4')
    expect(cache?.with?.['key']).toContain('${{ matrix.shard }}')
    expect(cache?.with?.['path']).toBe('.exosome-content-cache')
    expect(merge?.needs).toBe('check')
  })

  it('its commands, run for each shard and then merged, give one run\'s annotations', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'content'))
    writeCorpus(path.join(dir, 'content'), 40)
    const shardCommand = check?.steps.find((step) => step.run?.includes('--shard'))?.run ?? ''
    const mergeCommand = merge?.steps.find((step) => step.run?.includes('--merge'))?.run ?? ''
    const found: string[] = []
    for (const shard of check?.strategy?.matrix.shard ?? []) {
      const result = run(shardCommand.replaceAll('${{ matrix.shard }}', String(shard)), dir)
      expect(result.code === 0 || result.code === 1).toBe(true)
      found.push(...annotations(result.stdout))
    }
    const merged = run(mergeCommand, dir)
    expect(merged.code).toBe(1)
    found.push(...annotations(merged.stdout))
    const whole = run('npx exosome-content check content --format github', dir)
    expect(found.sort()).toEqual(annotations(whole.stdout))
    expect(found.some((line) => line.includes('title=claim-id-stable'))).toBe(true)
    // The second run of a shard reads its cache.
    const again = run(`${shardCommand.replaceAll('${{ matrix.shard }}', '1')} --debug`, dir)
    expect(again.stderr).toMatch(/0 parsed, \d+ from cache/)
  })
})

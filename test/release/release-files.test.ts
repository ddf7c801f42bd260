/** What a Marketplace listing and a release need: action.yml's metadata, and a README that links what exists. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { main } from '../../src/cli/main.js'
import { ROOT } from '../helpers/git-repo.js'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

describe('release files', () => {
  it('action.yml has what the Marketplace asks: a name, a description under 125 characters, branding', () => {
    const action = parse(read('action.yml')) as {
      name: string
      description: string
      branding: { icon: string; color: string }
    }
    expect(action.name).toBe('Model Gate: ML model version check')
    expect(action.description.length).toBeLessThan(125)
    // the colors GitHub's branding accepts
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding.color,
    )
    expect(action.branding.icon).toBe('shield')
  })

  it("the CLI's --version is package.json's version, in process as in the bundles", async () => {
    let out = ''
    const code = await main(['--version'], { out: (t) => (out += t), err: (t) => (out += t) })
    expect({ code, out }).toEqual({
      code: 0,
      out: `model-gate ${JSON.parse(read('package.json')).version}\n`,
    })
  })

  it('LICENSE is the MIT license package.json names', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /)
  })

  it('the README links LICENSE, SECURITY.md, CHANGELOG.md and CONTRIBUTING.md, and every local link resolves', () => {
    // links in prose only: code blocks and code spans hold regular expressions and globs that look like links
    const readme = read('README.md')
      .replace(/^\s*```[\s\S]*?^\s*```/gm, '')
      .replace(/`[^`\n]*`/g, '')
    const local = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((target) => !/^[a-z]+:/.test(target))
    for (const file of ['LICENSE', 'SECURITY.md', 'CHANGELOG.md', 'CONTRIBUTING.md'])
      expect(local).toContain(file)
    expect(local.filter((target) => !existsSync(join(ROOT, target)))).toEqual([])
    // the picture slot holds the rendered demo comment, and the file is there
    expect(local).toContain('docs/comment.png')
  })

  it('the README keeps its two quick-start commands', () => {
    const readme = read('README.md')
    expect(readme).toContain('\nnpm ci && npm run demo ')
    expect(readme).toContain('\nnpm ci && npm test ')
  })

  it('CHANGELOG.md is in the Keep a Changelog shape, with an Unreleased section first', () => {
    const changelog = read('CHANGELOG.md')
    expect(changelog.startsWith('# Changelog\n')).toBe(true)
    const sections = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1])
    expect(sections[0]).toBe('Unreleased')
    for (const version of sections.slice(1)) expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/)
  })
})

import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { readFileSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { wantsColor } from '../../src/cli/output.js'
import { copyRepo, makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { manifest } from '../helpers/fixtures.js'

const POLICY = `defaults: {warn: 1%, fail: 2%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
require: [accuracy]
`

describe('model-gate check over real git', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = makeRepo()
    repo.commit('production', {
      '.github/model-gate.yml': POLICY,
      'models/churn/model.yaml': manifest(
        'churn',
        '3.0.0',
        '  accuracy: 0.912\n  latency_ms: 40\n',
        'hyperparameters: {lr: 0.05}\n',
      ),
      'models/fraud/model.yaml': manifest('fraud', '1.4.0', '  accuracy: 0.98\n'),
    })
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    expect((await runCli(repo.dir, ['promote', 'models/fraud/model.yaml'])).code).toBe(0)
    repo.git('checkout', '--quiet', '-b', 'feature')
    repo.commit('retrain', {
      // the pull request tries to loosen its own gate: ignored, the policy comes from the base
      '.github/model-gate.yml': 'defaults: {warn: 50%, fail: 90%}\n',
      'models/churn/model.yaml': manifest(
        'churn',
        '3.1.0',
        '  accuracy: 0.89\n  latency_ms: 39\n',
        'hyperparameters: {lr: 0.08}\n',
      ),
      'models/fraud/model.yaml': manifest('fraud', '1.5.0', '  accuracy: 0.981\n'),
      'models/ranker/model.yaml': manifest('ranker', '0.1.0', '  accuracy: 0.9\n'),
      'models/broken/model.yaml': 'name: broken\nversion: 1.0.0\nmetrics:\n  accuracy: .nan\n',
      'README.md': 'not a manifest\n',
    })
  })
  afterAll(() => repo.remove())

  it('reports every changed manifest, policy from the base, and exits 1 on a failure', async () => {
    const r = await runCli(repo.dir, ['check', '--base', 'main', '--head', 'feature'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    // the promotions ran moments ago: their times are the clock's, in the form people read
    const when = /\d{4}-\d\d-\d\d \d\d:\d\d UTC \((just now|\d+ minutes? ago)\)/g
    expect(r.stdout.replace(when, '<when>')).toBe(`Model Gate: failed
4 models checked: 2 failed, 1 passed, 1 new.
Policy: .github/model-gate.yml

Proposed policy: 5 loosened
  This pull request changes .github/model-gate.yml. This check still uses the policy in force (.github/model-gate.yml); loosening a rule is a warning.
  defaults: warn 1% -> 50%, looser
  defaults: fail 2% -> 90%, looser
  metrics.accuracy: fail 0.01 -> 90%, looser (changed kind: which is wider depends on the baseline value)
  metrics.accuracy: min 0.85 -> none, looser
  require: accuracy required -> not required, looser

[FAIL] models/broken/model.yaml: invalid  (models/broken/model.yaml)
  error: models/broken/model.yaml:4:13: number NaN is not finite

[FAIL] churn 3.0.0 -> 3.1.0: failed (1 metric)  (models/churn/model.yaml)
  production from model-registry: promoted by Test Author <when>
  metric      production  candidate  delta   delta %  verdict   rule
  accuracy    0.912       0.89       -0.022  -2.41%   fail      higher is better; warn 1%, fail 0.01, min 0.85
  latency_ms  40          39         -1      -2.50%   improved  lower is better (inferred); warn 1%, fail 2%
  what changed:
    hyperparameters.lr: 0.05 -> 0.08

[PASS] fraud 1.4.0 -> 1.5.0: passed  (models/fraud/model.yaml)
  production from model-registry: promoted by Test Author <when>
  metric    production  candidate  delta   delta %  verdict   rule
  accuracy  0.98        0.981      +0.001  +0.10%   improved  higher is better; warn 1%, fail 0.01, min 0.85

[NEW] ranker 0.1.0: new  (models/ranker/model.yaml)
  metric    production  candidate  delta  delta %  verdict  rule
  accuracy  -           0.9        -      -        new      higher is better; warn 1%, fail 0.01, min 0.85
`)
  })

  it('defaults --head to HEAD and --base to main, and writes JSON for machines', async () => {
    const r = await runCli(repo.dir, ['check', '--format', 'json'])
    const json = JSON.parse(r.stdout) as { verdict: string; models: { name: string; verdict: string }[] }
    expect(r.code).toBe(1)
    expect(json.models.map((m) => [m.name, m.verdict])).toEqual([
      ['models/broken/model.yaml', 'fail'],
      ['churn', 'fail'],
      ['fraud', 'pass'],
      ['ranker', 'pass'],
    ])
  })

  it('writes the markdown report to --markdown FILE, and prints the text report without colour when piped', async () => {
    const file = join(repo.dir, '..', `${basename(repo.dir)}-comment.md`)
    try {
      const r = await runCli(repo.dir, ['check', '--markdown', file])
      expect(r.code).toBe(1)
      expect(r.stdout).toMatch(/^Model Gate: failed\n/)
      expect(r.stdout).not.toContain('\u001b[')
      const md = readFileSync(file, 'utf8')
      expect(md).toMatch(/^## ❌ Model Gate: failed\n/)
      expect(md).toContain('<details><summary>Trend: accuracy</summary>')
      expect(md).toContain('  x-axis ["3.0.0", "3.1.0 (candidate)"]')
      expect(md).toContain('| 🆕 ranker | `0.1.0` | none (new model) | new |')
    } finally {
      rmSync(file, { force: true })
    }
  })

  it('colours the text report only for a terminal that wants it', () => {
    expect(wantsColor(true, {})).toBe(true)
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false)
    expect(wantsColor(true, { NO_COLOR: '' })).toBe(true)
    expect(wantsColor(false, {})).toBe(false)
    expect(wantsColor(undefined, {})).toBe(false)
  })

  it('compares with the manifest at the base commit with --registry base', async () => {
    const r = await runCli(repo.dir, ['check', '--registry', 'base', '--manifests', 'models/fraud/*.yaml'])
    expect([r.code, r.stdout.split('\n').slice(0, 2)]).toEqual([
      0,
      // the branch also loosens the policy: a warning
      ['Model Gate: passed with warnings', '1 model checked: 1 passed.'],
    ])
  })

  it('exits 0 when the only problems are warnings', async () => {
    const r = await runCli(repo.dir, ['check', '--manifests', '**/ranker/model.yaml'])
    // the branch loosens the policy: a warning, and exit 0
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, 'Model Gate: passed with warnings'])
  })

  it('exits 2 on a usage error or an unreadable repository', async () => {
    expect(await runCli(repo.dir, ['check', '--base', 'no-such-ref'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "model-gate: unknown revision 'no-such-ref'\nRun 'model-gate --help' for usage.\n",
    })
    expect((await runCli(repo.dir, ['check', '--format', 'yaml'])).stderr).toBe(
      "model-gate: --format must be one of text, markdown, json, not 'yaml'\nRun 'model-gate --help' for usage.\n",
    )
    // git is asked for both commits while the check's code loads; its usage errors still come first, and
    // the unknown revisions, asked already, are not reported (nor left unhandled)
    for (const bundle of [false, true])
      expect(
        await runCli(repo.dir, ['check', 'extra', '--head', 'nope', '--base', 'nope'], {}, { bundle }),
      ).toEqual({
        code: 2,
        stdout: '',
        stderr: "model-gate: check takes no arguments (got 'extra')\nRun 'model-gate --help' for usage.\n",
      })
    // a manifest glob that does not compile: a usage error, as the action's input is, before git is asked
    for (const bundle of [false, true])
      expect(await runCli(repo.dir, ['check', '--manifests', 'models/{a'], {}, { bundle })).toEqual({
        code: 2,
        stdout: '',
        stderr:
          "model-gate: --manifests is not a valid glob ('models/{a'): Invalid regular expression: " +
          'Missing closing: "}" - use "\\\\}" to match literal characters\n' +
          "Run 'model-gate --help' for usage.\n",
      })
    // an unknown head is reported before an unknown base
    expect((await runCli(repo.dir, ['check', '--head', 'nope-head', '--base', 'nope-base'])).stderr).toBe(
      "model-gate: unknown revision 'nope-head'\nRun 'model-gate --help' for usage.\n",
    )
    const outside = makeRepo()
    outside.remove()
    expect((await runCli('/', ['check', '-C', outside.dir])).code).toBe(2)
    expect((await runCli(repo.dir, ['frobnicate'])).code).toBe(2)
  })
})

/**
 * A repository of the running test's own (removed when the test finishes), a copy of a template no test
 * writes to: a few milliseconds, where rebuilding the same state would run git and the CLI again.
 */
function copyForTest(template: TestRepo): TestRepo {
  const repo = copyRepo(template)
  onTestFinished(() => repo.remove())
  return repo
}

const registryHead = (repo: TestRepo) => repo.git('rev-parse', 'refs/heads/model-registry')

describe('registry commands over real git', () => {
  // churn's story on the registry branch, told once, with a template kept at each step a test starts from.
  // A test that may write (promote, roll back, leave a stray file) works on a copy of its step, one that only
  // reads (the history) on the template itself: no test sees another's leftovers, alone or in any order.
  const at = {} as Record<'v1' | 'promotedV1' | 'promotedV3' | 'rolledBackToV1', TestRepo>
  beforeAll(async () => {
    const story = makeRepo()
    at.rolledBackToV1 = story
    // main has churn 1.0.0 (commit 'v1'); no registry branch yet
    story.commit('v1', { 'models/churn/model.yaml': manifest('churn', '1.0.0', '  accuracy: 0.90\n') })
    at.v1 = copyRepo(story)
    // then 1.0.0 promoted: one commit on model-registry
    expect((await runCli(story.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    at.promotedV1 = copyRepo(story)
    // then 2.0.0 and 3.0.0 committed ('v2', 'v3') and promoted in that order: three commits on model-registry
    story.commit('v2', { 'models/churn/model.yaml': manifest('churn', '2.0.0', '  accuracy: 0.91\n') })
    story.commit('v3', { 'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.92\n') })
    expect((await runCli(story.dir, ['promote', 'HEAD~1:models/churn/model.yaml'])).code).toBe(0)
    expect((await runCli(story.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    at.promotedV3 = copyRepo(story)
    // then rolled back to 2.0.0, and from there to 1.0.0 for a data bug: production is 1.0.0 again
    expect((await runCli(story.dir, ['rollback', 'churn', '--reason', 'p95 latency doubled'])).code).toBe(0)
    const back = ['rollback', 'churn', '--to', '1.0.0', '--reason', 'data bug since 2.0.0']
    expect((await runCli(story.dir, back)).code).toBe(0)
  })
  afterAll(() => Object.values(at).forEach((template) => template.remove()))

  it('promote writes the registry branch as commits, never touching HEAD, the index or the work tree', async () => {
    const repo = copyForTest(at.v1)
    const head = repo.git('rev-parse', 'HEAD')
    repo.write({ 'scratch.txt': 'uncommitted work\n' })
    const r = await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^promoted churn 1\.0\.0 \(model-registry [0-9a-f]{12}\)\n$/)
    expect(repo.git('rev-parse', 'HEAD')).toBe(head)
    expect(repo.git('symbolic-ref', 'HEAD')).toBe('refs/heads/main')
    expect(repo.git('status', '--porcelain')).toBe('?? scratch.txt')
    expect(repo.git('ls-tree', '-r', '--name-only', 'model-registry')).toBe('registry/churn.json')
    const entry = JSON.parse(repo.git('show', 'model-registry:registry/churn.json'))
    expect(entry.production).toMatchObject({
      version: '1.0.0',
      commit: head,
      actor: 'Test Author',
      path: 'models/churn/model.yaml',
    })
    expect(entry.production.manifest).toEqual({ name: 'churn', version: '1.0.0', metrics: { accuracy: 0.9 } })
  })

  it('refuses to promote a work-tree file that differs from HEAD, since the commit would not be its source', async () => {
    const repo = copyForTest(at.promotedV1)
    const before = registryHead(repo)
    repo.write({ 'models/churn/model.yaml': manifest('churn', '1.0.1', '  accuracy: 0.5\n') })
    expect(await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "model-gate: models/churn/model.yaml differs from HEAD: commit it first, or promote REF:models/churn/model.yaml\nRun 'model-gate --help' for usage.\n",
    })
    expect(registryHead(repo)).toBe(before)
  })

  it('promoting the same version from the same commit again writes nothing', async () => {
    const repo = copyForTest(at.promotedV1)
    const before = registryHead(repo)
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).stdout).toBe(
      'already production: churn 1.0.0\n',
    )
    expect(registryHead(repo)).toBe(before)
  })

  it('promotes from REF:path and keeps an append-only history', async () => {
    const repo = copyForTest(at.promotedV1)
    repo.commit('v2', { 'models/churn/model.yaml': manifest('churn', '2.0.0', '  accuracy: 0.91\n') })
    repo.commit('v3', { 'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.92\n') })
    expect((await runCli(repo.dir, ['promote', 'HEAD~1:models/churn/model.yaml'])).code).toBe(0)
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    expect(repo.git('rev-list', '--count', 'model-registry')).toBe('3')
    const r = await runCli(repo.dir, ['history', 'churn', '--format', 'json'])
    expect(JSON.parse(r.stdout).history.map((e: { version: string }) => e.version)).toEqual([
      '1.0.0',
      '2.0.0',
      '3.0.0',
    ])
  })

  it('rolls back to the previous version by default, and to an explicit one', async () => {
    const repo = copyForTest(at.promotedV3)
    const r = await runCli(repo.dir, ['rollback', 'churn', '--reason', 'p95 latency doubled'])
    expect(r.stdout).toMatch(/^rolled back churn: 3\.0\.0 -> 2\.0\.0 \(model-registry [0-9a-f]{12}\)\n$/)
    const r2 = await runCli(repo.dir, [
      'rollback',
      'churn',
      '--to',
      '1.0.0',
      '--reason',
      'data bug since 2.0.0',
    ])
    expect(r2.stdout).toMatch(/^rolled back churn: 2\.0\.0 -> 1\.0\.0 /)
    const entry = JSON.parse(repo.git('show', 'model-registry:registry/churn.json'))
    expect(entry.production).toMatchObject({ version: '1.0.0', event: 'rollback' })
    expect(entry.history.map((e: { type: string; version: string }) => `${e.type} ${e.version}`)).toEqual([
      'promote 1.0.0',
      'promote 2.0.0',
      'promote 3.0.0',
      'rollback 2.0.0',
      'rollback 1.0.0',
    ])
  })

  it('refuses an unknown version or a missing reason, leaving the registry untouched', async () => {
    const repo = copyForTest(at.rolledBackToV1)
    const before = registryHead(repo)
    expect(await runCli(repo.dir, ['rollback', 'churn', '--to', '9.9.9', '--reason', 'x'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "model-gate: version '9.9.9' of 'churn' was never production (known: 1.0.0, 2.0.0, 3.0.0)\n",
    })
    expect((await runCli(repo.dir, ['rollback', 'churn'])).stderr).toBe(
      "model-gate: rollback needs --reason TEXT: the history records why\nRun 'model-gate --help' for usage.\n",
    )
    expect((await runCli(repo.dir, ['rollback', 'nope', '--reason', 'x'])).stderr).toBe(
      "model-gate: model 'nope' has no production version to roll back\n",
    )
    expect(registryHead(repo)).toBe(before)
  })

  it('prints the history as a table', async () => {
    const repo = at.rolledBackToV1
    const r = await runCli(repo.dir, ['history', 'churn'])
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(
      /^churn: production 1\.0\.0 since \d{4}-\d\d-\d\d \d\d:\d\d UTC \([^)]+\); rolled back by Test Author$/,
    )
    expect(lines[1]).toMatch(/^at\s+event\s+version\s+actor\s+commit\s+pr\s+reason$/)
    expect(lines.slice(2).map((l) => l.split(/\s{2,}/).slice(1, 3))).toEqual([
      ['promote', '1.0.0'],
      ['promote', '2.0.0'],
      ['promote', '3.0.0'],
      ['rollback', '3.0.0 -> 2.0.0'],
      ['rollback', '2.0.0 -> 1.0.0'],
    ])
    expect(lines[6]).toMatch(/data bug since 2\.0\.0$/)
  })

  it('prints the history as markdown: the trend charts, then every event', async () => {
    const repo = at.rolledBackToV1
    const r = await runCli(repo.dir, ['history', 'churn', '--format', 'markdown'])
    expect([r.code, r.stderr]).toEqual([0, ''])
    expect(r.stdout).toMatch(
      /^## churn: production history\n\nProduction is `1\.0\.0` since \d{4}-\d\d-\d\d \d\d:\d\d UTC \([^)]+\); rolled back by Test Author\.\n\n### Trend\n\n```mermaid\n/,
    )
    // no policy: the metric production reports, every production version in order (a version that comes
    // back marked), the threshold the built-in fail 1% from today's production (0.9)
    expect(r.stdout).toContain('  title "accuracy: fails below 0.891"')
    expect(r.stdout).toContain('  x-axis ["1.0.0", "2.0.0", "3.0.0", "2.0.0 ↩", "1.0.0 ↩"]')
    expect(r.stdout).toContain('  line [0.9, 0.91, 0.92, 0.91, 0.9]')
    expect(r.stdout).toMatch(
      /\| rollback \| `2\.0\.0` → `1\.0\.0` \| Test Author \| `[0-9a-f]{12}` \| \| data bug since 2\.0\.0 \|\n$/,
    )
  })

  it('a registry entry that does not parse is an error with file:line, and is never overwritten', async () => {
    const damaged = makeRepo()
    try {
      damaged.commit('m', {
        'models/a/model.yaml': manifest('a', '1.0.0', '  accuracy: 0.9\n'),
        'models/b/model.yaml': manifest('b', '1.0.0', '  accuracy: 0.9\n'),
      })
      // a hand-made registry branch with a damaged entry for a
      const bad = damaged.gitInput(
        '{"schema": 1, "name": "a", "history": [\n',
        'hash-object',
        '-w',
        '--stdin',
      )
      const dir = damaged.gitInput(`100644 blob ${bad}\ta.json\n`, 'mktree')
      const root = damaged.gitInput(`040000 tree ${dir}\tregistry\n`, 'mktree')
      const commit = damaged.git('commit-tree', root, '-m', 'damaged')
      damaged.git('update-ref', 'refs/heads/model-registry', commit)
      damaged.git('checkout', '--quiet', '-b', 'feature')
      damaged.commit('both', {
        'models/a/model.yaml': manifest('a', '1.1.0', '  accuracy: 0.9\n'),
        'models/b/model.yaml': manifest('b', '1.1.0', '  accuracy: 0.9\n'),
      })
      const r = await runCli(damaged.dir, ['check'])
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        '[FAIL] a: invalid  (models/a/model.yaml)\n  error: model-registry:registry/a.json:2:1: invalid JSON: Unexpected end of JSON input',
      )
      expect(r.stdout).toContain('[NEW] b 1.1.0: new  (models/b/model.yaml)')
      const p = await runCli(damaged.dir, ['promote', 'models/a/model.yaml'])
      expect(p.code).toBe(1)
      expect(p.stderr).toMatch(/^model-gate: model-registry:registry\/a\.json:2:1: invalid JSON: /)
      expect(damaged.git('rev-parse', 'refs/heads/model-registry')).toBe(commit)
    } finally {
      damaged.remove()
    }
  })
})

describe('the policy itself', () => {
  // Each test checks out a branch of its own and commits to it, on a copy of one of these templates.
  const at = {} as Record<'broken' | 'fixed', TestRepo>
  beforeAll(() => {
    const repo = makeRepo()
    at.fixed = repo
    // main has a policy that does not parse, and model a 1.0.0
    repo.commit('broken policy', {
      '.github/model-gate.yml': 'defaults: {fail: 1 percent}\n',
      'models/a/model.yaml': 'name: a\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n',
    })
    at.broken = copyRepo(repo)
    // then the branch fix-policy (the first test's pull request) fixes the policy, and changes nothing else
    repo.git('checkout', '--quiet', '-b', 'fix-policy', 'main')
    repo.commit('fix', { '.github/model-gate.yml': 'defaults: {fail: 1%}\n' })
  })
  afterAll(() => Object.values(at).forEach((template) => template.remove()))

  it('a broken policy on the base does not block the pull request that fixes it, and says why', async () => {
    const repo = copyForTest(at.broken)
    repo.git('checkout', '--quiet', '-b', 'fix-policy', 'main')
    repo.commit('fix', { '.github/model-gate.yml': 'defaults: {fail: 1%}\n' })
    const r = await runCli(repo.dir, ['check', '--base', 'main', '--head', 'fix-policy'])
    expect(r).toEqual({
      code: 0,
      stderr: '',
      // the pull request changes the policy, so it is checked: the fix resolves as the built-in defaults in force
      stdout: `Model Gate: passed
No model manifest changed.
error: .github/model-gate.yml:1:12: defaults.fail '1 percent' is not a percentage like '1%' or '0.5%', nor an absolute number

Proposed policy: the file changed, no rule did
  This pull request changes .github/model-gate.yml. This check still uses the policy in force (built-in defaults); loosening a rule is a warning.
`,
    })
  })

  it('a broken policy on the base fails a pull request that changes a model, with the reason', async () => {
    const repo = copyForTest(at.broken)
    repo.git('checkout', '--quiet', '-b', 'model-change', 'main')
    repo.commit('model', { 'models/a/model.yaml': 'name: a\nversion: 1.1.0\nmetrics: {accuracy: 0.95}\n' })
    const r = await runCli(repo.dir, [
      'check',
      '--base',
      'main',
      '--head',
      'model-change',
      '--registry',
      'base',
    ])
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'Model Gate: failed',
      '1 model checked: 1 passed.',
      "error: .github/model-gate.yml:1:12: defaults.fail '1 percent' is not a percentage like '1%' or '0.5%', nor an absolute number",
      'Policy: .github/model-gate.yml (invalid: built-in defaults used)',
    ])
  })

  it('a pull request that proposes a broken policy fails, even with no model change', async () => {
    const repo = copyForTest(at.fixed)
    repo.git('checkout', '--quiet', '-b', 'break-again', 'fix-policy')
    repo.commit('typo', { '.github/model-gate.yml': 'defaults: {fial: 1%}\n' })
    const r = await runCli(repo.dir, ['check', '--base', 'fix-policy', '--head', 'break-again'])
    expect([r.code, r.stdout.split('\n').slice(0, 3)]).toEqual([
      1,
      [
        'Model Gate: failed',
        'No model manifest changed.',
        "error: .github/model-gate.yml:1:12: unknown key 'fial' in defaults (did you mean 'fail'?)",
      ],
    ])
  })

  it('with --registry base, a model declared again at a new path is still compared with itself', async () => {
    const repo = copyForTest(at.fixed)
    repo.git('checkout', '--quiet', '-b', 'move', 'fix-policy')
    repo.git('rm', '--quiet', 'models/a/model.yaml')
    repo.commit('a new home for a, regressed', {
      'models/a2/model.yaml': 'name: a\nversion: 1.1.0\ndescription: moved\nmetrics: {accuracy: 0.5}\n',
    })
    const r = await runCli(repo.dir, [
      'check',
      '--base',
      'fix-policy',
      '--head',
      'move',
      '--registry',
      'base',
      '--format',
      'json',
    ])
    const json = JSON.parse(r.stdout)
    expect(
      json.models.map((m: { name: string; status: string; production_version: string | null }) => [
        m.name,
        m.status,
        m.production_version,
      ]),
    ).toEqual([['a', 'changed', '1.0.0']])
    expect(r.code).toBe(1)
  })

  it('two manifests declaring one model are an error naming both paths', async () => {
    const repo = copyForTest(at.fixed)
    repo.git('checkout', '--quiet', '-b', 'copy', 'fix-policy')
    repo.commit('a second home for a, regressed', {
      'models/a2/model.yaml': 'name: a\nversion: 1.1.0\nmetrics: {accuracy: 0.5}\n',
    })
    const r = await runCli(repo.dir, [
      'check',
      '--base',
      'fix-policy',
      '--head',
      'copy',
      '--registry',
      'base',
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      "error: models/a2/model.yaml:1: model 'a' is declared by more than one manifest at the head: models/a/model.yaml and models/a2/model.yaml",
    )
  })
})

/**
 * Which models a change touches when it changes files other than manifests: every manifest of the head is
 * read, but only those that may reference a changed file (or declare a name the check asks about) are
 * parsed. A model whose unchanged manifest references a changed file, however the path is written, is
 * still checked; one whose references are untouched is not even parsed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as manifestModule from '../../src/core/manifest.js'
import { runCheck } from '../../src/gate/check.js'
import type { ChangedFile, SourceReader } from '../../src/gate/ports.js'

vi.mock('../../src/core/manifest.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/manifest.js')>()
  return { ...original, parseManifest: vi.fn(original.parseManifest) }
})

const parsed = () => vi.mocked(manifestModule.parseManifest).mock.calls.map(([, file]) => file)

type Tree = Record<string, string>

/** Two commits as maps of files; the change is every path whose text differs. */
function repository(base: Tree, head: Tree) {
  const trees: Record<string, Tree> = { base, head }
  const changed: ChangedFile[] = []
  for (const path of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (base[path] === head[path]) continue
    const status = base[path] === undefined ? 'added' : head[path] === undefined ? 'removed' : 'modified'
    changed.push({ path, status })
  }
  const source: SourceReader = {
    readFile: (ref, path) => Promise.resolve(trees[ref]?.[path]),
    listFiles: (ref) => Promise.resolve(Object.keys(trees[ref] ?? {})),
    changedFiles: () => Promise.resolve(changed),
  }
  return source
}

async function check(base: Tree, head: Tree) {
  vi.mocked(manifestModule.parseManifest).mockClear()
  const { report } = await runCheck(
    {
      source: repository(base, head),
      baselines: { description: 'none', baseline: () => Promise.resolve({ kind: 'none' }) },
    },
    {
      base: 'base',
      head: 'head',
      manifests: '**/model.{yaml,yml,json}',
      policyPath: '.github/model-gate.yml',
    },
  )
  return report
}

const model = (name: string, more: string) => `name: ${name}\nversion: 1.0.0\n${more}`

const BASE: Tree = {
  'shared/eval/metrics.json': '{"acc": 0.9}\n',
  'models/up/model.yaml': model('up', 'metrics_files: [../../shared/eval/metrics.json]\n'),
  'models/quoted/eval/metrics.json': '{"acc": 0.9}\n',
  'models/quoted/model.yaml': model('quoted', "metrics_files: ['eval/metrics.json']\n"),
  'models/escaped/metrics.json': '{"acc": 0.9}\n',
  'models/escaped/model.yaml': model('escaped', 'metrics_files: ["metrics\\x2ejson"]\n'),
  'models/pointer/data/train.csv.dvc': 'outs:\n- md5: aaaa1111aaaa1111aaaa1111aaaa1111\n  path: train.csv\n',
  'models/pointer/model.yaml': model(
    'pointer',
    'data: [{name: train, role: train, dvc: data/train.csv.dvc}]\nmetrics: {acc: 0.9}\n',
  ),
  'models/hex/16': 'lr: 0.1\n',
  'models/hex/model.yaml': model('hex', 'params: {0x10: null}\nmetrics: {acc: 0.9}\n'),
  'models/idle/metrics.json': '{"acc": 0.9}\n',
  'models/idle/model.yaml': model('idle', 'metrics_files: [metrics.json]\n'),
}

describe('a change to referenced files checks the models that reference them', () => {
  beforeEach(() => {
    vi.mocked(manifestModule.parseManifest).mockClear()
  })

  it("through '..', a quoted path, an escaped path, a .dvc pointer and a number key; the rest not parsed", async () => {
    const report = await check(BASE, {
      ...BASE,
      'shared/eval/metrics.json': '{"acc": 0.8}\n',
      'models/quoted/eval/metrics.json': '{"acc": 0.8}\n',
      'models/escaped/metrics.json': '{"acc": 0.8}\n',
      'models/pointer/data/train.csv.dvc':
        'outs:\n- md5: bbbb2222bbbb2222bbbb2222bbbb2222\n  path: train.csv\n',
      'models/hex/16': 'lr: 0.2\n',
    })
    expect(report.errors).toEqual([])
    expect(report.models.map((m) => [m.path, m.status, m.checkedBecause])).toEqual([
      ['models/escaped/model.yaml', 'new', ['models/escaped/metrics.json']],
      ['models/hex/model.yaml', 'new', ['models/hex/16']],
      ['models/pointer/model.yaml', 'new', ['models/pointer/data/train.csv.dvc']],
      ['models/quoted/model.yaml', 'new', ['models/quoted/eval/metrics.json']],
      ['models/up/model.yaml', 'new', ['shared/eval/metrics.json']],
    ])
    // models/idle/model.yaml names a metrics.json too, but its own: it is read, never parsed. A text with a
    // backslash (models/escaped) is always parsed.
    expect(parsed().sort()).toEqual([
      'models/escaped/model.yaml',
      'models/hex/model.yaml',
      'models/pointer/model.yaml',
      'models/quoted/model.yaml',
      'models/up/model.yaml',
    ])
  })

  it('a change to one model parses that model only', async () => {
    const report = await check(BASE, { ...BASE, 'models/idle/metrics.json': '{"acc": 0.8}\n' })
    expect(report.models.map((m) => [m.path, m.checkedBecause])).toEqual([
      ['models/idle/model.yaml', ['models/idle/metrics.json']],
    ])
    // models/up climbs with '..' and names a metrics.json, so it may reach models/idle/metrics.json: parsed,
    // and found not to. models/escaped holds a backslash: parsed. The others are read, never parsed.
    expect(parsed().sort()).toEqual([
      'models/escaped/model.yaml',
      'models/idle/model.yaml',
      'models/up/model.yaml',
    ])
  })

  it('a manifest declaring the same model elsewhere is still found, and a move still recognised', async () => {
    const base = { ...BASE, 'models/gone/model.yaml': model('hex', '') }
    const head = {
      ...BASE,
      'models/copy/model.yaml': model('idle', ''),
      'models/idle/metrics.json': '{"acc": 0.8}\n',
    }
    const report = await check({ ...base, 'models/copy/model.yaml': model('idle', '') }, head)
    // models/gone is removed, and models/hex (unchanged) declares its model: a move, not a removal.
    expect(report.models.map((m) => [m.path, m.errors.map((e) => e.message)])).toEqual([
      [
        'models/idle/model.yaml',
        [
          "models/idle/model.yaml:1: model 'idle' is declared by more than one manifest at the head: models/copy/model.yaml and models/idle/model.yaml",
        ],
      ],
    ])
    // At the head: the changed model, what declares its name or the removed one's (copy, hex), what climbs
    // with '..' (up) or holds a backslash (escaped); at the base: the removed manifest (its name, then its
    // report). quoted and pointer are read, not parsed.
    expect(parsed().sort()).toEqual([
      'models/copy/model.yaml',
      'models/escaped/model.yaml',
      'models/gone/model.yaml',
      'models/gone/model.yaml',
      'models/hex/model.yaml',
      'models/idle/model.yaml',
      'models/up/model.yaml',
    ])
  })

  it('an implicit DVC model is still checked when its params change', async () => {
    const dvc: Tree = {
      'ml/dvc.yaml':
        'artifacts:\n  clf: {path: model.pkl, type: model}\n' +
        'stages:\n  train: {cmd: t, deps: [train.py], params: [lr], outs: [model.pkl]}\n',
      'ml/dvc.lock':
        "schema: '2.0'\nstages:\n  train:\n    deps: [{path: train.py, md5: cccc3333cccc3333cccc3333cccc3333}]\n" +
        '    params: {params.yaml: {lr: 0.1}}\n    outs: [{path: model.pkl, md5: dddd4444dddd4444dddd4444dddd4444}]\n',
      'ml/params.yaml': 'lr: 0.1\n',
    }
    const report = await check({ ...BASE, ...dvc }, { ...BASE, ...dvc, 'ml/params.yaml': 'lr: 0.2\n' })
    expect(report.models.map((m) => [m.path, m.checkedBecause])).toEqual([
      ['ml/dvc.yaml:clf', ['ml/params.yaml']],
    ])
    // Only the manifest with a backslash: no explicit manifest declares 'clf'.
    expect(parsed()).toEqual(['models/escaped/model.yaml'])
  })

  it('a changed manifest still named so on its first line is not parsed at the base; a rename is found', async () => {
    const base = {
      'models/a/model.yaml': model('a', 'metrics: {acc: 0.9}\n'),
      'models/b/model.yaml': model('b', 'metrics: {acc: 0.9}\n'),
      'models/c/model.yaml': `# c\n${model('c', 'metrics: {acc: 0.9}\n')}`,
    }
    const report = await check(base, {
      'models/a/model.yaml': model('a', 'metrics: {acc: 0.8}\n'),
      'models/b/model.yaml': model('b2', 'metrics: {acc: 0.8}\n'),
      'models/c/model.yaml': `# c\n${model('c', 'metrics: {acc: 0.8}\n')}`,
    })
    expect(report.models.map((m) => [m.path, m.name, m.renamedFrom])).toEqual([
      ['models/a/model.yaml', 'a', undefined],
      ['models/b/model.yaml', 'b2', 'b'],
      ['models/c/model.yaml', 'c', undefined],
    ])
    // The three at the head; at the base b (another name) and c (its name is not on the first line).
    expect(parsed().sort()).toEqual([
      'models/a/model.yaml',
      'models/b/model.yaml',
      'models/b/model.yaml',
      'models/c/model.yaml',
      'models/c/model.yaml',
    ])
  })
})

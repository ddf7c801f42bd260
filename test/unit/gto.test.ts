import { describe, expect, it } from 'vitest'
import {
  findGtoModel,
  gtoState,
  previousStageVersion,
  productionVersion,
  type GtoModelState,
} from '../../src/core/gto/state.js'
import {
  modelFromTagName,
  parseGtoTag,
  tagSafeName,
  toGtoVersion,
  type GtoTag,
} from '../../src/core/gto/tags.js'
import {
  assignTagMessage,
  assignTagName,
  deprecateTagMessage,
  deprecateTagName,
  deregisterTagMessage,
  deregisterTagName,
  nextCounter,
  registerTagMessage,
  registerTagName,
  unassignTagMessage,
  unassignTagName,
} from '../../src/core/gto/write.js'

const C1 = '1'.repeat(40)
const C2 = '2'.repeat(40)
const C3 = '3'.repeat(40)
const C4 = '4'.repeat(40)

/** Tagger date: minute `m` of a fixed hour. */
const at = (m: number): string => `2024-05-01T10:${String(m).padStart(2, '0')}:00Z`
const tag = (name: string, commit: string, minute: number, annotated = true): GtoTag => ({
  name,
  commit,
  createdAt: at(minute),
  annotated,
})

function model(tags: readonly GtoTag[], name: string): GtoModelState {
  const m = findGtoModel(gtoState(tags), name)
  if (!m) throw new Error(`no model ${name}`)
  return m
}

/** v1.0.0 goes to prod, then v1.1.0 goes to staging and to prod. */
const base: GtoTag[] = [
  tag('churn@v1.0.0', C1, 0),
  tag('churn#prod#1', C1, 1),
  tag('churn@v1.1.0', C2, 2),
  tag('churn#staging#2', C2, 3),
  tag('churn#prod#3', C2, 4),
]

describe('parseGtoTag', () => {
  it('reads the five tag kinds, with and without the #N counter', () => {
    // gto/constants.py tag_re: '@vX.Y.Z' registers, '!' right after the version or stage cancels, '#N' is optional.
    expect(parseGtoTag('churn@v1.2.3')).toEqual({ action: 'register', model: 'churn', version: 'v1.2.3' })
    expect(parseGtoTag('churn@v1.2.3#5')).toEqual({
      action: 'register',
      model: 'churn',
      version: 'v1.2.3',
      counter: 5,
    })
    expect(parseGtoTag('churn@v1.2.3!')).toEqual({ action: 'deregister', model: 'churn', version: 'v1.2.3' })
    expect(parseGtoTag('churn#prod#3')).toEqual({
      action: 'assign',
      model: 'churn',
      stage: 'prod',
      counter: 3,
    })
    expect(parseGtoTag('churn#prod')).toEqual({ action: 'assign', model: 'churn', stage: 'prod' })
    expect(parseGtoTag('churn#prod!#4')).toEqual({
      action: 'unassign',
      model: 'churn',
      stage: 'prod',
      counter: 4,
    })
    expect(parseGtoTag('churn#prod!')).toEqual({ action: 'unassign', model: 'churn', stage: 'prod' })
    expect(parseGtoTag('churn@deprecated')).toEqual({ action: 'deprecate', model: 'churn' })
    expect(parseGtoTag('churn@deprecated#2')).toEqual({ action: 'deprecate', model: 'churn', counter: 2 })
    expect(parseGtoTag('churn@v2.0.0-rc.1+build.5')).toEqual({
      action: 'register',
      model: 'churn',
      version: 'v2.0.0-rc.1+build.5',
    })
  })

  it('reads monorepo names (dir=name in tags) and the characters GTO allows', () => {
    // gto/constants.py: 'dir:name' is written 'dir=name' in tags (name_to_tag / tag_to_name).
    expect(parseGtoTag('models/cv=classifier#prod#1')).toEqual({
      action: 'assign',
      model: 'models/cv:classifier',
      stage: 'prod',
      counter: 1,
    })
    expect(parseGtoTag('team/churn@v1.0.0')).toEqual({
      action: 'register',
      model: 'team/churn',
      version: 'v1.0.0',
    })
    // Current GTO names and stages: letters of either case, digits, '-', '/', '_' inside.
    expect(parseGtoTag('Churn_A#Pre_Prod#1')).toEqual({
      action: 'assign',
      model: 'Churn_A',
      stage: 'Pre_Prod',
      counter: 1,
    })
  })

  it('returns undefined for tags that are not GTO tags', () => {
    for (const name of [
      'v1.2.3', // no artifact
      'churn@1.2.3', // GTO versions start with 'v'
      'churn@v1.2', // not SemVer
      'churn#prod#x', // the counter is digits
      'churn#prod#1!', // '!' goes before the counter
      'churn#prod#1#2',
      '-churn@v1.0.0', // names start with a letter or digit
      'churn-@v1.0.0',
      'dir:name@v1.0.0', // ':' is written '=' in tags
      'a=b=c@v1.0.0',
      'churn@created', // matches GTO's grammar but carries no action
      'churn',
    ]) {
      expect(parseGtoTag(name), name).toBeUndefined()
    }
  })

  it('maps monorepo names to and from the tag form', () => {
    expect(tagSafeName('models/cv:classifier')).toBe('models/cv=classifier')
    expect(modelFromTagName('models/cv=classifier')).toBe('models/cv:classifier')
    expect(tagSafeName('churn')).toBe('churn')
  })
})

describe('gtoState', () => {
  it('register: versions, latest, and what each stage holds', () => {
    const churn = model(base, 'churn')
    // gto show: churn | latest v1.1.0 | #prod v1.1.0 | #staging v1.1.0
    // (latest = greatest active registered SemVer; prod = the newest active assignment, churn#prod#3)
    expect(churn.deprecated).toBe(false)
    expect(churn.latest).toBe('v1.1.0')
    expect(churn.stages.map((s) => [s.stage, s.current?.version])).toEqual([
      ['prod', 'v1.1.0'],
      ['staging', 'v1.1.0'],
    ])
    // gto show churn: v1.1.0 is in prod and staging; v1.0.0 shows no stage, because versions_per_stage=1
    // gives prod to the newest assignment only.
    expect(churn.versions).toEqual([
      {
        version: 'v1.1.0',
        commit: C2,
        registered: true,
        active: true,
        createdAt: at(2),
        tag: 'churn@v1.1.0',
        stages: ['prod', 'staging'],
      },
      {
        version: 'v1.0.0',
        commit: C1,
        registered: true,
        active: true,
        createdAt: at(0),
        tag: 'churn@v1.0.0',
        stages: [],
      },
    ])
  })

  it('assign: an assignment maps to the version registered on the tagged commit', () => {
    // gto show churn#prod: v1.1.0, from tag churn#prod#3 on C2 (gto/tag.py index_tag: find_version by commit).
    expect(productionVersion(base, 'churn')).toEqual({
      version: 'v1.1.0',
      commit: C2,
      assignedAt: at(4),
      tag: 'churn#prod#3',
      registered: true,
    })
    // gto show churn#prod --vs -1: v1.1.0 then v1.0.0; the older assignment is still active (never unassigned).
    const prod = model(base, 'churn').stages.find((s) => s.stage === 'prod')
    expect(prod?.holders.map((h) => [h.version, h.tag])).toEqual([
      ['v1.1.0', 'churn#prod#3'],
      ['v1.0.0', 'churn#prod#1'],
    ])
    expect(prod?.events).toEqual([
      { action: 'assign', version: 'v1.0.0', commit: C1, at: at(1), tag: 'churn#prod#1' },
      { action: 'assign', version: 'v1.1.0', commit: C2, at: at(4), tag: 'churn#prod#3' },
    ])
  })

  it('newest active assignment wins: re-assigning an older version brings it back', () => {
    const tags = [...base, tag('churn#prod#4', C1, 5)]
    // gto show: #prod v1.0.0 (its newest assignment, churn#prod#4, is the newest in prod; sort=timestamp).
    expect(productionVersion(tags, 'churn')).toEqual({
      version: 'v1.0.0',
      commit: C1,
      assignedAt: at(5),
      tag: 'churn#prod#4',
      registered: true,
    })
    // gto show churn#prod --vs -1: v1.0.0, v1.1.0. Rolling back again would go to v1.1.0.
    expect(previousStageVersion(tags, 'churn', 'prod')?.version).toBe('v1.1.0')
    // staging is untouched: gto show prints #staging v1.1.0.
    expect(productionVersion(tags, 'churn', 'staging')?.version).toBe('v1.1.0')
  })

  it('unassign: the stage falls back to the previous assignment that is still active', () => {
    const tags = [...base, tag('churn#prod!#4', C2, 5)]
    // gto show: #prod v1.0.0. The unassignment deactivates only v1.1.0's prod (VStage.is_active); v1.0.0's
    // assignment churn#prod#1 was never unassigned, so it is the newest active one.
    expect(productionVersion(tags, 'churn')).toEqual({
      version: 'v1.0.0',
      commit: C1,
      assignedAt: at(1),
      tag: 'churn#prod#1',
      registered: true,
    })
    // Nothing else is active in prod: gto show churn#prod --vs -1 lists v1.0.0 only.
    expect(previousStageVersion(tags, 'churn', 'prod')).toBeUndefined()
    // Unassigning the last holder empties the stage: gto show prints '-' for #prod.
    const emptied = [...tags, tag('churn#prod!#5', C1, 6)]
    expect(productionVersion(emptied, 'churn')).toBeUndefined()
    expect(model(emptied, 'churn').stages.find((s) => s.stage === 'prod')?.holders).toEqual([])
  })

  it('deregister: the version and its stages leave gto show, the assignment tags stay', () => {
    const tags = [...base, tag('churn@v1.1.0!', C2, 5)]
    const churn = model(tags, 'churn')
    // gto show: churn | latest v1.0.0 | #prod v1.0.0 | #staging -
    // (Version.is_active: the newest register/deregister event is a deregistration; get_versions drops it.)
    expect(churn.latest).toBe('v1.0.0')
    expect(productionVersion(tags, 'churn')?.version).toBe('v1.0.0')
    expect(productionVersion(tags, 'churn', 'staging')).toBeUndefined()
    expect(churn.versions.find((v) => v.version === 'v1.1.0')).toEqual({
      version: 'v1.1.0',
      commit: C2,
      registered: true,
      active: false,
      createdAt: at(2),
      tag: 'churn@v1.1.0',
      stages: [],
    })
    // The assignment tags themselves are still listed as the stage's history.
    expect(churn.stages.find((s) => s.stage === 'staging')?.events.map((e) => e.tag)).toEqual([
      'churn#staging#2',
    ])
  })

  it('several stages and two models, monorepo name included', () => {
    const tags = [
      ...base,
      tag('churn#dev#4', C1, 5),
      tag('models/cv=classifier@v2.0.0', C4, 6),
      tag('models/cv=classifier#prod#1', C4, 7),
      tag('models/cv=classifier#dev#2', C4, 8),
    ]
    const state = gtoState(tags)
    // gto show (rows sorted by name):
    //   churn                | v1.1.0 | #dev v1.0.0 | #prod v1.1.0 | #staging v1.1.0
    //   models/cv:classifier | v2.0.0 | #dev v2.0.0 | #prod v2.0.0 | #staging -
    expect(state.models.map((m) => m.model)).toEqual(['churn', 'models/cv:classifier'])
    expect(model(tags, 'churn').stages.map((s) => [s.stage, s.current?.version])).toEqual([
      ['dev', 'v1.0.0'],
      ['prod', 'v1.1.0'],
      ['staging', 'v1.1.0'],
    ])
    const cv = model(tags, 'models/cv:classifier')
    expect(cv.latest).toBe('v2.0.0')
    expect(cv.stages.map((s) => [s.stage, s.current?.version])).toEqual([
      ['dev', 'v2.0.0'],
      ['prod', 'v2.0.0'],
    ])
    expect(productionVersion(tags, 'models/cv:classifier')).toEqual({
      version: 'v2.0.0',
      commit: C4,
      assignedAt: at(7),
      tag: 'models/cv=classifier#prod#1',
      registered: true,
    })
    // The counter is per model: churn's #4 does not move the classifier's.
    expect(nextCounter(tags, 'models/cv:classifier')).toBe(3)
  })

  it('ignores lightweight tags (gto/tag.py find keeps annotated tags only)', () => {
    const tags = [...base, tag('churn#prod#9', C1, 6, false), tag('churn@v9.0.0', C3, 7, false)]
    // gto show: unchanged, #prod v1.1.0 and latest v1.1.0.
    expect(productionVersion(tags, 'churn')?.version).toBe('v1.1.0')
    expect(model(tags, 'churn').latest).toBe('v1.1.0')
    expect(gtoState(tags).ignored).toEqual([
      { tag: 'churn#prod#9', reason: 'lightweight tag: GTO reads annotated tags only' },
      { tag: 'churn@v9.0.0', reason: 'lightweight tag: GTO reads annotated tags only' },
    ])
    // Non-GTO tags are skipped without a word.
    expect(gtoState([...base, tag('v1.0.0', C1, 8)]).ignored).toEqual([])
  })

  it('an assignment to a commit with no registered version names the version by the commit hash', () => {
    const tags = [tag('seg#dev#1', C3, 0)]
    const seg = model(tags, 'seg')
    // gto show: seg | latest - | #dev 3333333 (the hash, shortened in the table; registered_only is off).
    expect(seg.latest).toBeUndefined()
    expect(productionVersion(tags, 'seg', 'dev')).toEqual({
      version: C3,
      commit: C3,
      assignedAt: at(0),
      tag: 'seg#dev#1',
      registered: false,
    })
    expect(seg.versions).toEqual([
      { version: C3, commit: C3, registered: false, active: true, createdAt: at(0), stages: ['dev'] },
    ])
  })

  it('registrations are indexed before assignments, whatever their dates', () => {
    // gto/registry.py get_state runs the version manager before the stage manager, so a later registration on
    // the same commit names the earlier assignment: gto show prints #dev v0.1.0.
    const tags = [tag('seg#dev#1', C3, 0), tag('seg@v0.1.0', C3, 5)]
    expect(productionVersion(tags, 'seg', 'dev')).toEqual({
      version: 'v0.1.0',
      commit: C3,
      assignedAt: at(0),
      tag: 'seg#dev#1',
      registered: true,
    })
  })

  it('unassigning an unregistered commit does not empty the stage (GTO files each such tag apart)', () => {
    // gto/base.py find_version skips "discovered" versions, and a hash-named version never stops being one,
    // so the unassignment lands on a version of its own: gto show still prints #dev 3333333.
    const tags = [tag('seg#dev#1', C3, 0), tag('seg#dev!#2', C3, 1)]
    expect(productionVersion(tags, 'seg', 'dev')?.version).toBe(C3)
  })

  it('equal tag times: the stage goes to the version registered earlier', () => {
    // Both prod assignments are in the same second. GTO sorts versions and then assignments newest first by
    // reversing a stable sort, which puts v1.0.0's assignment (older registration) first: gto show #prod v1.0.0.
    const tags = [
      tag('m@v1.0.0', C1, 0),
      tag('m@v2.0.0', C2, 1),
      { ...tag('m#prod#1', C1, 2), createdAt: '2024-05-01T10:02:00.100Z' },
      { ...tag('m#prod#2', C2, 2), createdAt: '2024-05-01T10:02:00.900Z' },
    ]
    expect(productionVersion(tags, 'm')?.version).toBe('v1.0.0')
  })

  it('deprecation hides the model until a newer tag', () => {
    const deprecated = [...base, tag('churn@deprecated', C2, 10)]
    // gto show: no churn row (Artifact.is_active: its newest event is the deprecation).
    expect(model(deprecated, 'churn').deprecated).toBe(true)
    expect(productionVersion(deprecated, 'churn')).toBeUndefined()
    expect(previousStageVersion(deprecated, 'churn', 'prod')).toBeUndefined()
    // A newer assignment makes it active again: gto show prints #prod v1.0.0.
    const revived = [...deprecated, tag('churn#prod#5', C1, 11)]
    expect(model(revived, 'churn').deprecated).toBe(false)
    expect(productionVersion(revived, 'churn')?.version).toBe('v1.0.0')
  })

  it('reports tags gto show would choke on', () => {
    const tags = [
      tag('m@v1.0.0', C1, 0),
      tag('m@v1.0.1', C1, 1),
      tag('m#prod#1', C1, 2),
      tag('m@created', C1, 3),
    ]
    expect(gtoState(tags).ignored).toEqual([
      { tag: 'm@created', reason: "'@created' tags carry no action: gto show fails on them" },
      { tag: 'm#prod#1', reason: 'versions v1.0.0, v1.0.1 share its commit: gto show fails (ManyVersions)' },
    ])
    expect(productionVersion(tags, 'm')).toBeUndefined()
  })
})

describe('previousStageVersion', () => {
  it('is the version that held the stage before the current one', () => {
    // gto show churn#prod --vs -1: v1.1.0, v1.0.0 -> roll back to v1.0.0 (assigned by churn#prod#1).
    expect(previousStageVersion(base, 'churn', 'prod')).toEqual({
      version: 'v1.0.0',
      commit: C1,
      assignedAt: at(1),
      tag: 'churn#prod#1',
      registered: true,
    })
    // staging only ever held v1.1.0.
    expect(previousStageVersion(base, 'churn', 'staging')).toBeUndefined()
    expect(previousStageVersion(base, 'nobody', 'prod')).toBeUndefined()
  })

  it('skips versions deregistered since', () => {
    const tags = [
      tag('churn@v0.9.0', C3, 0),
      tag('churn#prod#0', C3, 0),
      ...base,
      tag('churn@v1.0.0!', C1, 6),
    ]
    // gto show churn#prod --vs -1: v1.1.0, v0.9.0 (v1.0.0 is deregistered, so get_versions drops it).
    expect(previousStageVersion(tags, 'churn', 'prod')?.version).toBe('v0.9.0')
  })
})

describe('counters', () => {
  it('one counter per model, across stages and actions, lightweight tags included', () => {
    // gto/tag.py name_tag: 1 + the greatest '#N' among the artifact's tags (api tests: staging#1, prod#2, dev#3).
    const tags = [
      tag('churn@v1.0.0', C1, 0),
      tag('churn#staging#1', C1, 1),
      tag('churn#prod#2', C1, 2),
      tag('churn#dev!#3', C1, 3),
      tag('other#prod#7', C2, 4),
    ]
    expect(nextCounter(tags, 'churn', 'prod')).toBe(4)
    expect(nextCounter(tags, 'churn', 'dev')).toBe(4)
    expect(nextCounter(tags, 'other')).toBe(8)
    expect(nextCounter(tags, 'fresh')).toBe(1)
    expect(nextCounter([...tags, tag('churn#prod#11', C1, 5, false)], 'churn')).toBe(12)
    expect(nextCounter([...tags, tag('churn@v1.0.1#5', C2, 5)], 'churn')).toBe(6)
  })
})

describe('tag builders', () => {
  it('write the tags GTO writes and read back through the parser', () => {
    expect(registerTagName('churn', '3.1.0')).toBe('churn@v3.1.0')
    expect(registerTagName('churn', 'v3.1.0')).toBe('churn@v3.1.0')
    expect(deregisterTagName('churn', '3.1.0')).toBe('churn@v3.1.0!')
    expect(assignTagName('models/cv:classifier', 'prod', 3)).toBe('models/cv=classifier#prod#3')
    expect(unassignTagName('churn', 'prod', 4)).toBe('churn#prod!#4')
    expect(deprecateTagName('models/cv:classifier')).toBe('models/cv=classifier@deprecated')

    expect(parseGtoTag(registerTagName('team/churn', '3.1.0'))).toEqual({
      action: 'register',
      model: 'team/churn',
      version: 'v3.1.0',
    })
    expect(parseGtoTag(deregisterTagName('churn', 'v3.1.0'))).toEqual({
      action: 'deregister',
      model: 'churn',
      version: 'v3.1.0',
    })
    expect(parseGtoTag(assignTagName('models/cv:classifier', 'prod', 3))).toEqual({
      action: 'assign',
      model: 'models/cv:classifier',
      stage: 'prod',
      counter: 3,
    })
    expect(parseGtoTag(unassignTagName('churn', 'prod', 4))).toEqual({
      action: 'unassign',
      model: 'churn',
      stage: 'prod',
      counter: 4,
    })
    expect(parseGtoTag(deprecateTagName('models/cv:classifier'))).toEqual({
      action: 'deprecate',
      model: 'models/cv:classifier',
    })
  })

  it('refuse what GTO would refuse', () => {
    expect(() => registerTagName('churn', 'latest')).toThrow(/not a SemVer/)
    expect(() => registerTagName('bad name', '1.0.0')).toThrow(/not a GTO artifact name/)
    expect(() => assignTagName('churn', 'pr od', 1)).toThrow(/not a GTO stage name/)
    expect(() => assignTagName('churn', 'prod', 1.5)).toThrow(/not a tag counter/)
  })

  it('keep both version spellings straight', () => {
    expect(toGtoVersion('3.1.0')).toBe('v3.1.0')
    expect(toGtoVersion('v3.1.0')).toBe('v3.1.0')
  })

  it('write the messages GTO writes (gto/registry.py defaults)', () => {
    expect(registerTagMessage('churn', '3.1.0')).toBe('Registering artifact churn version v3.1.0')
    expect(deregisterTagMessage('churn', 'v3.1.0')).toBe('Deregistering artifact churn version v3.1.0')
    expect(assignTagMessage('models/cv:classifier', 'prod', '3.1.0')).toBe(
      'Assigning stage prod to artifact models/cv:classifier version v3.1.0',
    )
    expect(assignTagMessage('seg', 'dev', C3)).toBe(`Assigning stage dev to artifact seg version ${C3}`)
    expect(unassignTagMessage('churn', 'prod', '3.1.0')).toBe(
      "Unassigning stage 'prod' to artifact 'churn' version 'v3.1.0'",
    )
    expect(deprecateTagMessage('churn')).toBe("Deprecating artifact 'churn'")
  })

  it('a full cycle written with the builders reads back as gto show would print it', () => {
    const tags: GtoTag[] = []
    const add = (name: string, commit: string, minute: number): void => {
      tags.push(tag(name, commit, minute))
    }
    add(registerTagName('churn', '1.0.0'), C1, 0)
    add(assignTagName('churn', 'prod', nextCounter(tags, 'churn', 'prod')), C1, 1)
    add(registerTagName('churn', '1.1.0'), C2, 2)
    add(assignTagName('churn', 'prod', nextCounter(tags, 'churn', 'prod')), C2, 3)
    expect(tags.map((t) => t.name)).toEqual(['churn@v1.0.0', 'churn#prod#1', 'churn@v1.1.0', 'churn#prod#2'])
    // gto show: #prod v1.1.0; rollback target v1.0.0.
    expect(productionVersion(tags, 'churn')?.version).toBe('v1.1.0')
    const back = previousStageVersion(tags, 'churn', 'prod')
    expect(back?.version).toBe('v1.0.0')
    // Rolling back = assigning the older version again: gto show prints #prod v1.0.0.
    add(assignTagName('churn', 'prod', nextCounter(tags, 'churn', 'prod')), back?.commit ?? '', 4)
    expect(productionVersion(tags, 'churn')).toMatchObject({ version: 'v1.0.0', tag: 'churn#prod#3' })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { rebuildRealRepo } from '../helpers/real-tags.js'

describe('status over the recorded example-gto repository', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = rebuildRealRepo('example-gto').repo
  })
  afterAll(() => repo.remove())

  it('reads production as gto show does: churn prod v3.0.0, dev and staging v3.1.0; segment dev v0.4.1; cv-class no stage', async () => {
    const r = await runCli(repo.dir, ['status', '--registry', 'gto'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        'production from gto (stage prod)',
        'model     latest   #dev    #prod   #staging  since                 by                 manifest',
        'churn     v3.1.0   v3.1.0  v3.0.0  v3.1.0    2023-09-04 07:58 UTC  Alexander Guschin  -',
        'cv-class  v0.1.13  -       -       -         -                     -                  -',
        'segment   v0.4.1   v0.4.1  -       -         -                     -                  -',
        '',
      ].join('\n'),
    )
  })

  it('--format json carries the exact times, the tag and the commit', async () => {
    const r = await runCli(repo.dir, ['status', '--registry', 'gto', '--format', 'json'])
    const json = JSON.parse(r.stdout)
    const churn = json.models.find((m: { model: string }) => m.model === 'churn')
    expect(churn.production).toMatchObject({
      version: 'v3.0.0',
      since: '2023-09-04T07:58:15.000Z',
      by: 'Alexander Guschin',
      event: 'assign',
      tag: 'churn#prod#3',
    })
    expect(churn.stages).toEqual({ dev: 'v3.1.0', prod: 'v3.0.0', staging: 'v3.1.0' })
    expect(json.models.map((m: { model: string }) => m.model)).toEqual(['churn', 'cv-class', 'segment'])
  })
})

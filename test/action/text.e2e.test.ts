import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { dispatchPayload, runAction } from '../helpers/action.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { manifest as fixture } from '../helpers/fixtures.js'

const manifest = (version: string) => fixture('churn', version, 0.9)

describe('what people read is what was written', () => {
  let repo: TestRepo
  let emulator: Emulator
  beforeAll(async () => {
    repo = makeRepo()
    repo.commit('v1', { 'models/churn/model.yaml': manifest('1.0.0') })
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    repo.commit('v2', { 'models/churn/model.yaml': manifest('1.1.0') })
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
  })
  afterAll(async () => {
    await emulator.close()
    repo.remove()
  })
  afterEach(() => expect(emulator.violations).toEqual([]))

  const dispatch = (reason: string, runId: string) =>
    runAction({
      apiUrl: emulator.url,
      event: 'workflow_dispatch',
      payload: dispatchPayload({ model: 'churn', reason }),
      actor: 'oncall',
      runId,
    })
  const tip = () => repo.git('rev-parse', 'model-registry')

  it('a rollback reason over the shared limit of 500 characters is refused, and nothing is written', async () => {
    const before = tip()
    const run = await dispatch('z'.repeat(501), '1')
    expect(run.code).toBe(1)
    expect(run.commands).toEqual([
      {
        kind: 'error',
        message:
          'Model Gate: the reason is 501 characters, over the limit of 500 (input reason): nothing was written',
      },
    ])
    expect(tip()).toBe(before)
  })

  it('a reason of 500 characters is recorded whole, and shown with references, bidi and zero-width characters inert', async () => {
    // 500 code points, the emoji included: the limit counts characters as people see them
    const reason = `see GH-123 \u202Eevil\u200B #4 ${'r'.repeat(478)}😀`
    expect([...reason]).toHaveLength(500)
    const run = await dispatch(reason, '2')
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(JSON.parse(repo.git('show', 'model-registry:registry/churn.json')).history.at(-1).reason).toBe(
      reason,
    )
    const line = run.summary.split('\n').find((l) => l.startsWith('By oncall: ')) ?? ''
    expect(line).toBe(`By oncall: see GH&#8203;-123 \\\\u202Eevil\\\\u200B \\#&#8203;4 ${'r'.repeat(478)}😀`)
  })
})

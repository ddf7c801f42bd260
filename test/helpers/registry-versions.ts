/** Versions of a registry entry written quickly as commits on the registry branch, with git fast-import. */
import type { TestRepo } from './git-repo.js'

/**
 * One commit on model-registry per text, each setting registry/<name>.json to it, on top of `from` (the
 * branch's tip, when it exists). Returns the new tip.
 */
export function commitEntryVersions(
  repo: TestRepo,
  texts: readonly string[],
  options: { name?: string; from?: string } = {},
): string {
  const path = `registry/${options.name ?? 'churn'}.json`
  const chunks: string[] = []
  texts.forEach((text, i) => {
    const message = `write ${i}`
    chunks.push(
      `commit refs/heads/model-registry\ncommitter T <t@example.com> ${1_700_000_000 + i} +0000\n`,
      `data ${Buffer.byteLength(message)}\n${message}\n`,
      i === 0 && options.from ? `from ${options.from}\n` : '',
      `M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`,
    )
  })
  repo.gitInput(chunks.join(''), 'fast-import', '--quiet')
  return repo.git('rev-parse', 'refs/heads/model-registry')
}

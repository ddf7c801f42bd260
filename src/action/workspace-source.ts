/**
 * `source: workspace`: manifests and the files they reference are read from the job's checkout
 * (GITHUB_WORKSPACE) at the head, for workflows that run `dvc pull`, `dvc repro` or their own evaluation
 * first. Everything else (the base, the policy, the list of files in git) still comes through the API. A file
 * a manifest references that git does not track was produced by the job: the model is checked on every run,
 * and the report says its metrics were measured in this run.
 */
import { join } from 'node:path'
import type { RunReport } from '../core/report/types.js'
import { parseManifest } from '../core/manifest.js'
import type { ChangedFile, SourceReader } from '../gate/ports.js'
import { readWorkTreeFile } from '../git/work-tree.js'

export class WorkspaceSource implements SourceReader {
  /** Referenced files found in the workspace and not in git at the head. */
  readonly untracked = new Set<string>()

  constructor(
    private readonly api: SourceReader,
    private readonly dir: string,
    private readonly head: string,
    private readonly isManifest: (path: string) => boolean,
  ) {}

  readFile(ref: string, path: string): Promise<string | undefined> {
    if (ref !== this.head) return this.api.readFile(ref, path)
    return readWorkTreeFile(join(this.dir, path), path, this.dir)
  }

  /** The base (and any commit but the head) is read through the API, in its batches. */
  async prefetch(ref: string, paths: readonly string[]): Promise<void> {
    if (ref !== this.head) await this.api.prefetch?.(ref, paths)
  }

  listFiles(ref: string): Promise<readonly string[]> {
    return this.api.listFiles(ref)
  }

  /** The pull request's changes, and every referenced file the job produced (so its model is checked). */
  async changedFiles(base: string, head: string): Promise<readonly ChangedFile[]> {
    const changed = await this.api.changedFiles(base, head)
    const tracked = new Set(await this.api.listFiles(head))
    for (const path of [...tracked].filter(this.isManifest).sort()) {
      const text = await this.readFile(head, path).catch(() => undefined)
      const parsed = text === undefined ? undefined : parseManifest(text, path)
      if (!parsed?.ok) continue
      for (const ref of parsed.manifest.references) {
        if (tracked.has(ref.path) || this.untracked.has(ref.path)) continue
        if ((await this.readFile(head, ref.path).catch(() => undefined)) !== undefined) {
          this.untracked.add(ref.path)
        }
      }
    }
    const listed = new Set(changed.map((f) => f.path))
    const produced = [...this.untracked].filter((p) => !listed.has(p))
    return [...changed, ...produced.map((path): ChangedFile => ({ path, status: 'added' }))]
  }
}

/** The models whose referenced files the job produced: marked "measured in this run", not "changed". */
export function markMeasuredInRun(report: RunReport, untracked: ReadonlySet<string>): RunReport {
  if (!untracked.size) return report
  const models = report.models.map((m) => {
    const measured = (m.checkedBecause ?? []).filter((p) => untracked.has(p))
    if (!measured.length) return m
    const because = (m.checkedBecause ?? []).filter((p) => !untracked.has(p))
    const { checkedBecause: _, ...rest } = m
    return { ...rest, ...(because.length ? { checkedBecause: because } : {}), measuredInRun: measured }
  })
  return { ...report, models }
}

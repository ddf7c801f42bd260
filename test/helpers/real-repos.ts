/**
 * The recorded DVC/GTO metadata of two public repositories (test/fixtures/real/, a copy of the team's
 * ../shared/fixtures/real/; see its README),
 * rebuilt into real git repositories: every commit with its recorded files, authors and dates, every branch,
 * and every annotated tag with its tagger, date and message. Rebuilt commits get other SHAs: `commit(short)`
 * maps a recorded short SHA to the rebuilt one.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { GIT_ENV, makeRepo, ROOT, type TestRepo } from './git-repo.js'

export const REAL_FIXTURES = process.env.MODEL_GATE_REAL_FIXTURES ?? resolve(ROOT, 'test', 'fixtures', 'real')

export type RealRepoName = 'example-get-started' | 'example-gto'

export interface RealRepo extends TestRepo {
  /** The rebuilt commit of a recorded short SHA. */
  commit(short: string): string
  commit(message: string, files?: Record<string, string>): string
  /** Branch name -> rebuilt tip. */
  readonly branches: ReadonlyMap<string, string>
}

const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...filesUnder(full))
    else out.push(full)
  }
  return out
}

/**
 * Rebuild a recorded repository; `main` is checked out at the end. One `git fast-import` writes every
 * commit (each the recorded tree, whole), branch and annotated tag: the objects a git process per file,
 * tree, commit and tag wrote before, with the same SHAs.
 */
export function rebuildRealRepo(name: RealRepoName): RealRepo {
  const from = join(REAL_FIXTURES, name)
  const repo = makeRepo(`model-gate-${name}-`)
  const marks = new Map<string, number>()
  const stream: Buffer[] = []
  const text = (line: string) => stream.push(Buffer.from(line, 'utf8'))
  const data = (bytes: Buffer) => {
    text(`data ${bytes.length}\n`)
    stream.push(bytes)
    text('\n')
  }
  const scratch = 'refs/rebuild/commits'
  for (const [short, parents, an, ae, ad, cn, ce, cd, subject] of rows(join(from, 'commits.tsv'))) {
    const tree = join(from, 'tree', short!)
    const [first, ...merged] = (parents ?? '')
      .split(' ')
      .filter(Boolean)
      .map((p) => markOf(marks, p, short!))
    marks.set(short!, marks.size + 1)
    // Without parents the commit is a root, whatever the scratch ref held: `reset` empties it first.
    if (first === undefined) text(`reset ${scratch}\n`)
    text(
      `commit ${scratch}\nmark :${marks.size}\nauthor ${an} <${ae}> ${ad}\ncommitter ${cn} <${ce}> ${cd}\n`,
    )
    data(Buffer.from(`${subject ?? ''}\n`, 'utf8')) // commit-tree -m: the subject and a newline
    if (first !== undefined) text(`from :${first}\n`)
    for (const m of merged) text(`merge :${m}\n`)
    text('deleteall\n')
    for (const file of filesUnder(tree)) {
      const path = relative(tree, file).split('\\').join('/')
      if (path.includes('\n') || path.startsWith('"')) fail(`unsupported path ${JSON.stringify(path)}`)
      text(`M 100644 inline ${path}\n`)
      data(readFileSync(file))
    }
    text('\n')
  }
  const branches = new Map<string, string>()
  const branchTips: [string, number][] = []
  for (const [branch, tip] of rows(join(from, 'branches.tsv'))) {
    const mark = marks.get(tip!) ?? fail(`branch ${branch}: ${tip} not recorded`)
    text(`reset refs/heads/${branch}\nfrom :${mark}\n\n`)
    branchTips.push([branch!, mark])
  }
  for (const [tag, target, tn, te, td, message] of rows(join(from, 'tags.tsv'))) {
    const mark = marks.get(target!) ?? fail(`tag ${tag}: ${target} not recorded`)
    text(`tag ${tag}\nfrom :${mark}\ntagger ${tn} <${te}> ${td}\n`)
    data(Buffer.from(`${message ?? tag!}\n`, 'utf8')) // tag -a -m: the message and a newline
  }
  for (let mark = 1; mark <= marks.size; mark++) text(`get-mark :${mark}\n`)
  text('done\n')
  const written = execFileSync('git', ['fast-import', '--quiet', '--done'], {
    cwd: repo.dir,
    env: { ...process.env, ...GIT_ENV },
    input: Buffer.concat(stream),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  }).split('\n')
  repo.git('update-ref', '-d', scratch)
  const shas = new Map([...marks].map(([short, mark]) => [short, written[mark - 1] ?? '']))
  for (const [branch, mark] of branchTips) branches.set(branch, written[mark - 1] ?? '')
  repo.git('checkout', '--quiet', '-f', 'main')
  const commit = ((shortOrMessage: string, files?: Record<string, string>) =>
    files === undefined && shas.has(shortOrMessage)
      ? shas.get(shortOrMessage)!
      : repo.commit(shortOrMessage, files)) as RealRepo['commit']
  return { ...repo, commit, branches }
}

function markOf(marks: ReadonlyMap<string, number>, parent: string, child: string): number {
  return marks.get(parent) ?? fail(`parent ${parent} of ${child} not rebuilt yet`)
}

function fail(message: string): never {
  throw new Error(message)
}

#!/usr/bin/env node
// The README's picture: the demo's pull-request comment as GitHub shows it. Renders the markdown with
// cmark-gfm and GitHub's extensions, lays it out in a GitHub-like comment box 900 pixels wide, draws the
// Mermaid charts with the mermaid package from node_modules (no network), and screenshots the page with
// headless Chromium into docs/comment.png. The first model's <details> are opened, as a reader would.
//
// It installs nothing. It needs: `npm ci && npm run build` (the demo runs dist/), and the Debian packages
//   cmark-gfm chromium fonts-noto-color-emoji     (apt-get install -y cmark-gfm chromium fonts-noto-color-emoji)
// Usage: npm run picture [-- OUT.png]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = resolve(process.argv[2] ?? join(root, 'docs', 'comment.png'))
const mermaidJs = join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')
const WIDTH = 932 // the 900-pixel comment column and the page's margins

function need(ok, what) {
  if (ok) return
  console.error(`picture: ${what}`)
  process.exit(1)
}
const onPath = (tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
need(onPath('cmark-gfm'), 'needs cmark-gfm: apt-get install -y cmark-gfm')
need(
  onPath('chromium'),
  'needs chromium: apt-get install -y chromium (and fonts-noto-color-emoji for the marks)',
)
need(existsSync(join(root, 'dist', 'cli', 'index.js')), 'needs the CLI built: npm run build')
need(existsSync(mermaidJs), 'needs the devDependencies: npm ci')

const work = mkdtempSync(join(tmpdir(), 'model-gate-picture-'))
try {
  const markdownFile = join(work, 'comment.md')
  execFileSync(process.execPath, [join(root, 'scripts', 'demo.mjs'), '--markdown', markdownFile], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  const extensions = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist']
  const html = execFileSync(
    'cmark-gfm',
    ['--unsafe', '--github-pre-lang', ...extensions.flatMap((e) => ['-e', e]), markdownFile],
    { encoding: 'utf8' },
  )
  const page = join(work, 'page.html')
  writeFileSync(page, pageHtml(html))
  const height = measure(page, work)
  chromium(work, [`--window-size=${WIDTH},${height}`, `--screenshot=${out}`, pathToFileURL(page).href])
  console.log(`picture: ${out} (${WIDTH}x${height})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}

/** The comment's HTML in a page like GitHub's: Mermaid drawn, churn's <details> open, the height in the title. */
function pageHtml(body) {
  const second = body.indexOf('<h3>', body.indexOf('<h3>') + 1)
  const cut = second < 0 ? body.length : second
  const opened = (body.slice(0, cut).replace(/<details>/g, '<details open>') + body.slice(cut)).replace(
    /<pre lang="mermaid"><code>([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid">$1</pre>',
  )
  const css = readFileSync(join(root, 'scripts', 'picture', 'github.css'), 'utf8')
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>rendering</title><style>${css}</style>
<script src="${pathToFileURL(mermaidJs).href}"></script></head>
<body><div class="comment">
<div class="comment-header"><strong>github-actions</strong><span class="bot">bot</span> commented</div>
<div class="markdown-body">
${opened}
</div></div>
<script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' })
mermaid.run({ querySelector: 'pre.mermaid' }).finally(() => {
  document.title = 'height:' + Math.ceil(document.body.getBoundingClientRect().height + 32)
})
</script></body></html>
`
}

/** Lay the page out once to learn how tall it is. */
function measure(page, work) {
  const dom = chromium(work, ['--dump-dom', pathToFileURL(page).href])
  const height = Number(/<title>height:(\d+)<\/title>/.exec(dom)?.[1])
  need(height > 0, 'Chromium did not finish drawing the charts')
  return height
}

function chromium(work, args) {
  const profile = mkdtempSync(join(work, 'profile-'))
  return execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--allow-file-access-from-files',
      '--virtual-time-budget=20000',
      `--user-data-dir=${profile}`,
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  )
}

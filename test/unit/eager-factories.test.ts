import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertPlainCalls, eagerFactories } from '../../scripts/eager-factories.mjs'

const chunk = [
  'export const id = 7;',
  'export const modules = {',
  '',
  '/***/ 289:',
  '/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {',
  'const f = (a) => { return a };',
  '/***/ }),',
  '',
  '/***/ 12:',
  '/***/ ((module) => {',
  'module.exports = 1',
  '/***/ }),',
  '',
  '/***/ 13:',
  '/***/ (() => {',
  '/***/ })',
  '};',
  '  /***/ ((module) => {',
  'x = ((a, b) => {',
].join('\n')

describe('eagerFactories', () => {
  it("rewrites ncc's factory headers only, every parameter list kept", () => {
    const { text, count } = eagerFactories(chunk)
    expect(count).toBe(3)
    expect(text).toBe(
      chunk
        .replace(
          '/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {',
          '/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {',
        )
        .replace('/***/ ((module) => {\nmodule', '/***/ (function(module) {\nmodule')
        .replace('/***/ (() => {', '/***/ (function() {'),
    )
  })

  it('leaves a file without factories as it is', () => {
    expect(eagerFactories("module.exports = require('../yaml.cjs')\n")).toEqual({
      text: "module.exports = require('../yaml.cjs')\n",
      count: 0,
    })
  })
})

describe('assertPlainCalls', () => {
  const plain = '__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);'
  it('accepts a runtime that calls factories without a this', () => {
    expect(() => assertPlainCalls(plain, 'index.js')).not.toThrow()
  })
  it('refuses a runtime that gives factories a this, or one it does not recognise', () => {
    const withThis =
      '__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);'
    expect(() => assertPlainCalls(withThis, 'dist/index.js')).toThrow(
      "dist/index.js: ncc's runtime does not call module factories as plain functions",
    )
    expect(() => assertPlainCalls('', 'x.cjs')).toThrow("x.cjs: ncc's runtime")
  })
})

describe('the committed dist/', () => {
  const dist = join(import.meta.dirname, '..', '..', 'dist')
  const files = [dist, join(dist, 'cli')].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.c?js$/.test(f))
      .map((f) => join(dir, f)),
  )
  it('has every module factory as a function expression, and no arrow factory left', () => {
    const headers = files.flatMap((f) => readFileSync(f, 'utf8').match(/^\/\*\*\*\/ \(.*$/gm) ?? [])
    expect(headers.length).toBeGreaterThan(100)
    expect(headers.filter((h) => !h.startsWith('/***/ (function('))).toEqual([])
  })
})

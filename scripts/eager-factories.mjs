// The module factories of an ncc bundle as parenthesized function expressions instead of arrow functions.
// V8 compiles a function expression in parentheses together with the file that holds it; an arrow function it
// only pre-parses, and parses it a second time, fully, when it is called. A factory is called once, when its
// module is first required, so every factory that runs was parsed twice: about a tenth of a small check's time
// (README, "Development"). scripts/build.mjs rewrites every file it builds.
//
// A factory header is ncc's own line, `/***/ ((PARAMS) => {`, PARAMS plain identifiers; the body and its
// closing `/***/ })` stay as they are. The two kinds of function differ only in `this`, `arguments` and
// `new.target` at the factory's top level:
// - `this`: ncc calls a factory as `__webpack_modules__[moduleId](module, ...)`, so `this` is the table of
//   factories in a function and the chunk's `this` in an arrow; a module that reads it sees a difference. No
//   bundled module does: webpack rewrites an ES module's top-level `this` to `undefined`, and calls every
//   factory with `.call(module.exports, ...)` instead when a CommonJS module reads `this` at its top level.
//   The rewrite refuses a bundle whose runtime uses `.call`.
// - `arguments` and `new.target` at a module's top level mean nothing a bundled module can rely on: in the
//   arrow they are the chunk's (an error in an ES module), in Node they are the CommonJS wrapper's.
// The whole test suite runs the rewritten bundles.

const HEADER = /^\/\*\*\*\/ \(\(((?:[\w$]+(?:, [\w$]+)*)?)\) => \{$/gm
const PLAIN_CALL = '__webpack_modules__[moduleId](module, module.exports, '
const THIS_CALL = '__webpack_modules__[moduleId].call('

/** The source with every factory header rewritten; the count of them. */
export function eagerFactories(source) {
  let count = 0
  const text = source.replace(HEADER, (_, params) => {
    count++
    return `/***/ (function(${params}) {`
  })
  return { text, count }
}

/**
 * Throws unless the runtime of a bundle (its entry file, or a self-contained file such as dist/yaml.cjs)
 * calls factories as plain members, not with `.call(module.exports, ...)`: webpack's sign that no bundled module
 * reads `this` at its top level, the condition under which the rewrite changes nothing a module can see.
 */
export function assertPlainCalls(runtime, file) {
  if (runtime.includes(THIS_CALL) || !runtime.includes(PLAIN_CALL))
    throw new Error(`${file}: ncc's runtime does not call module factories as plain functions`)
}

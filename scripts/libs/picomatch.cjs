// The entry of dist/picomatch.cjs: picomatch as its own CommonJS file, loaded by src/core/lazy-libs.ts.
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS on purpose: required synchronously */
module.exports = require('picomatch')

// The entry of dist/toml.cjs: smol-toml as its own CommonJS file, loaded by src/core/lazy-libs.ts.
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS on purpose: required synchronously */
module.exports = require('smol-toml')

// The entry of dist/yaml.cjs: the yaml library as its own CommonJS file, loaded by src/core/lazy-libs.ts.
/* eslint-disable no-undef, @typescript-eslint/no-require-imports -- CommonJS on purpose: required synchronously */
module.exports = require('yaml')

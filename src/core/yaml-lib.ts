/**
 * The full YAML library, loaded on first use and synchronously (the core is synchronous). Most runs never
 * need it: yaml-fast.ts parses plain manifests and policies, parseJsonDocument the JSON; only a document the
 * fast path gives up on, a `format: json` document's full parse, and stringify load it. It is about a third
 * of a bundle, so the bundles leave it out: the build writes it as its own CommonJS file beside each bundle
 * (dist/yaml.cjs, dist/cli/yaml.cjs), required from here. Run from the sources (the tests), this module is a
 * .ts file and requires the package from node_modules.
 */
import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'

export type YamlLib = typeof Yaml

let lib: YamlLib | undefined

/** The library: the package when this module runs from the sources, else the copy beside the bundle. */
export function yamlLib(): YamlLib {
  lib ??= createRequire(import.meta.url)(import.meta.url.endsWith('.ts') ? 'yaml' : './yaml.cjs') as YamlLib
  return lib
}

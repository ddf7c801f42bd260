/**
 * Libraries most runs never need, loaded on first use and synchronously (the core is synchronous). The full
 * YAML parser: yaml-fast.ts parses plain manifests and policies and parseJsonDocument the JSON, so only a
 * document the fast path gives up on, a `format: json` document's full parse, and stringify need it. The TOML
 * parser: only a TOML file does. The glob compiler (picomatch): only a glob other than the default manifest
 * glob (core/glob.ts PRECOMPILED) does, such as a policy rule's. The YAML one alone was a third of a bundle, so
 * the bundles leave them out: the build writes each as its own CommonJS file beside each bundle (dist/yaml.cjs,
 * dist/toml.cjs, dist/picomatch.cjs; the ones in dist/cli/ require those), required from here. Run from the
 * sources (the tests), this module is a .ts file and requires the packages from node_modules.
 */
// Through the namespace: webpack (ncc) rewrites a call of a named import of createRequire to undefined.
import * as nodeModule from 'node:module'
import type * as Yaml from 'yaml'
import type * as Toml from 'smol-toml'
import type Picomatch from 'picomatch'

export type YamlLib = typeof Yaml
export type TomlLib = typeof Toml
export type PicomatchLib = typeof Picomatch

const fromSources = import.meta.url.endsWith('.ts')

/**
 * The library, required on the first call and kept: the package when this module runs from the sources, else
 * the bundle's copy beside it.
 */
function onFirstUse<T>(pkg: string, bundled: string): () => T {
  let lib: T | undefined
  return () => (lib ??= nodeModule.createRequire(import.meta.url)(fromSources ? pkg : bundled) as T)
}

export const yamlLib = onFirstUse<YamlLib>('yaml', './yaml.cjs')
export const tomlLib = onFirstUse<TomlLib>('smol-toml', './toml.cjs')
export const picomatchLib = onFirstUse<PicomatchLib>('picomatch', './picomatch.cjs')

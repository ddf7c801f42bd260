// Types of scripts/eager-factories.mjs, for the tests that import it.
export function eagerFactories(source: string): { text: string; count: number }
export function assertPlainCalls(runtime: string, file: string): void

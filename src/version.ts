/** Model Gate's own version: package.json's, the one place it is written (inlined into the bundles by the build). */
import pkg from '../package.json' with { type: 'json' }

export const VERSION: string = pkg.version

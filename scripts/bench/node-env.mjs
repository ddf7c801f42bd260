// Node reads some variables before it runs any code, and they change how long it takes to start:
// NODE_EXTRA_CA_CERTS makes Node 20 parse the whole certificate file first (about 90 ms with a system bundle,
// more than a bare `node -e 0` takes without it; Node 24 reads it lazily), NODE_OPTIONS can preload modules or
// set V8 flags, NODE_COMPILE_CACHE caches compiled code. A ratio means something only when both of its
// processes start alike, and the cases the bench runs do not all inherit this process's environment (the
// action and the peer get a runner's, the CLI this one's). So every NODE_* variable is removed from this
// process's environment as the first thing any bench script does (scripts/bench/git-env.mjs imports this
// module), and every process the bench starts inherits that. bench.mjs prints what was removed.
export const REMOVED_NODE_VARIABLES = Object.keys(process.env)
  .filter((name) => name.startsWith('NODE_'))
  .sort()
for (const name of REMOVED_NODE_VARIABLES) delete process.env[name]

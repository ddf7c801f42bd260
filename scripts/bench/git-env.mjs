// The environment the bench scripts run git in: the process's, with a fixed identity and no system or user
// configuration, so commits are the same on every machine; without NODE_* variables (./node-env.mjs).
import './node-env.mjs'

export const BENCH_GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

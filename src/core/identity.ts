/** Who Model Gate writes as when no person is named: registry commits without a git identity, GTO tags by default. */
export const BOT_IDENTITY = { name: 'model-gate', email: 'model-gate@users.noreply.github.com' } as const

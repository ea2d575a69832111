import { describe, expect, it } from 'vitest'
import { DEMO_ACCOUNT_CHOICES, DEMO_PASSWORD } from '../../../src/renderer/src/features/auth/demoAccounts'
import { DEMO_ACCOUNTS } from '../../../src/main/simulator/auth'

describe('the simulator’s demo accounts, as the sign-in screen offers them', () => {
  it('are the built-in simulator’s accounts, names and roles as it has them', () => {
    expect(DEMO_ACCOUNT_CHOICES).toEqual(DEMO_ACCOUNTS.map((a) => ({ username: a.username, name: a.name, roles: a.roles })))
    for (const account of DEMO_ACCOUNTS) expect(account.password).toBe(DEMO_PASSWORD)
  })
})

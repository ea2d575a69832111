/** Query keys of sign-in. Signing out drops every query outside `all`. */
export const authKeys = {
  all: ['auth'] as const,
  session: ['auth', 'session'] as const
}

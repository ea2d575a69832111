export { AppShellLayout } from './AppShellLayout'
export type { AppShellLayoutProps } from './AppShellLayout'

import type { Session } from '../../shared/ipc/views'
import { AppShellLayout } from './layouts/AppShellLayout'
import { AttractiveJobsPage } from './features/attractive-jobs/AttractiveJobsPage'
import { AuditPage } from './features/audit/AuditPage'
import { HomePage } from './features/home/HomePage'
import { InboxPage } from './features/inbox/InboxPage'
import { ReportsPage } from './features/reports/ReportsPage'
import { ReemploymentPage } from './features/reemployment/ReemploymentPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { CommitteePage } from './features/sme/committee/CommitteePage'
import { SheetsPage } from './features/sme/sheets/SheetsPage'
import { SmeListPage } from './features/sme/SmeListPage'
import { SyncPage } from './features/sync/SyncPage'
import { PATHS, useHashRoute, type AppPath } from './router'

function Page({ path, session, onNavigate }: { path: AppPath; session: Session; onNavigate: (p: AppPath) => void }) {
  switch (path) {
    case PATHS.home:
      return <HomePage staffName={session.staff?.name ?? ''} onNavigate={onNavigate} />
    case PATHS.attractiveJobs:
      return <AttractiveJobsPage />
    case PATHS.sme:
      return <SmeListPage />
    case PATHS.smeSheets:
      return <SheetsPage />
    case PATHS.smeCommittee:
      return <CommitteePage />
    case PATHS.reemployment:
      return <ReemploymentPage />
    case PATHS.reports:
      return <ReportsPage />
    case PATHS.inbox:
      return <InboxPage />
    case PATHS.sync:
      return <SyncPage />
    case PATHS.audit:
      return <AuditPage />
    case PATHS.settings:
      return <SettingsPage />
  }
}

/** The signed-in part of the app: the shell plus the page for the current hash route. */
export function SignedInRoutes({ session }: { session: Session }) {
  const { path, navigate } = useHashRoute()
  return (
    <AppShellLayout session={session} path={path} onNavigate={navigate}>
      <Page path={path} session={session} onNavigate={navigate} />
    </AppShellLayout>
  )
}

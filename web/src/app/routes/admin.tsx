import { Outlet, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { SectionNav, type SectionNavItem } from '@/components/layout/SectionNav';
import { AdminUsers, AuditLog, QueuePanel, UsagePanel } from '@/features/admin';
import type { AuditListParams } from '@/lib/api-types';
import { useDocumentTitle } from '@/lib/use-document-title';

const SECTIONS: readonly SectionNavItem[] = [
  { to: '/admin/users', label: 'Users' },
  { to: '/admin/audit', label: 'Audit log' },
  { to: '/admin/queue', label: 'Queue' },
  { to: '/admin/usage', label: 'Usage' },
];

/** The admin frame: heading, the sections' links and the open section. */
export function AdminRoute() {
  return (
    <>
      <PageHeader title="Admin" description="Accounts, the security log, the job queue and usage." />
      <SectionNav label="Admin" items={SECTIONS} />
      <Outlet />
    </>
  );
}

/** Sets or removes the query parameters, keeping the others. */
function useQueryParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const set = (values: Record<string, string | undefined>) =>
    setSearchParams(() => {
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(values)) if (value) next.set(key, value);
      return next;
    });
  return [searchParams, set] as const;
}

export function AdminUsersRoute() {
  useDocumentTitle('Users · Admin');
  const [params, set] = useQueryParams();
  return <AdminUsers query={params.get('q') ?? ''} onSearch={(q) => set({ q })} />;
}

export function AdminAuditRoute() {
  useDocumentTitle('Audit log · Admin');
  const [params, set] = useQueryParams();
  const filters: AuditListParams = {
    userId: params.get('userId') ?? undefined,
    event: params.get('event') ?? undefined,
    since: params.get('since') ?? undefined,
    until: params.get('until') ?? undefined,
  };
  return <AuditLog filters={filters} onFilter={(next) => set({ userId: next.userId, event: next.event, since: next.since, until: next.until })} />;
}

export function AdminQueueRoute() {
  useDocumentTitle('Queue · Admin');
  return <QueuePanel />;
}

export function AdminUsageRoute() {
  useDocumentTitle('Usage · Admin');
  return <UsagePanel />;
}

import { Outlet } from 'react-router';

import { AppShell, type NavItem } from '@/components/layout/AppShell';
import { useUser } from '@/lib/auth';

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/optimize', label: 'Optimize' },
  { to: '/versions', label: 'History' },
  { to: '/settings', label: 'Settings' },
];

export function AppLayout() {
  const user = useUser();
  return (
    <AppShell user={user} navItems={NAV_ITEMS}>
      <Outlet />
    </AppShell>
  );
}

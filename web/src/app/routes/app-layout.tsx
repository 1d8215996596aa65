import { Outlet } from 'react-router';

import { AppShell, type NavItem } from '@/components/layout/AppShell';
import { useUser } from '@/lib/auth';

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/optimize', label: 'Optimize' },
  { to: '/versions', label: 'History' },
  { to: '/settings', label: 'Settings' },
];

const ADMIN_ITEM: NavItem = { to: '/admin', label: 'Admin' };

export function AppLayout() {
  const user = useUser();
  // Only admins see the admin area's link (the server refuses its API to anyone else).
  const navItems = user.role === 'admin' ? [...NAV_ITEMS, ADMIN_ITEM] : NAV_ITEMS;
  return (
    <AppShell user={user} navItems={navItems}>
      <Outlet />
    </AppShell>
  );
}

import { Outlet } from 'react-router';

import { AppShell, type NavItem } from '@/components/layout/AppShell';
import { useBillingNavLabel } from '@/features/billing';
import { useUser } from '@/lib/auth';

const NAV_ITEMS: readonly NavItem[] = [
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/optimize', label: 'Optimize' },
  { to: '/versions', label: 'History' },
];

const SETTINGS_ITEM: NavItem = { to: '/settings', label: 'Settings' };

const ADMIN_ITEM: NavItem = { to: '/admin', label: 'Admin' };

export function AppLayout() {
  const user = useUser();
  // "Credits: 3" only where the server bills optimizations in credits.
  const billingLabel = useBillingNavLabel();
  const navItems: NavItem[] = [
    ...NAV_ITEMS,
    ...(billingLabel ? [{ to: '/billing', label: billingLabel }] : []),
    SETTINGS_ITEM,
    // Only admins see the admin area's link (the server refuses its API to anyone else).
    ...(user.role === 'admin' ? [ADMIN_ITEM] : []),
  ];
  return (
    <AppShell user={user} navItems={navItems}>
      <Outlet />
    </AppShell>
  );
}

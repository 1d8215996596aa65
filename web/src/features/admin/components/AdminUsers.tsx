import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import {
  AsyncContent,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  Form,
  LoadMore,
  shownPages,
  TextField,
  Time,
  useFocusFirstNew,
} from '@/components/ui';
import { useCredits } from '@/features/billing';
import type { AdminUser } from '@/lib/api-types';
import { useUser } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';

import { useAdminUsers, useSetUserDisabled } from '../hooks/use-admin';

import { AdjustCreditsDialog } from './AdjustCreditsDialog';
import styles from './admin.module.css';

function UserStatus({ user }: { user: AdminUser }) {
  if (user.disabled) {
    return (
      <span className={styles.cellStack}>
        <Badge tone="danger">Disabled</Badge>
        {user.disabledAt && (
          <span className={styles.muted}>
            since <Time value={user.disabledAt} />
          </span>
        )}
      </span>
    );
  }
  return user.emailVerified ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Email not verified</Badge>;
}

interface AdminUsersProps {
  /** The search (email or name) the list shows. */
  query: string;
  onSearch: (query: string) => void;
}

/**
 * Every account, searchable, a page at a time, with a way to disable or enable each and, while
 * billing is on, to grant or remove its credits.
 */
export function AdminUsers({ query, onSearch }: AdminUsersProps) {
  const me = useUser();
  const users = useAdminUsers(query);
  const change = useSetUserDisabled();
  const [search, setSearch] = useState(query);
  const [target, setTarget] = useState<{ user: AdminUser; disable: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Billing off (null), still loading or unknown: no credit controls at all.
  const billingOn = Boolean(useCredits().data);
  const [creditsTarget, setCreditsTarget] = useState<AdminUser | null>(null);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const items = users.data?.pages.flatMap((page) => page.items) ?? [];
  const beforeLoad = useFocusFirstNew(tableRef, items.length);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    onSearch(search.trim());
  };

  const confirm = () => {
    if (!target) return;
    const { user, disable } = target;
    change.mutate(
      { userId: user.id, disabled: disable },
      {
        onSuccess: (updated) => {
          setTarget(null);
          setMessage(`${disable ? 'Disabled' : 'Enabled'} the account of ${updated.email}.`);
        },
      },
    );
  };

  return (
    <Card title="Users" description="Search by email or name. A disabled account is signed out everywhere and can't sign in; its data is kept.">
      <div className={styles.stack}>
        <Form onSubmit={submit} aria-label="User search" role="search">
          <div className={styles.toolbar}>
            <TextField
              label="Search users"
              type="search"
              name="q"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              hint="Part of an email address or a name."
            />
            <Button type="submit" variant="secondary">
              Search
            </Button>
          </div>
        </Form>
        <p role="status" className={styles.muted}>
          {message}
        </p>
        <AsyncContent
          query={shownPages(users)}
          loadingLabel="Loading users…"
          errorTitle="We couldn't load the users."
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={
            <EmptyState
              title={query ? `No users match “${query}”` : 'No users yet'}
              description={query ? 'Try part of the email address or of the name.' : undefined}
            />
          }
        >
          {() => (
            <>
              <div className={styles.tableWrap}>
                <table className={styles.table}>
                  <caption>{query ? `Users matching “${query}”` : 'All users'}</caption>
                  <thead>
                    <tr>
                      <th scope="col">User</th>
                      <th scope="col">Role</th>
                      <th scope="col">Status</th>
                      <th scope="col" className={styles.numeric}>
                        Resumes
                      </th>
                      <th scope="col" className={styles.numeric}>
                        Optimizations
                      </th>
                      <th scope="col">Joined</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody ref={tableRef}>
                    {items.map((user) => (
                      <tr key={user.id} data-paged-item data-testid="admin-user" tabIndex={-1}>
                        <th scope="row">
                          <span className={styles.cellStack}>
                            <span className={styles.name}>
                              {user.name} {user.id === me.id && <Badge tone="brand">You</Badge>}
                            </span>
                            <span className={styles.muted}>{user.email}</span>
                          </span>
                        </th>
                        <td>{user.role === 'admin' ? 'Admin' : 'User'}</td>
                        <td>
                          <UserStatus user={user} />
                        </td>
                        <td className={styles.numeric}>{user.resumeCount}</td>
                        <td className={styles.numeric}>{user.optimizationCount}</td>
                        <td>
                          <Time value={user.createdAt} />
                        </td>
                        <td>
                          <span className={styles.actions}>
                            {user.id === me.id ? null : (
                              <Button
                                variant={user.disabled ? 'secondary' : 'danger'}
                                size="sm"
                                aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.email}`}
                                onClick={() => {
                                  change.reset();
                                  setMessage(null);
                                  setTarget({ user, disable: !user.disabled });
                                }}
                              >
                                {user.disabled ? 'Enable' : 'Disable'}
                              </Button>
                            )}
                            {billingOn && (
                              <Button
                                variant="secondary"
                                size="sm"
                                aria-label={`Adjust credits for ${user.email}`}
                                onClick={() => {
                                  setMessage(null);
                                  setCreditsTarget(user);
                                }}
                              >
                                Adjust credits
                              </Button>
                            )}
                            <Link
                              to={`/admin/audit?userId=${encodeURIComponent(user.id)}`}
                              aria-label={`Activity of ${user.email}`}
                            >
                              Activity
                            </Link>
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <LoadMore
                query={users}
                shown={`Showing ${items.length} user${items.length === 1 ? '' : 's'}.`}
                label="Load more users"
                onLoad={beforeLoad}
              />
            </>
          )}
        </AsyncContent>
      </div>
      {billingOn && creditsTarget && (
        <AdjustCreditsDialog
          key={creditsTarget.id}
          user={creditsTarget}
          onCancel={() => setCreditsTarget(null)}
          onDone={(balance) => {
            setCreditsTarget(null);
            setMessage(`Balance is now ${balance} credit${balance === 1 ? '' : 's'}.`);
          }}
        />
      )}
      <ConfirmDialog
        open={target !== null}
        title={target?.disable ? `Disable ${target.user.email}?` : `Enable ${target?.user.email ?? ''}?`}
        confirmLabel={target?.disable ? 'Disable account' : 'Enable account'}
        confirmVariant={target?.disable ? 'danger' : 'primary'}
        pendingLabel={target?.disable ? 'Disabling…' : 'Enabling…'}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
        pending={change.isPending}
        error={change.isError ? describeError(change.error) : null}
      >
        {target?.disable ? (
          <p>
            {target.user.name} is signed out on every device at once and can't sign in until an admin enables the
            account again. Their resumes and other data are kept.
          </p>
        ) : (
          <p>{target?.user.name} can sign in again with their password.</p>
        )}
      </ConfirmDialog>
    </Card>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';

import {
  AsyncContent,
  Badge,
  Button,
  Card,
  EmptyState,
  Form,
  LoadMore,
  shownPages,
  SelectField,
  TextField,
  Time,
  useFocusFirstNew,
} from '@/components/ui';
import type { AuditEntry, AuditListParams } from '@/lib/api-types';
import { AUDIT_EVENTS, auditEventLabel, auditEventTone } from '@/lib/audit-events';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { useAudit } from '../hooks/use-admin';
import { isoToLocalInput, localInputToIso } from '../utils/local-time';

import styles from './admin.module.css';

function formatDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

function Actor({ entry }: { entry: AuditEntry }) {
  if (!entry.actorId) return <span className={styles.muted}>—</span>;
  if (entry.actorId === entry.userId) return <span className={styles.muted}>The account itself</span>;
  return <span className={styles.mono}>{entry.actorId}</span>;
}

interface AuditLogProps {
  filters: AuditListParams;
  onFilter: (filters: AuditListParams) => void;
}

const blank = (filters: AuditListParams) => ({
  userId: filters.userId ?? '',
  event: filters.event ?? '',
  since: isoToLocalInput(filters.since),
  until: isoToLocalInput(filters.until),
});

/** The security log of every account, filtered by account, event and time, a page at a time. */
export function AuditLog({ filters, onFilter }: AuditLogProps) {
  const audit = useAudit(filters);
  const [values, setValues] = useState(() => blank(filters));
  const [untilError, setUntilError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const { userId, event: eventName, since, until } = filters;
  // The address changed (Back, or a link to one account's events): show its filters.
  useEffect(
    () => setValues(blank({ userId, event: eventName, since, until })),
    [userId, eventName, since, until],
  );
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const items = audit.data?.pages.flatMap((page) => page.items) ?? [];
  const beforeLoad = useFocusFirstNew(bodyRef, items.length);
  // An event the filter names that this app does not list still shows as an option.
  const events = filters.event && !AUDIT_EVENTS.includes(filters.event as never) ? [...AUDIT_EVENTS, filters.event] : AUDIT_EVENTS;

  const update = (field: keyof typeof values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (field === 'since' || field === 'until') setUntilError(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const since = localInputToIso(values.since);
    const until = localInputToIso(values.until);
    if (since && until && since > until) {
      setUntilError('Choose a time after “Since”.');
      setAttempt((n) => n + 1);
      return;
    }
    onFilter({ userId: values.userId.trim() || undefined, event: values.event || undefined, since, until });
  };

  const clear = () => {
    setValues(blank({}));
    setUntilError(null);
    onFilter({});
  };

  return (
    <Card title="Audit log" description="Security events of every account, newest first. Times are in your time zone.">
      <div className={styles.stack}>
        <Form ref={formRef} onSubmit={submit} aria-label="Filter the audit log">
          <div className={styles.filters}>
            <TextField
              label="User id"
              name="userId"
              value={values.userId}
              onChange={(event) => update('userId', event.target.value)}
              spellCheck={false}
              autoComplete="off"
            />
            <SelectField label="Event" name="event" value={values.event} onChange={(event) => update('event', event.target.value)}>
              <option value="">Any event</option>
              {events.map((name) => (
                <option key={name} value={name}>
                  {auditEventLabel(name)}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Since"
              type="datetime-local"
              name="since"
              value={values.since}
              onChange={(event) => update('since', event.target.value)}
            />
            <TextField
              label="Until"
              type="datetime-local"
              name="until"
              value={values.until}
              onChange={(event) => update('until', event.target.value)}
              error={untilError}
            />
          </div>
          <div className={styles.filterActions}>
            <Button type="submit">Apply filters</Button>
            <Button variant="secondary" onClick={clear}>
              Clear filters
            </Button>
          </div>
        </Form>
        <AsyncContent
          query={shownPages(audit)}
          loadingLabel="Loading the audit log…"
          errorTitle="We couldn't load the audit log."
          isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
          empty={<EmptyState title="No events match these filters" description="Widen the time range or clear the filters." />}
        >
          {() => (
            <>
              <div className={styles.tableWrap}>
                <table className={styles.table}>
                  <caption>Audit events</caption>
                  <thead>
                    <tr>
                      <th scope="col">Time</th>
                      <th scope="col">Event</th>
                      <th scope="col">Account</th>
                      <th scope="col">By</th>
                      <th scope="col">Address</th>
                      <th scope="col">Request</th>
                      <th scope="col">Details</th>
                    </tr>
                  </thead>
                  <tbody ref={bodyRef}>
                    {items.map((entry) => {
                      const tone = auditEventTone(entry.event);
                      return (
                        <tr key={entry.id} data-paged-item data-testid="audit-entry" tabIndex={-1}>
                          <td>
                            <Time value={entry.createdAt} />
                          </td>
                          <th scope="row">
                            <span className={styles.cellStack}>
                              {tone === 'neutral' ? (
                                auditEventLabel(entry.event)
                              ) : (
                                <Badge tone={tone}>{auditEventLabel(entry.event)}</Badge>
                              )}
                              <span className={styles.mono}>{entry.event}</span>
                            </span>
                          </th>
                          <td className={styles.mono}>{entry.userId ?? '—'}</td>
                          <td>
                            <Actor entry={entry} />
                          </td>
                          <td className={styles.mono}>{entry.clientAddress || '—'}</td>
                          <td className={styles.mono}>{entry.requestId || '—'}</td>
                          <td className={styles.mono}>{formatDetails(entry.details ?? {}) || '—'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <LoadMore
                query={audit}
                shown={`Showing ${items.length} event${items.length === 1 ? '' : 's'}.`}
                label="Load more events"
                onLoad={beforeLoad}
              />
            </>
          )}
        </AsyncContent>
      </div>
    </Card>
  );
}

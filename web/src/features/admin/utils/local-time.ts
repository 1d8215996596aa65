// <input type="datetime-local"> speaks local wall-clock time ("2025-03-01T09:30"); the API speaks
// ISO timestamps in UTC.

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO timestamp as a datetime-local value in this browser's time zone ("" when unreadable). */
export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** A datetime-local value as an ISO timestamp (undefined when empty or unreadable). */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

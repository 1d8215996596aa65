import { formatDateTime, formatRelative } from '@/lib/format';

interface TimeProps {
  /** An ISO timestamp. */
  value: string;
  /** "3 days ago" (the full date and time on hover); else the date and time. */
  relative?: boolean;
}

/** A point in time, machine-readable for assistive technology and browser tools. */
export function Time({ value, relative = false }: TimeProps) {
  const full = formatDateTime(value);
  return (
    <time dateTime={value} title={relative ? full : undefined}>
      {relative ? formatRelative(value) : full}
    </time>
  );
}

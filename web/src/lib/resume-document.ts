// Small facts about the resume document that the read-only view and the editor share.

import type { Confidence, LinkKind, PartialDate } from './api-types';

/** Entries the parser read with less confidence than this are flagged "Check this entry". */
export const CHECK_BELOW = 0.6;

export function needsCheck(confidence: Confidence | undefined): boolean {
  return typeof confidence === 'number' && confidence < CHECK_BELOW;
}

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const LINK_KIND_LABEL: Record<LinkKind, string> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  portfolio: 'Portfolio',
  other: 'Other link',
};

/** The kind a URL reads as (the server guesses the same way when none is sent). */
export function guessLinkKind(url: string): LinkKind {
  const host = /^(?:[a-z]+:\/\/)?([^/?#]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  return 'other';
}

export interface DateParts {
  year: string;
  /** "01"–"12", or "" when only the year is known. */
  month: string;
}

export function dateParts(value: PartialDate | null | undefined): DateParts {
  const match = value ? /^(\d{4})(?:-(\d{2}))?$/.exec(value) : null;
  if (!match) return { year: '', month: '' };
  return { year: match[1]!, month: match[2] ?? '' };
}

/** "Jun 2019", "2019", or null. */
export function formatPartialDate(value: PartialDate | null | undefined): string | null {
  if (!value) return null;
  const { year, month } = dateParts(value);
  if (!year) return value;
  const name = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  return name ? `${name.slice(0, 3)} ${year}` : year;
}

/** "Jun 2019 – Present", "2014 – 2018", or "" when no date is known. */
export function formatDateRange(
  start: PartialDate | null | undefined,
  end: PartialDate | null | undefined,
  current = false,
): string {
  const from = formatPartialDate(start);
  const to = current ? 'Present' : formatPartialDate(end);
  if (from && to) return `${from} – ${to}`;
  return from ?? to ?? '';
}

/** Non-empty pieces joined, e.g. `joinText([title, company], ' at ')`. */
export function joinText(parts: readonly (string | null | undefined)[], separator: string): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}

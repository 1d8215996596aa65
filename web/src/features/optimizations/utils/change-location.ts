import type { Change } from '@/lib/api-types';

const SECTION: Record<string, string> = {
  contact: 'Contact',
  summary: 'Summary',
  skills: 'Skills',
  experience: 'Experience',
  projects: 'Projects',
  education: 'Education',
  volunteer: 'Volunteering',
  certifications: 'Certifications',
  awards: 'Awards',
  publications: 'Publications',
  languages: 'Languages',
  custom: 'Other sections',
};

const ENTRY_NOUN: Record<string, string> = {
  experience: 'role',
  projects: 'project',
  volunteer: 'role',
  custom: 'section',
};

/**
 * "Experience · role 1 · bullet 2" from `experience[0].bullets[1]`;
 * "Other sections · section 1 · entry 2 · bullet 1" from `custom[0].entries[1].bullets[0]`;
 * "Experience · role 1 · order of bullets" from `experience[0].bullets` (a new order).
 */
export function describeChangeLocation(change: Pick<Change, 'section' | 'path'>): string {
  const section = /^(\w+)/.exec(change.path)?.[1] ?? change.section;
  const parts = [SECTION[section] ?? SECTION[change.section] ?? change.section];
  const entry = /^(\w+)\[(\d+)\]/.exec(change.path);
  const customEntry = /\.entries\[(\d+)\]/.exec(change.path);
  const bullet = /bullets\[(\d+)\]/.exec(change.path);
  if (entry) parts.push(`${ENTRY_NOUN[entry[1]!] ?? 'entry'} ${Number(entry[2]) + 1}`);
  if (customEntry) parts.push(`entry ${Number(customEntry[1]) + 1}`);
  if (bullet) parts.push(`bullet ${Number(bullet[1]) + 1}`);
  else if (/\.bullets$/.test(change.path)) parts.push('order of bullets');
  return parts.join(' · ');
}

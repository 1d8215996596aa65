import type { Change } from '@/lib/api-types';

const SECTION: Record<string, string> = {
  summary: 'Summary',
  skills: 'Skills',
  experience: 'Experience',
  projects: 'Projects',
  education: 'Education',
  other: 'Other',
};

/** "Experience · role 1 · bullet 2" from `experience[0].bullets[1]`. */
export function describeChangeLocation(change: Pick<Change, 'section' | 'path'>): string {
  const parts = [SECTION[change.section] ?? change.section];
  const entry = /^(\w+)\[(\d+)\]/.exec(change.path);
  const bullet = /bullets\[(\d+)\]/.exec(change.path);
  if (entry) {
    const noun = entry[1] === 'experience' ? 'role' : entry[1] === 'projects' ? 'project' : 'entry';
    parts.push(`${noun} ${Number(entry[2]) + 1}`);
  }
  if (bullet) parts.push(`bullet ${Number(bullet[1]) + 1}`);
  return parts.join(' · ');
}

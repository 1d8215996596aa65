import { useId, type MouseEvent } from 'react';

import type { ResumeDocument } from '@/lib/api-types';
import { needsCheck } from '@/lib/resume-document';

import { contactFieldId } from './ContactEditor';
import { controlId } from './context';
import styles from './editor.module.css';
import { keysOf } from './keys';
import { capitalize, ENTRY_SECTIONS, sectionEntries } from './sections';

export interface Flag {
  label: string;
  /** Id of the entry's first field. */
  target: string;
}

/** Entries the parser was unsure of, in document order, each pointing at its first field. */
export function flagsOf(doc: ResumeDocument, idPrefix: string): Flag[] {
  const flags: Flag[] = [];
  if (needsCheck(doc.contact.confidence)) flags.push({ label: 'Contact details', target: contactFieldId(idPrefix) });
  for (const spec of ENTRY_SECTIONS) {
    if (!spec.confidence) continue;
    const entries = sectionEntries(doc, spec.key);
    const keys = keysOf(entries);
    entries.forEach((entry, index) => {
      if (!needsCheck(entry.confidence)) return;
      const what = spec.describe(entry);
      flags.push({
        label: `${capitalize(spec.noun)} ${index + 1}${what ? `: ${what}` : ''}`,
        target: controlId(idPrefix, keys[index]!, spec.fields[0]!.name),
      });
    });
  }
  return flags;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}

/** "Check these entries": links that move focus to each flagged entry's first field. */
export function ReviewFlags({ flags }: { flags: readonly Flag[] }) {
  const titleId = useId();
  if (flags.length === 0) return null;
  return (
    <nav className={styles.flags} aria-labelledby={titleId}>
      <p id={titleId} className={styles.flagsTitle}>
        Check {flags.length === 1 ? 'this entry' : `these ${flags.length} entries`}: the parser was unsure it read{' '}
        {flags.length === 1 ? 'it' : 'them'} right.
      </p>
      <ul className={styles.flagList}>
        {flags.map((flag) => (
          <li key={flag.target}>
            <a href={`#${flag.target}`} onClick={(event) => focusTarget(event, flag.target)}>
              {flag.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Button } from '@/components/ui';
import type { CustomEntry, CustomSection } from '@/lib/api-types';

import { BulletList } from './BulletList';
import { controlId, useEditor } from './context';
import styles from './editor.module.css';
import { EntryCard } from './EntryCard';
import { keysOf, listOps } from './keys';
import { TextInput } from './TextInput';

interface CustomSectionsEditorProps {
  sections: readonly CustomSection[];
  onChange: (sections: CustomSection[], field?: string) => void;
}

function SectionEntries({
  section,
  sectionIndex,
  sectionKey,
  onChange,
}: {
  section: CustomSection;
  sectionIndex: number;
  sectionKey: string;
  onChange: (entries: CustomEntry[], field?: string) => void;
}) {
  const { idPrefix, focusLater } = useEditor();
  const entries = section.entries;
  const keys = keysOf(entries);
  const owner = `custom section ${sectionIndex + 1}`;
  const addId = controlId(idPrefix, sectionKey, 'add-entry');
  return (
    <>
      {entries.map((entry, index) => {
        const key = keys[index]!;
        const path = `custom[${sectionIndex}].entries[${index}]`;
        const name = `entry ${index + 1} of ${owner}`;
        const update = (patch: Partial<CustomEntry>, field?: string) =>
          onChange(listOps.replace(entries, index, { ...entry, ...patch }), field && `custom.${key}.${field}`);
        const neighbour = keys[index + 1] ?? keys[index - 1];
        return (
          <EntryCard
            key={key}
            legend={`Entry ${index + 1}`}
            name={name}
            index={index}
            count={entries.length}
            id={controlId(idPrefix, key, 'entry')}
            path={path}
            onMove={(to) => onChange(listOps.move(entries, index, to))}
            onRemove={() => onChange(listOps.remove(entries, index))}
            focusAfterRemove={neighbour ? controlId(idPrefix, neighbour, 'entry-remove') : addId}
            firstFieldId={controlId(idPrefix, key, 'title')}
          >
            <TextInput
              id={controlId(idPrefix, key, 'title')}
              label="Title"
              suffix={`, ${name}`}
              value={entry.title}
              path={`${path}.title`}
              onChange={(title) => update({ title }, 'title')}
            />
            <BulletList
              bullets={entry.bullets}
              onChange={(bullets, field) => update({ bullets }, field)}
              path={path}
              owner={name}
              ownerKey={key}
            />
          </EntryCard>
        );
      })}
      <Button
        id={addId}
        variant="secondary"
        size="sm"
        className={styles.addButton}
        aria-label={`Add entry to ${owner}`}
        onClick={() => {
          const next = listOps.insert(entries, { title: null, bullets: [] });
          onChange(next);
          focusLater(controlId(idPrefix, keysOf(next)[next.length - 1]!, 'title'));
        }}
      >
        Add entry
      </Button>
    </>
  );
}

/** Sections with headings of the user's own ("Interests", "Memberships"), each a list of entries. */
export function CustomSectionsEditor({ sections, onChange }: CustomSectionsEditorProps) {
  const { idPrefix, focusLater } = useEditor();
  const keys = keysOf(sections);
  const headingId = `${idPrefix}-custom-heading`;
  const addId = `${idPrefix}-custom-add`;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionTitle}>
        Other sections
      </h3>
      {sections.map((section, index) => {
        const key = keys[index]!;
        const name = `custom section ${index + 1}`;
        const update = (patch: Partial<CustomSection>, field?: string) =>
          onChange(listOps.replace(sections, index, { ...section, ...patch }), field);
        const neighbour = keys[index + 1] ?? keys[index - 1];
        return (
          <EntryCard
            key={key}
            legend={`Custom section ${index + 1}`}
            name={name}
            index={index}
            count={sections.length}
            id={controlId(idPrefix, key, 'entry')}
            path={`custom[${index}]`}
            onMove={(to) => onChange(listOps.move(sections, index, to))}
            onRemove={() => onChange(listOps.remove(sections, index))}
            focusAfterRemove={neighbour ? controlId(idPrefix, neighbour, 'entry-remove') : addId}
            firstFieldId={controlId(idPrefix, key, 'title')}
          >
            <TextInput
              id={controlId(idPrefix, key, 'title')}
              label="Section title"
              suffix={`, ${name}`}
              hint="e.g. Interests, Memberships"
              value={section.title}
              path={`custom[${index}].title`}
              onChange={(title) => update({ title }, `custom.${key}.title`)}
            />
            <SectionEntries
              section={section}
              sectionIndex={index}
              sectionKey={key}
              onChange={(entries, field) => update({ entries }, field)}
            />
          </EntryCard>
        );
      })}
      <Button
        id={addId}
        variant="secondary"
        size="sm"
        className={styles.addButton}
        onClick={() => {
          const next = listOps.insert(sections, { title: null, entries: [] });
          onChange(next);
          focusLater(controlId(idPrefix, keysOf(next)[next.length - 1]!, 'title'));
        }}
      >
        Add custom section
      </Button>
    </section>
  );
}

import { Button } from '@/components/ui';

import { BulletList } from './BulletList';
import { controlId, useEditor } from './context';
import { DateRange, type Period } from './DateRange';
import styles from './editor.module.css';
import { EntryCard } from './EntryCard';
import { keysOf, listOps } from './keys';
import { MonthYearField } from './MonthYearField';
import { capitalize, type Entry, type SectionSpec } from './sections';
import { TextInput } from './TextInput';

interface EntrySectionProps {
  spec: SectionSpec;
  entries: readonly Entry[];
  onChange: (entries: Entry[], field?: string) => void;
}

/** A section of entries (jobs, schools, awards…): each entry's fields, and add, move, remove. */
export function EntrySection({ spec, entries, onChange }: EntrySectionProps) {
  const { idPrefix, focusLater } = useEditor();
  const keys = keysOf(entries);
  const headingId = `${idPrefix}-${spec.key}-heading`;
  const addId = `${idPrefix}-${spec.key}-add`;
  const first = spec.fields[0]!;

  const add = () => {
    const next = listOps.insert(entries, spec.empty());
    onChange(next);
    focusLater(controlId(idPrefix, keysOf(next)[next.length - 1]!, first.name));
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionTitle}>
        {spec.title}
      </h3>
      {entries.map((entry, index) => {
        const key = keys[index]!;
        const path = `${spec.key}[${index}]`;
        const name = `${spec.noun} ${index + 1}`;
        const suffix = `, ${name}`;
        const update = (patch: Partial<Entry>, field?: string) =>
          onChange(listOps.replace(entries, index, { ...entry, ...patch }), field && `${spec.key}.${key}.${field}`);
        const neighbour = keys[index + 1] ?? keys[index - 1];
        return (
          <EntryCard
            key={key}
            legend={capitalize(name)}
            name={name}
            index={index}
            count={entries.length}
            id={controlId(idPrefix, key, 'entry')}
            path={path}
            onMove={(to) => onChange(listOps.move(entries, index, to))}
            onRemove={() => onChange(listOps.remove(entries, index))}
            focusAfterRemove={neighbour ? controlId(idPrefix, neighbour, 'entry-remove') : addId}
            confidence={spec.confidence ? entry.confidence : undefined}
            onConfirm={spec.confidence ? () => update({ confidence: null }) : undefined}
            firstFieldId={controlId(idPrefix, key, first.name)}
          >
            <div className={styles.grid}>
              {spec.fields.map((field) =>
                field.kind === 'date' ? (
                  <MonthYearField
                    key={field.name}
                    legend={field.label}
                    suffix={suffix}
                    value={(entry[field.name] as string | null) ?? null}
                    onChange={(date) => update({ [field.name]: date })}
                    path={`${path}.${field.name}`}
                    id={controlId(idPrefix, key, field.name)}
                  />
                ) : (
                  <TextInput
                    key={field.name}
                    id={controlId(idPrefix, key, field.name)}
                    label={field.label}
                    suffix={suffix}
                    kind={field.kind}
                    value={entry[field.name] as string | null}
                    path={`${path}.${field.name}`}
                    onChange={(value) => update({ [field.name]: value }, field.name)}
                  />
                ),
              )}
            </div>
            {spec.period && (
              <DateRange
                value={entry as unknown as Period}
                onChange={(patch) => update(patch)}
                path={path}
                itemKey={key}
                suffix={suffix}
              />
            )}
            {spec.bullets && (
              <BulletList
                bullets={entry.bullets as string[]}
                onChange={(bullets, field) => update({ bullets }, field)}
                path={path}
                owner={name}
                ownerKey={key}
              />
            )}
          </EntryCard>
        );
      })}
      {entries.length === 0 && <p className={styles.empty}>No {spec.title.toLowerCase()} yet.</p>}
      <Button id={addId} variant="secondary" size="sm" className={styles.addButton} onClick={add}>
        Add {spec.noun}
      </Button>
    </section>
  );
}

import { BulletList } from './BulletList';
import { CardList, EditorSection } from './CardList';
import { controlId, useEditor } from './context';
import { DateRange, type Period } from './DateRange';
import styles from './editor.module.css';
import { MonthYearField } from './MonthYearField';
import type { Entry, SectionSpec } from './sections';
import { TextInput } from './TextInput';

interface EntrySectionProps {
  spec: SectionSpec;
  entries: readonly Entry[];
  onChange: (entries: Entry[], field?: string) => void;
}

/** A section of entries (jobs, schools, awards…): each entry's fields, and add, move, remove. */
export function EntrySection({ spec, entries, onChange }: EntrySectionProps) {
  const { idPrefix } = useEditor();
  const first = spec.fields[0]!;

  return (
    <EditorSection id={spec.key} title={spec.title}>
      <CardList
        items={entries}
        onChange={onChange}
        nameOf={(index) => `${spec.noun} ${index + 1}`}
        pathOf={(index) => `${spec.key}[${index}]`}
        fieldPrefix={spec.key}
        firstField={first.name}
        addId={`${idPrefix}-${spec.key}-add`}
        addText={`Add ${spec.noun}`}
        newItem={spec.empty}
        empty={<p className={styles.empty}>No {spec.title.toLowerCase()} yet.</p>}
        confidenceOf={spec.confidence ? (entry) => entry.confidence : undefined}
      >
        {(entry, card) => {
          const { key, name, path, update } = card;
          const suffix = `, ${name}`;
          return (
            <>
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
              {spec.bullets && <BulletList bullets={entry.bullets as string[]} entry={card} />}
            </>
          );
        }}
      </CardList>
    </EditorSection>
  );
}

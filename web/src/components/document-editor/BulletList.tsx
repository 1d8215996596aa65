import type { KeyboardEvent } from 'react';

import { FieldShell } from '@/components/ui/FieldShell';
import fieldStyles from '@/components/ui/Field.module.css';
import { cx } from '@/lib/cx';

import { AddButton } from './AddButton';
import type { CardItem } from './CardList';
import { controlId, useEditor, useIssue, useNote } from './context';
import styles from './editor.module.css';
import { ItemToolbar } from './ItemToolbar';
import { keysOf, listOps } from './keys';
import { withNote } from './TextInput';

interface BulletListProps {
  bullets: readonly string[];
  /** The entry whose bullets these are. */
  entry: CardItem<{ bullets: string[] }>;
}

function BulletField({
  id,
  label,
  suffix,
  value,
  path,
  onChange,
  onEnter,
}: {
  id: string;
  label: string;
  suffix: string;
  value: string;
  path: string;
  onChange: (text: string) => void;
  onEnter: () => void;
}) {
  const issue = useIssue(path);
  const note = useNote(path);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      onEnter();
    }
  };
  return (
    <FieldShell
      label={label}
      labelSuffix={suffix}
      id={id}
      hint={withNote(null, note)}
      error={issue}
      className={styles.bulletField}
    >
      {(control) => (
        <textarea
          {...control}
          rows={2}
          className={cx(fieldStyles.input, styles.bulletInput)}
          value={value}
          // A bullet is one line: Enter starts the next bullet, pasted line breaks become spaces.
          onChange={(event) => onChange(event.target.value.replace(/\s*\n+\s*/g, ' '))}
          onKeyDown={onKeyDown}
        />
      )}
    </FieldShell>
  );
}

/** An entry's bullets: one line each, added, removed and reordered. */
export function BulletList({ bullets, entry }: BulletListProps) {
  const { idPrefix, focusLater } = useEditor();
  const { path, name: owner, key: ownerKey } = entry;
  const onChange = (next: string[], field?: string) => entry.update({ bullets: next }, field);
  const keys = keysOf(bullets);
  const addId = controlId(idPrefix, ownerKey, 'add-bullet');
  const insertAt = (at: number) => {
    const next = listOps.insert(bullets, '', at);
    onChange(next);
    focusLater(controlId(idPrefix, keysOf(next)[at]!, 'text'));
  };

  return (
    <div className={styles.bulletBlock}>
      {bullets.length > 0 && (
        <ol className={styles.bullets} aria-label={`Bullets of ${owner}`}>
          {bullets.map((bullet, index) => {
            const key = keys[index]!;
            const name = `bullet ${index + 1} of ${owner}`;
            const fallback = keys[index + 1] ?? keys[index - 1];
            return (
              <li key={key} className={styles.bulletRow}>
                <BulletField
                  id={controlId(idPrefix, key, 'text')}
                  label={`Bullet ${index + 1}`}
                  suffix={` of ${owner}`}
                  value={bullet}
                  path={`${path}.bullets[${index}]`}
                  onChange={(text) => onChange(listOps.replace(bullets, index, text), `${path}.bullets.${key}`)}
                  onEnter={() => insertAt(index + 1)}
                />
                <ItemToolbar
                  name={name}
                  index={index}
                  count={bullets.length}
                  id={controlId(idPrefix, key, 'bullet')}
                  onMove={(to) => onChange(listOps.move(bullets, index, to))}
                  onRemove={() => onChange(listOps.remove(bullets, index))}
                  focusAfterRemove={fallback ? controlId(idPrefix, fallback, 'text') : addId}
                />
              </li>
            );
          })}
        </ol>
      )}
      <AddButton id={addId} label={`Add bullet to ${owner}`} onClick={() => insertAt(bullets.length)}>
        Add bullet
      </AddButton>
    </div>
  );
}

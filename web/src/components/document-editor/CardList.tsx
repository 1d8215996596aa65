import type { ReactNode } from 'react';

import { AddButton } from './AddButton';
import { controlId, useEditor } from './context';
import styles from './editor.module.css';
import { EntryCard } from './EntryCard';
import { keysOf, listOps } from './keys';
import { capitalize } from './sections';

/** What a card's fields need to know about the item they edit. */
export interface CardItem<T> {
  index: number;
  /** The item's stable key, for ids and save paths. */
  key: string;
  /** "job 2". */
  name: string;
  /** The item's path (`experience[1]`). */
  path: string;
  /** Replaces the item with itself and the patch; a field names what changed (see fieldPrefix). */
  update: (patch: Partial<T>, field?: string) => void;
}

interface CardListProps<T> {
  items: readonly T[];
  onChange: (items: T[], field?: string) => void;
  /** "job 2" for the item at this index. */
  nameOf: (index: number) => string;
  /** "Job 2"; the name with a capital first letter unless given. */
  legendOf?: (index: number) => string;
  /** `experience[1]` for the item at this index. */
  pathOf: (index: number) => string;
  /** With it, an update's field `title` goes up as `<fieldPrefix>.<key>.title`; without, as it is. */
  fieldPrefix?: string;
  /** The control name of each item's first field (focused once an item is added or confirmed). */
  firstField: string;
  /** Id of the add button (focused once the last item is removed). */
  addId: string;
  /** "Add job". */
  addText: string;
  addLabel?: string;
  newItem: () => T;
  /** Shown in place of the cards while there are none. */
  empty?: ReactNode;
  /** The parser's confidence in an item, for items that may ask to be checked. */
  confidenceOf?: (item: T) => number | null | undefined;
  children: (item: T, card: CardItem<T>) => ReactNode;
}

/** A list of items as entry cards (move and remove each), then a button that adds one. */
export function CardList<T>({
  items,
  onChange,
  nameOf,
  legendOf,
  pathOf,
  fieldPrefix,
  firstField,
  addId,
  addText,
  addLabel,
  newItem,
  empty,
  confidenceOf,
  children,
}: CardListProps<T>) {
  const { idPrefix, focusLater } = useEditor();
  const keys = keysOf(items);
  return (
    <>
      {items.map((item, index) => {
        const key = keys[index]!;
        const name = nameOf(index);
        const path = pathOf(index);
        const update = (patch: Partial<T>, field?: string) =>
          onChange(
            listOps.replace(items, index, { ...item, ...patch }),
            field && fieldPrefix ? `${fieldPrefix}.${key}.${field}` : field,
          );
        const neighbour = keys[index + 1] ?? keys[index - 1];
        return (
          <EntryCard
            key={key}
            legend={legendOf ? legendOf(index) : capitalize(name)}
            name={name}
            index={index}
            count={items.length}
            id={controlId(idPrefix, key, 'entry')}
            path={path}
            onMove={(to) => onChange(listOps.move(items, index, to))}
            onRemove={() => onChange(listOps.remove(items, index))}
            focusAfterRemove={neighbour ? controlId(idPrefix, neighbour, 'entry-remove') : addId}
            confidence={confidenceOf?.(item)}
            onConfirm={confidenceOf && (() => update({ confidence: null } as unknown as Partial<T>))}
            firstFieldId={controlId(idPrefix, key, firstField)}
          >
            {children(item, { index, key, name, path, update })}
          </EntryCard>
        );
      })}
      {items.length === 0 && empty}
      <AddButton
        id={addId}
        label={addLabel}
        onClick={() => {
          const next = listOps.insert(items, newItem());
          onChange(next);
          focusLater(controlId(idPrefix, keysOf(next)[next.length - 1]!, firstField));
        }}
      >
        {addText}
      </AddButton>
    </>
  );
}

/** A section of the editor under its own heading. */
export function EditorSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  const { idPrefix } = useEditor();
  const headingId = `${idPrefix}-${id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionTitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}

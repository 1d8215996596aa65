import { useState, type KeyboardEvent } from 'react';

import { Button } from '@/components/ui';
import { FieldShell } from '@/components/ui/FieldShell';
import fieldStyles from '@/components/ui/Field.module.css';
import type { SkillGroup } from '@/lib/api-types';

import { CardList, EditorSection } from './CardList';
import { controlId, useEditor, useNote } from './context';
import styles from './editor.module.css';
import { keysOf, listOps } from './keys';
import { TextInput, withNote } from './TextInput';

interface SkillsEditorProps {
  groups: readonly SkillGroup[];
  onChange: (groups: SkillGroup[], field?: string) => void;
}

interface GroupProps {
  group: SkillGroup;
  groupKey: string;
  /** The group's path (`skills[1]`). */
  path: string;
  /** "skill group 2". */
  name: string;
  onItems: (items: string[]) => void;
}

/** A group's skills as chips, each with a remove button, and a field to add more (Enter or comma). */
function SkillChips({ group, groupKey, path, name, onItems }: GroupProps) {
  const { idPrefix, focusLater } = useEditor();
  const unsure = useNote(`${path}.items`);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const inputId = controlId(idPrefix, groupKey, 'new-skill');
  const noteId = `${inputId}-note`;
  const items = group.items;
  const keys = keysOf(items);

  const add = () => {
    const fresh = draft
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (fresh.length === 0) return;
    const known = new Set(items.map((item) => item.toLowerCase()));
    let next = items;
    const repeated: string[] = [];
    for (const item of fresh) {
      if (known.has(item.toLowerCase())) repeated.push(item);
      else {
        known.add(item.toLowerCase());
        next = listOps.insert(next, item);
      }
    }
    if (next !== items) onItems(next);
    setDraft('');
    setNote(repeated.length ? `Already listed: ${repeated.join(', ')}.` : null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className={styles.skills}>
      {items.length > 0 ? (
        <ul className={styles.chips} aria-label={`Skills in ${name}`}>
          {items.map((item, index) => {
            const next = keys[index + 1] ?? keys[index - 1];
            return (
              <li key={keys[index]} className={styles.chip}>
                <span>{item}</span>
                <button
                  type="button"
                  id={controlId(idPrefix, keys[index]!, 'remove-skill')}
                  className={styles.chipRemove}
                  aria-label={`Remove ${item}`}
                  onClick={() => {
                    onItems(listOps.remove(items, index));
                    focusLater(next ? controlId(idPrefix, next, 'remove-skill') : inputId);
                  }}
                >
                  <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
                    <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className={styles.empty}>No skills in this group yet.</p>
      )}
      <div className={styles.addRow}>
        <FieldShell
          label="Add a skill"
          labelSuffix={` to ${name}`}
          hint={withNote('Press Enter to add it. Separate several with commas.', unsure)}
          id={inputId}
          describedBy={note ? noteId : undefined}
          className={styles.addField}
        >
          {(control) => (
            <input
              {...control}
              className={fieldStyles.input}
              value={draft}
              autoComplete="off"
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
            />
          )}
        </FieldShell>
        <Button variant="secondary" size="sm" onClick={add} aria-label={`Add skill to ${name}`}>
          Add
        </Button>
      </div>
      <p id={noteId} className={styles.hintText} aria-live="polite">
        {note}
      </p>
    </div>
  );
}

/** Skills in groups: a group name (or none for a plain list) and its chips. */
export function SkillsEditor({ groups, onChange }: SkillsEditorProps) {
  const { idPrefix } = useEditor();
  return (
    <EditorSection id="skills" title="Skills">
      <CardList
        items={groups}
        onChange={onChange}
        nameOf={(index) => `skill group ${index + 1}`}
        pathOf={(index) => `skills[${index}]`}
        fieldPrefix="skills"
        firstField="group"
        addId={`${idPrefix}-skills-add`}
        addText="Add skill group"
        newItem={() => ({ group: null, items: [] })}
      >
        {(group, { key, name, path, update }) => (
          <>
            <TextInput
              id={controlId(idPrefix, key, 'group')}
              label="Group name"
              suffix={`, ${name}`}
              hint="Optional, e.g. “Languages” or “Tools”. Leave it empty for a plain list."
              value={group.group}
              path={`${path}.group`}
              onChange={(value) => update({ group: value }, 'group')}
            />
            <SkillChips group={group} groupKey={key} path={path} name={name} onItems={(items) => update({ items })} />
          </>
        )}
      </CardList>
    </EditorSection>
  );
}

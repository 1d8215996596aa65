import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import { TextAreaField } from '@/components/ui';
import type { ParseWarning, ResumeDocument } from '@/lib/api-types';

import { EditorSection } from './CardList';
import { ContactEditor, contactFieldId } from './ContactEditor';
import { EditorContext, useIssue, useNote, type EditorContextValue } from './context';
import { CustomSectionsEditor } from './CustomSectionsEditor';
import styles from './editor.module.css';
import { EntrySection } from './EntrySection';
import { flagsOf, locateField, ReviewFlags, warningNotesOf } from './ReviewFlags';
import { ENTRY_SECTIONS, sectionEntries, type EntrySectionKey } from './sections';
import { SkillsEditor } from './SkillsEditor';
import { withNote } from './TextInput';
import type { DocumentChange } from './use-document-draft';

interface DocumentEditorProps {
  value: ResumeDocument;
  onChange: DocumentChange;
  /** The server's messages by draft path (see placeIssues). */
  issues?: Readonly<Record<string, string>>;
  /**
   * List what to check at the top (the parser's warnings, field by field, and the entries it was
   * unsure of), as links to them, and say beside each field what the parser was unsure of.
   */
  showFlagList?: boolean;
  /**
   * When the editor opens, focus the first field (the name), or with "first-flag" the first field
   * of the first entry to check.
   */
  autoFocus?: boolean | 'first-flag';
  /**
   * Moves focus to the field at this document path (`experience[1].company`, `skills[0].items[2]`,
   * or a whole entry, `experience[1]`) when the editor opens, and again each time a new request
   * (a new object) comes.
   */
  focusField?: { path: string };
}

const NO_ISSUES: Readonly<Record<string, string>> = {};
const NO_NOTES: Readonly<Record<string, string>> = {};

function SummaryField({ value, onChange, id }: { value: string | null; onChange: (text: string) => void; id: string }) {
  const issue = useIssue('summary');
  const note = useNote('summary');
  return (
    <TextAreaField
      id={id}
      label="Summary"
      hint={withNote('Two or three sentences on who you are and what you do best.', note)}
      value={value ?? ''}
      error={issue}
      rows={5}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Every section of a resume as a form. Changes go up whole; the caller keeps and saves them. */
export function DocumentEditor({
  value,
  onChange,
  issues = NO_ISSUES,
  showFlagList = false,
  autoFocus = false,
  focusField,
}: DocumentEditorProps) {
  const idPrefix = `doc${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const pendingFocus = useRef<string | null>(null);
  const focusLater = useCallback((id: string) => {
    pendingFocus.current = id;
  }, []);

  // After the change a button made is on screen, focus goes where that button asked.
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    document.getElementById(id)?.focus();
  });

  // The parser's warnings hold for the document they came with: each list of them (by identity,
  // as the server sent it) is checked against the first document the editor saw it in, so a
  // field changed since drops its warning, and an undo brings it back.
  const [sources] = useState(() => new WeakMap<readonly ParseWarning[], ResumeDocument>());
  if (value.warnings && !sources.has(value.warnings)) sources.set(value.warnings, value);
  const source = (value.warnings && sources.get(value.warnings)) || value;

  useEffect(() => {
    if (!autoFocus) return;
    const flagged = autoFocus === 'first-flag' ? flagsOf(value, idPrefix, source)[0]?.target : undefined;
    document.getElementById(flagged ?? contactFieldId(idPrefix))?.focus();
    // Only when the editor opens.
  }, []);

  useEffect(() => {
    if (!focusField) return;
    const target = locateField(value, idPrefix, focusField.path)?.target;
    const control = target ? document.getElementById(target) : null;
    if (!control) return;
    control.focus();
    control.scrollIntoView?.({ block: 'center' });
    // Only when a new request comes, not as the document changes.
  }, [focusField]);

  const notes = useMemo(() => (showFlagList ? warningNotesOf(value, source) : NO_NOTES), [showFlagList, value, source]);
  const context = useMemo<EditorContextValue>(
    () => ({ idPrefix, issues, notes, focusLater }),
    [idPrefix, issues, notes, focusLater],
  );
  const set = <K extends keyof ResumeDocument>(key: K) =>
    (next: ResumeDocument[K], field?: string) => onChange({ ...value, [key]: next }, field);
  const flags = showFlagList ? flagsOf(value, idPrefix, source) : [];
  const entrySection = (key: EntrySectionKey) => {
    const spec = ENTRY_SECTIONS.find((candidate) => candidate.key === key)!;
    return (
      <EntrySection
        spec={spec}
        entries={sectionEntries(value, key)}
        onChange={(entries, field) => onChange({ ...value, [key]: entries }, field)}
      />
    );
  };

  return (
    <EditorContext.Provider value={context}>
      <div className={styles.editor}>
        {showFlagList && <ReviewFlags flags={flags} />}
        <ContactEditor contact={value.contact} onChange={set('contact')} />
        <EditorSection id="summary" title="Summary">
          <SummaryField
            id={`${idPrefix}-summary`}
            value={value.summary}
            onChange={(summary) => onChange({ ...value, summary }, 'summary')}
          />
        </EditorSection>
        {entrySection('experience')}
        {entrySection('education')}
        <SkillsEditor groups={value.skills} onChange={set('skills')} />
        {entrySection('projects')}
        {entrySection('certifications')}
        {entrySection('languages')}
        {entrySection('awards')}
        {entrySection('volunteer')}
        {entrySection('publications')}
        <CustomSectionsEditor sections={value.custom} onChange={set('custom')} />
      </div>
    </EditorContext.Provider>
  );
}

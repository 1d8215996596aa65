import { createContext, useContext } from 'react';

export interface EditorContextValue {
  /** Unique per editor on the page; prefixes every control's id. */
  idPrefix: string;
  /** Messages from the server by draft path (`experience[1].endDate`). */
  issues: Readonly<Record<string, string>>;
  /** What the parser was unsure of, by draft path (`experience[1].company`). */
  notes: Readonly<Record<string, string>>;
  /** Moves focus to the control with this id after the next render. */
  focusLater: (id: string) => void;
}

export const EditorContext = createContext<EditorContextValue>({
  idPrefix: 'doc',
  issues: {},
  notes: {},
  focusLater: () => undefined,
});

export function useEditor(): EditorContextValue {
  return useContext(EditorContext);
}

/** The id of a control of one item (by its stable key). */
export function controlId(prefix: string, key: string, name: string): string {
  return `${prefix}-${key}-${name}`;
}

/** The server's message for this path, if any. */
export function useIssue(path: string): string | undefined {
  return useContext(EditorContext).issues[path];
}

/** What the parser was unsure of about the field at this path, if anything. */
export function useNote(path: string): string | undefined {
  return useContext(EditorContext).notes[path];
}

/** Whether the parser was unsure of any field of the entry at this path (`experience[1]`, `contact`). */
export function useHasNotes(path: string): boolean {
  const { notes } = useContext(EditorContext);
  return Object.keys(notes).some((at) => at.startsWith(`${path}.`));
}

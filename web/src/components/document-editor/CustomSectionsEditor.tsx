import type { CustomEntry, CustomSection } from '@/lib/api-types';

import { BulletList } from './BulletList';
import { CardList, EditorSection } from './CardList';
import { controlId, useEditor } from './context';
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
  const { idPrefix } = useEditor();
  const owner = `custom section ${sectionIndex + 1}`;
  return (
    <CardList
      items={section.entries}
      onChange={onChange}
      nameOf={(index) => `entry ${index + 1} of ${owner}`}
      legendOf={(index) => `Entry ${index + 1}`}
      pathOf={(index) => `custom[${sectionIndex}].entries[${index}]`}
      firstField="title"
      addId={controlId(idPrefix, sectionKey, 'add-entry')}
      addText="Add entry"
      addLabel={`Add entry to ${owner}`}
      newItem={() => ({ title: null, bullets: [] })}
    >
      {(entry, { key, name, path, update }) => {
        const at = (field?: string) => field && `custom.${key}.${field}`;
        return (
          <>
            <TextInput
              id={controlId(idPrefix, key, 'title')}
              label="Title"
              suffix={`, ${name}`}
              value={entry.title}
              path={`${path}.title`}
              onChange={(title) => update({ title }, at('title'))}
            />
            <BulletList
              bullets={entry.bullets}
              onChange={(bullets, field) => update({ bullets }, at(field))}
              path={path}
              owner={name}
              ownerKey={key}
            />
          </>
        );
      }}
    </CardList>
  );
}

/** Sections with headings of the user's own ("Interests", "Memberships"), each a list of entries. */
export function CustomSectionsEditor({ sections, onChange }: CustomSectionsEditorProps) {
  const { idPrefix } = useEditor();
  return (
    <EditorSection id="custom" title="Other sections">
      <CardList
        items={sections}
        onChange={onChange}
        nameOf={(index) => `custom section ${index + 1}`}
        pathOf={(index) => `custom[${index}]`}
        firstField="title"
        addId={`${idPrefix}-custom-add`}
        addText="Add custom section"
        newItem={() => ({ title: null, entries: [] })}
      >
        {(section, { index, key, name, path, update }) => (
          <>
            <TextInput
              id={controlId(idPrefix, key, 'title')}
              label="Section title"
              suffix={`, ${name}`}
              hint="e.g. Interests, Memberships"
              value={section.title}
              path={`${path}.title`}
              onChange={(title) => update({ title }, `custom.${key}.title`)}
            />
            <SectionEntries
              section={section}
              sectionIndex={index}
              sectionKey={key}
              onChange={(entries, field) => update({ entries }, field)}
            />
          </>
        )}
      </CardList>
    </EditorSection>
  );
}

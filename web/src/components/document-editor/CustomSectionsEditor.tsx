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
      fieldPrefix="custom"
      firstField="title"
      addId={controlId(idPrefix, sectionKey, 'add-entry')}
      addText="Add entry"
      addLabel={`Add entry to ${owner}`}
      newItem={() => ({ title: null, bullets: [] })}
    >
      {(entry, card) => (
        <>
          <TextInput
            id={controlId(idPrefix, card.key, 'title')}
            label="Title"
            suffix={`, ${card.name}`}
            value={entry.title}
            path={`${card.path}.title`}
            onChange={(title) => card.update({ title }, 'title')}
          />
          <BulletList bullets={entry.bullets} entry={card} />
        </>
      )}
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

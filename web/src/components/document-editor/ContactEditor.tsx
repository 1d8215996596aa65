import { Button, SelectField } from '@/components/ui';
import { LINK_KINDS, type Contact, type ContactLink, type LinkKind } from '@/lib/api-types';
import { guessLinkKind, LINK_KIND_LABEL, needsCheck } from '@/lib/resume-document';

import { AddButton } from './AddButton';
import { EditorSection } from './CardList';
import { controlId, useEditor, useHasNotes, useIssue } from './context';
import styles from './editor.module.css';
import { ItemToolbar } from './ItemToolbar';
import { keysOf, listOps } from './keys';
import { TextInput } from './TextInput';

interface ContactEditorProps {
  contact: Contact;
  onChange: (contact: Contact, field?: string) => void;
}

interface ContactField {
  name: 'name' | 'postNominals' | 'headline' | 'email' | 'phone' | 'location';
  label: string;
  autoComplete: string;
  kind: 'text' | 'email' | 'tel';
  hint?: string;
}

export const CONTACT_FIELDS: readonly ContactField[] = [
  { name: 'name', label: 'Full name', autoComplete: 'name', kind: 'text' },
  {
    name: 'postNominals',
    label: 'Post-nominals',
    autoComplete: 'honorific-suffix',
    kind: 'text',
    hint: 'Letters after your name, e.g. RN, CPA',
  },
  { name: 'headline', label: 'Headline', autoComplete: 'organization-title', kind: 'text' },
  { name: 'email', label: 'Email', autoComplete: 'email', kind: 'email' },
  { name: 'phone', label: 'Phone', autoComplete: 'tel', kind: 'tel' },
  { name: 'location', label: 'Location', autoComplete: 'address-level2', kind: 'text' },
];

/** The id of a contact field's input (the name's when none is given). */
export const contactFieldId = (prefix: string, field: ContactField['name'] = 'name') => `${prefix}-contact-${field}`;

/** The id of the button that adds a link. */
export const addLinkId = (prefix: string) => `${prefix}-contact-add-link`;

function LinkRow({
  link,
  index,
  count,
  linkKey,
  onChange,
  onMove,
  onRemove,
  focusAfterRemove,
}: {
  link: ContactLink;
  index: number;
  count: number;
  linkKey: string;
  onChange: (link: ContactLink, field?: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  focusAfterRemove: string;
}) {
  const { idPrefix } = useEditor();
  const issue = useIssue(`contact.links[${index}]`);
  const name = `link ${index + 1}`;
  return (
    <li className={styles.linkRow}>
      <div className={styles.linkFields}>
        <SelectField
          label="Link type"
          labelSuffix={`, ${name}`}
          id={controlId(idPrefix, linkKey, 'kind')}
          value={link.kind}
          error={issue}
          onChange={(event) => onChange({ ...link, kind: event.target.value as LinkKind })}
        >
          {LINK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {LINK_KIND_LABEL[kind]}
            </option>
          ))}
        </SelectField>
        <TextInput
          id={controlId(idPrefix, linkKey, 'url')}
          label="URL"
          suffix={`, ${name}`}
          kind="url"
          value={link.url}
          path={`contact.links[${index}].url`}
          onChange={(url) => {
            // A LinkedIn or GitHub address names its own kind unless the user chose one.
            const guessed = guessLinkKind(url);
            const kind = link.kind === 'other' && guessed !== 'other' ? guessed : link.kind;
            onChange({ kind, url }, `url`);
          }}
        />
      </div>
      <ItemToolbar
        name={name}
        index={index}
        count={count}
        id={controlId(idPrefix, linkKey, 'link')}
        onMove={onMove}
        onRemove={onRemove}
        focusAfterRemove={focusAfterRemove}
      />
    </li>
  );
}

/** Name, headline, how to reach the person, and their links. */
export function ContactEditor({ contact, onChange }: ContactEditorProps) {
  const { idPrefix, focusLater } = useEditor();
  const issue = useIssue('contact');
  const addId = addLinkId(idPrefix);
  const links = contact.links;
  const keys = keysOf(links);
  const warned = useHasNotes('contact');
  const flagged = needsCheck(contact.confidence) || warned;
  const setLinks = (next: ContactLink[], field?: string) => onChange({ ...contact, links: next }, field);

  return (
    <EditorSection id="contact" title="Contact">
      {flagged && (
        <div className={styles.flag}>
          <p>
            <strong>Check this entry</strong>: the parser was unsure it read your contact details right.
          </p>
          <Button
            variant="secondary"
            size="sm"
            aria-label="Looks right, contact details"
            onClick={() => {
              onChange({ ...contact, confidence: null });
              focusLater(contactFieldId(idPrefix));
            }}
          >
            Looks right
          </Button>
        </div>
      )}
      {issue && <p className={styles.entryIssue}>{issue}</p>}
      <div className={styles.grid}>
        {CONTACT_FIELDS.map((field) => (
          <TextInput
            key={field.name}
            id={contactFieldId(idPrefix, field.name)}
            label={field.label}
            hint={field.hint}
            kind={field.kind}
            autoComplete={field.autoComplete}
            value={contact[field.name]}
            path={`contact.${field.name}`}
            onChange={(value) => onChange({ ...contact, [field.name]: value }, `contact.${field.name}`)}
          />
        ))}
      </div>
      <h4 className={styles.subTitle}>Links</h4>
      {links.length > 0 && (
        <ul className={styles.links} aria-label="Links">
          {links.map((link, index) => {
            const key = keys[index]!;
            const neighbour = keys[index + 1] ?? keys[index - 1];
            return (
              <LinkRow
                key={key}
                link={link}
                index={index}
                count={links.length}
                linkKey={key}
                onChange={(next, field) => setLinks(listOps.replace(links, index, next), field && `contact.links.${key}.${field}`)}
                onMove={(to) => setLinks(listOps.move(links, index, to))}
                onRemove={() => setLinks(listOps.remove(links, index))}
                focusAfterRemove={neighbour ? controlId(idPrefix, neighbour, 'link-remove') : addId}
              />
            );
          })}
        </ul>
      )}
      <AddButton
        id={addId}
        onClick={() => {
          const next = listOps.insert(links, { kind: 'other' as const, url: '' });
          setLinks(next);
          focusLater(controlId(idPrefix, keysOf(next)[next.length - 1]!, 'url'));
        }}
      >
        Add link
      </AddButton>
    </EditorSection>
  );
}

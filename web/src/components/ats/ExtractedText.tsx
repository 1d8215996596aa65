import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui';

import styles from './ats.module.css';

/** The pages of extracted text (a PDF's are apart by a form feed), without the empty one after the last. */
export function splitPages(text: string): string[] {
  const pages = text.split('\f');
  while (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The text a plain extractor reads from the file, page by page, to read or copy. */
export function ExtractedText({ text }: { text: string }) {
  const titleId = useId();
  const block = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const pages = splitPages(text);
  const empty = text.trim() === '';

  const copyText = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(pages.join('\n\n'));
      setCopy('copied');
    } catch {
      // No clipboard (permission refused, insecure page): select the text for the user to copy.
      const selection = window.getSelection();
      if (block.current && selection) selection.selectAllChildren(block.current);
      setCopy('failed');
    }
    timer.current = setTimeout(() => setCopy('idle'), 4000);
  };

  return (
    <div className={styles.section}>
      <div className={styles.sectionHead}>
        <h3 id={titleId} className={styles.sectionTitle}>
          The text an ATS extracts
        </h3>
        {!empty && (
          <div className={styles.copyRow}>
            <span className={styles.copyStatus} role="status">
              {copy === 'copied' ? 'Copied to the clipboard.' : copy === 'failed' ? 'Couldn’t copy: the text is selected, copy it with your keyboard.' : ''}
            </span>
            <Button variant="secondary" size="sm" aria-label="Copy the extracted text" onClick={() => void copyText()}>
              Copy
            </Button>
          </div>
        )}
      </div>
      <p className={styles.sectionIntro}>
        Exactly what a plain text extractor reads from your file, in its order. Whatever is missing or jumbled here, an
        applicant tracking system sees missing or jumbled too.
      </p>
      {empty ? (
        <p className={styles.emptyPage}>No text at all could be read from the file.</p>
      ) : (
        <div ref={block} className={styles.extracted} role="region" aria-labelledby={titleId} tabIndex={0}>
          {pages.map((page, index) => (
            <div key={index} className={styles.page}>
              {pages.length > 1 && (
                <p className={styles.pageMark}>
                  Page {index + 1} of {pages.length}
                </p>
              )}
              {page.trim() === '' ? (
                <p className={styles.emptyPage}>No text on this page.</p>
              ) : (
                <pre className={styles.text}>{page}</pre>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

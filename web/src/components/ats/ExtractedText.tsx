import { useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui';
import type { AtsPage } from '@/lib/api-types';

import styles from './ats.module.css';

/** The pages of extracted text (a PDF's are apart by a form feed), without the empty one after the last. */
export function splitPages(text: string): string[] {
  const pages = text.split('\f');
  while (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** One page's text as an ATS reads it, or that it has none. */
function PageText({ text }: { text: string }) {
  return text.trim() === '' ? <p className={styles.emptyPage}>No text on this page.</p> : <pre className={styles.text}>{text}</pre>;
}

/**
 * A page's picture, sized from the report before it loads (no jump), loaded when scrolled near.
 * Its link lasts 15 minutes: once it fails, the page says so instead of showing a broken image.
 */
function PagePicture({ page }: { page: AtsPage }) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const failed = failedUrl === page.imageUrl;
  return (
    <figure className={styles.picture}>
      <figcaption className={styles.columnLabel}>What the file looks like</figcaption>
      {failed ? (
        <p className={styles.pictureMissing}>
          The picture of this page could not be loaded: its link lasts 15 minutes. Check again to see it.
        </p>
      ) : (
        <img
          className={styles.pictureImage}
          src={page.imageUrl}
          alt={`Page ${page.page} of your file as it looks`}
          width={page.width}
          height={page.height}
          loading="lazy"
          decoding="async"
          onError={() => setFailedUrl(page.imageUrl)}
        />
      )}
    </figure>
  );
}

/** Page by page: the picture of the page beside the text an ATS reads from it. */
function PagesBeside({ texts, pages }: { texts: string[]; pages: readonly AtsPage[] }) {
  const id = useId();
  const count = Math.max(texts.length, pages.length);
  return (
    <ol className={styles.pageRows} aria-label="Pages of your file">
      {Array.from({ length: count }, (_, index) => {
        const picture = pages.find((page) => page.page === index + 1);
        const headingId = `${id}-page-${index + 1}`;
        const labelId = `${headingId}-text`;
        return (
          <li key={index} className={styles.pageRow}>
            <h4 id={headingId} className={styles.pageRowTitle}>
              Page {index + 1} of {count}
            </h4>
            <div className={styles.pageBeside}>
              {picture ? (
                <PagePicture page={picture} />
              ) : (
                <p className={styles.pictureMissing}>No picture of this page.</p>
              )}
              <div className={styles.pageTextColumn}>
                <p id={labelId} className={styles.columnLabel}>
                  What the ATS reads
                </p>
                <div className={styles.pageTextScroll} role="region" aria-labelledby={`${headingId} ${labelId}`} tabIndex={0}>
                  <PageText text={texts[index] ?? ''} />
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

interface ExtractedTextProps {
  text: string;
  /** A PDF's pages as pictures: shown beside each page's text. */
  pages?: readonly AtsPage[];
}

/** The text a plain extractor reads from the file, page by page (beside a picture of each, for a PDF), to read or copy. */
export function ExtractedText({ text, pages = [] }: ExtractedTextProps) {
  const titleId = useId();
  const block = useRef<HTMLDivElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const texts = splitPages(text);
  const empty = text.trim() === '';
  const pictures = pages.length > 0;

  const copyText = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(texts.join('\n\n'));
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
        {pictures && ' Beside each page’s text, the page as the file shows it: compare what you see with what it reads.'}
      </p>
      {empty && <p className={styles.emptyPage}>No text at all could be read from the file.</p>}
      {pictures ? (
        <div ref={block}>
          <PagesBeside texts={empty ? [] : texts} pages={pages} />
        </div>
      ) : (
        !empty && (
          <div ref={block} className={styles.extracted} role="region" aria-labelledby={titleId} tabIndex={0}>
            {texts.map((page, index) => (
              <div key={index} className={styles.page}>
                {texts.length > 1 && (
                  <p className={styles.pageMark}>
                    Page {index + 1} of {texts.length}
                  </p>
                )}
                <PageText text={page} />
              </div>
            ))}
          </div>
        )
      )}
    </div>
  );
}

import { isApiError } from './api-client';
import { describeError } from './form-errors';

/** What to do about each reason a file could not be uploaded or read. */
const ADVICE: Record<string, string> = {
  unsupported_file_type: 'The file is not a real PDF or DOCX (its contents do not match its name). Export it again from your editor as PDF or DOCX and upload that.',
  unsupported_media_type: 'That file type is not supported. Upload a PDF or DOCX file.',
  file_too_large: 'The file is over the size limit. Save a smaller version (fewer or smaller images) and upload it again.',
  corrupt_file: 'The file is damaged and could not be read. Export it again from your editor and upload the new file.',
  pdf_encrypted: 'The PDF is password-protected. Save a copy without a password (Print → Save as PDF) and upload that.',
  no_text_layer: 'The PDF is a scanned image with no text in it. Upload the original document, or a PDF exported from your editor.',
  too_many_pages: 'The document has too many pages for a resume. Upload a shorter version.',
  zip_bomb: 'The DOCX expands to an unsafe size. Save it again from Word or Google Docs and upload the new file.',
  parse_timeout: 'Reading the file took too long. Simplify it (fewer images or tables) and upload it again.',
  empty_document: 'No text was found in the file. Upload a document that contains your resume text.',
  upload_missing: 'The file never arrived. Upload it again.',
  parse_failed: 'The file could not be read. Try uploading it again, or export it in the other format (PDF or DOCX).',
  email_not_verified: 'Verify your email address first: open the link we emailed you, then try again.',
  content_type_mismatch: 'The file did not match its declared type. Upload it again.',
  validation_failed: 'The file does not hold enough text. Upload another file or paste the text instead.',
};

/** Said after the server's own message, which names what in the file is wrong. */
const JSON_RESUME_ADVICE =
  'Fix those fields and upload the file again (see the schema at jsonresume.org/schema), or upload your resume as PDF or DOCX.';

/** A sentence for a failed upload or parse that says what to do next. */
export function describeFileError(codeOrError: unknown, fallbackMessage?: string): string {
  const code = typeof codeOrError === 'string' ? codeOrError : isApiError(codeOrError) ? codeOrError.code : null;
  if (code === 'invalid_json_resume') {
    const message = isApiError(codeOrError) ? codeOrError.message : fallbackMessage;
    return message ? `${message} ${JSON_RESUME_ADVICE}` : `The file is not a valid JSON Resume. ${JSON_RESUME_ADVICE}`;
  }
  if (code && ADVICE[code]) return ADVICE[code];
  if (typeof codeOrError === 'string') return fallbackMessage ?? 'The file could not be read. Upload another file.';
  return describeError(codeOrError);
}

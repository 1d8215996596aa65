// Checks a chosen file before it is uploaded, so a wrong type or size is reported at once.

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const TEXT_TYPE = 'text/plain';
/** A JSON Resume file (jsonresume.org). */
export const JSON_TYPE = 'application/json';

const EXTENSIONS: Record<string, string> = {
  pdf: PDF_TYPE,
  docx: DOCX_TYPE,
  txt: TEXT_TYPE,
  text: TEXT_TYPE,
  json: JSON_TYPE,
};

export interface FileRules {
  /** MIME types accepted, e.g. PDF and DOCX. */
  types: readonly string[];
  maxBytes: number;
  /** How the accepted types are named to the user, e.g. "a PDF or DOCX file". */
  typesLabel: string;
}

/** The MIME type the server expects for this file, from its extension (browsers often guess wrong). */
export function mimeTypeOf(file: File): string | null {
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  return EXTENSIONS[extension] ?? null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** A sentence saying what is wrong with the file and what to do, or null when it may be uploaded. */
export function checkFile(file: File, rules: FileRules): string | null {
  const type = mimeTypeOf(file);
  if (!type || !rules.types.includes(type)) {
    return `"${file.name}" is not ${rules.typesLabel}. Choose ${rules.typesLabel} instead.`;
  }
  if (file.size === 0) return `"${file.name}" is empty. Choose another file.`;
  if (file.size > rules.maxBytes) {
    return `"${file.name}" is ${formatBytes(file.size)}; the limit is ${formatBytes(rules.maxBytes)}. Save a smaller version (fewer images) and try again.`;
  }
  return null;
}

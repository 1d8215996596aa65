/** "JBSW Y3DP EHPK 3PXP": the setup key in groups of four, easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The SVG document as a data: URI for an <img>: drawn as a picture, never parsed into the page,
 * so nothing in it can run (unlike markup set as innerHTML).
 */
export function svgImageSource(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/** The text file of recovery codes the user keeps. */
export function recoveryCodesFile(email: string, codes: readonly string[]): string {
  return [
    `resuMAX recovery codes for ${email}`,
    '',
    ...codes,
    '',
    'Each code signs you in once instead of a code from your authenticator app.',
    'Keep them somewhere safe, such as a password manager.',
    '',
  ].join('\n');
}

import { describe, expect, it } from 'vitest';

import { groupSecret, recoveryCodesFile, svgImageSource } from './two-factor';

describe('two-factor helpers', () => {
  it('groups the setup key in fours', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
    expect(groupSecret('JBSW Y3DP')).toBe('JBSW Y3DP');
    expect(groupSecret('')).toBe('');
  });

  it('makes an SVG an image source, whatever characters it holds', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>Café</title></svg>';
    const source = svgImageSource(svg);
    expect(source.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const bytes = Uint8Array.from(atob(source.slice('data:image/svg+xml;base64,'.length)), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(svg);
  });

  it('writes the recovery codes one a line', () => {
    const text = recoveryCodesFile('ada@example.com', ['aaaaa-11111', 'bbbbb-22222']);
    expect(text.split('\n')).toContain('aaaaa-11111');
    expect(text).toMatch(/^resuMAX recovery codes for ada@example.com\n\naaaaa-11111\nbbbbb-22222\n/);
  });
});

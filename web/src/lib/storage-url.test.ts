import { describe, expect, it } from 'vitest';

import { storageUrl } from './storage-url';

describe('storageUrl', () => {
  it('uses the embedded store on the page’s own origin', () => {
    expect(storageUrl('http://localhost:8080/api/v1/storage/upload?key=a%2Fb&sig=x')).toBe(
      '/api/v1/storage/upload?key=a%2Fb&sig=x',
    );
    expect(storageUrl('http://127.0.0.1:9/api/v1/storage/download?key=k&inline=1')).toBe(
      '/api/v1/storage/download?key=k&inline=1',
    );
  });

  it('leaves other stores and anything else alone', () => {
    const s3 = 'https://bucket.s3.eu-west-1.amazonaws.com/users/u/resumes/r/original?X-Amz-Signature=abc';
    expect(storageUrl(s3)).toBe(s3);
    expect(storageUrl('http://[bad')).toBe('http://[bad');
  });
});

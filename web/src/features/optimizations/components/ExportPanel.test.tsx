import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import type { ExportFile } from '../api/exports';

import { ExportPanel } from './ExportPanel';

function exportFile(overrides: Partial<ExportFile> = {}): ExportFile {
  return {
    exportId: 'exp-1',
    versionId: 'ver-1',
    format: 'pdf',
    template: 'modern',
    paperSize: 'a4',
    fileName: 'Jordan-Rivera-Resume.pdf',
    sizeBytes: 24_000,
    downloadUrl: '/api/v1/storage/download?key=a&disposition=attachment',
    previewUrl: '/api/v1/storage/download?key=a&disposition=inline',
    expiresAt: '2030-01-01T00:00:00Z',
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

beforeEach(() => api.setSession(tokens('access-1')));
afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('ExportPanel', () => {
  it('renders with the chosen template and paper size, then previews the PDF in the page', async () => {
    const mock = createFetchMock({ 'POST /api/v1/exports': jsonResponse(201, exportFile()) });
    vi.stubGlobal('fetch', mock.fetch);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithApp(<ExportPanel versionId="ver-1" />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Modern' }));
    await user.click(screen.getByRole('button', { name: 'A4' }));
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));

    expect(await screen.findByText(/is downloading/)).toHaveTextContent('Jordan-Rivera-Resume.pdf (23 KB) is downloading.');
    expect(click).toHaveBeenCalled();
    expect(JSON.parse(mock.calls('POST /api/v1/exports')[0]!.body!)).toEqual({
      versionId: 'ver-1',
      format: 'pdf',
      template: 'modern',
      paperSize: 'a4',
    });

    await user.click(screen.getByRole('button', { name: 'Preview PDF' }));
    const frame = await screen.findByTitle('Preview of Jordan-Rivera-Resume.pdf');
    expect(frame).toHaveAttribute('src', '/api/v1/storage/download?key=a&disposition=inline');
  });

  it('lists files made before and reports a failure inline', async () => {
    const mock = createFetchMock({ 'POST /api/v1/exports': apiError(422, 'validation_failed', 'format is not valid.') });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(<ExportPanel versionId="ver-1" downloads={[exportFile({ format: 'docx', fileName: 'cv.docx', previewUrl: null })]} />);
    const user = userEvent.setup();

    expect(screen.getByRole('link', { name: 'cv.docx' })).toHaveAttribute('href', '/api/v1/storage/download?key=a&disposition=attachment');
    await user.click(screen.getByRole('button', { name: 'Download Plain text' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't prepare the file");
  });

  it('downloads a JSON Resume of a version', async () => {
    const mock = createFetchMock({
      'POST /api/v1/exports': jsonResponse(201, exportFile({ format: 'json', fileName: 'ada.json', previewUrl: null, template: null })),
    });
    vi.stubGlobal('fetch', mock.fetch);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithApp(<ExportPanel versionId="ver-1" />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Download JSON Resume' }));
    expect(await screen.findByText(/is downloading/)).toHaveTextContent('ada.json');
    expect(JSON.parse(mock.calls('POST /api/v1/exports')[0]!.body!)).toMatchObject({ versionId: 'ver-1', format: 'json' });
  });

  it('exports a resume (as corrected) by its resumeId', async () => {
    const mock = createFetchMock({
      'POST /api/v1/exports': jsonResponse(201, exportFile({ versionId: null, resumeId: 'res_1', format: 'docx', previewUrl: null })),
    });
    vi.stubGlobal('fetch', mock.fetch);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithApp(<ExportPanel resumeId="res_1" />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Download Word (DOCX)' }));
    await screen.findByText(/is downloading/);
    expect(JSON.parse(mock.calls('POST /api/v1/exports')[0]!.body!)).toEqual({
      resumeId: 'res_1',
      format: 'docx',
      template: 'classic',
      paperSize: 'letter',
    });
  });
});

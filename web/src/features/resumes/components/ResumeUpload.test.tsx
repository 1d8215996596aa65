import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { FakeXhr } from '@/testing/fake-xhr';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { ResumeUpload } from './ResumeUpload';

function file(name: string, size: number, type = 'application/pdf') {
  const blob = new File(['%PDF'], name, { type });
  Object.defineProperty(blob, 'size', { value: size });
  return blob;
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
  FakeXhr.sent = [];
  FakeXhr.status = 200;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

function renderUpload(routes: Parameters<typeof createFetchMock>[0] = {}) {
  const mock = createFetchMock(routes);
  vi.stubGlobal('fetch', mock.fetch);
  const onUploaded = vi.fn();
  renderWithApp(<ResumeUpload onUploaded={onUploaded} />);
  return { ...mock, onUploaded, user: userEvent.setup({ applyAccept: false }) };
}

const input = () => screen.getByLabelText(/Choose a resume file/);

describe('ResumeUpload', () => {
  it('refuses a file of the wrong type before uploading anything', async () => {
    const { user, requests } = renderUpload();
    await user.upload(input(), file('photo.png', 2000, 'image/png'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"photo.png" is not a PDF or DOCX file, or a JSON Resume file.',
    );
    expect(requests).toHaveLength(0);
    expect(input()).toHaveAccessibleDescription(/PDF or DOCX, or a JSON Resume file, up to 10 MB/);
  });

  it('refuses a file over 10 MB before uploading anything', async () => {
    const { user, requests } = renderUpload();
    await user.upload(input(), file('big.pdf', 11 * 1024 * 1024));

    expect(await screen.findByRole('alert')).toHaveTextContent('"big.pdf" is 11 MB; the limit is 10 MB.');
    expect(requests).toHaveLength(0);
  });

  it('presigns, PUTs the bytes to the presigned URL with its content type, then starts the parse', async () => {
    const { user, calls, onUploaded } = renderUpload({
      'POST /api/v1/resumes/presign': jsonResponse(201, {
        resumeId: 'res-1',
        uploadUrl: '/api/v1/storage/upload?key=k&sig=s',
        uploadMethod: 'PUT',
        uploadHeaders: { 'Content-Type': 'application/pdf' },
        expiresAt: '2030-01-01T00:00:00Z',
        resume: {},
      }),
      'POST /api/v1/resumes/res-1/parse': jsonResponse(202, { resumeId: 'res-1', status: 'pending', resume: {} }),
    });
    await user.upload(input(), file('Ada Resume.pdf', 4000));

    await vi.waitFor(() => expect(onUploaded).toHaveBeenCalledWith('res-1'));
    expect(JSON.parse(calls('POST /api/v1/resumes/presign')[0]!.body!)).toEqual({
      filename: 'Ada Resume.pdf',
      mimeType: 'application/pdf',
      size: 4000,
    });
    expect(FakeXhr.sent).toHaveLength(1);
    expect(FakeXhr.sent[0]).toMatchObject({
      method: 'PUT',
      url: '/api/v1/storage/upload?key=k&sig=s',
      headers: { 'Content-Type': 'application/pdf' },
    });
    expect(calls('POST /api/v1/resumes/res-1/parse')).toHaveLength(1);
  });

  it('explains a server refusal and what to do next', async () => {
    const { user } = renderUpload({
      'POST /api/v1/resumes/presign': apiError(415, 'unsupported_file_type', 'Upload a PDF, DOCX or plain text file.'),
    });
    await user.upload(input(), file('resume.pdf', 4000));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't upload resume.pdf");
    expect(alert).toHaveTextContent('Export it again from your editor as PDF or DOCX');
    await user.click(screen.getByRole('button', { name: 'Choose another file' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('accepts a JSON Resume file and presigns it as application/json', async () => {
    const { user, calls, onUploaded } = renderUpload({
      'POST /api/v1/resumes/presign': jsonResponse(201, {
        resumeId: 'res-2',
        uploadUrl: '/api/v1/storage/upload?key=j&sig=s',
        uploadMethod: 'PUT',
        uploadHeaders: { 'Content-Type': 'application/json' },
        expiresAt: '2030-01-01T00:00:00Z',
        resume: {},
      }),
      'POST /api/v1/resumes/res-2/parse': jsonResponse(202, { resumeId: 'res-2', status: 'pending', resume: {} }),
    });
    expect(input()).toHaveAttribute('accept', expect.stringContaining('.json'));
    await user.upload(input(), file('resume.json', 900, 'application/json'));

    await vi.waitFor(() => expect(onUploaded).toHaveBeenCalledWith('res-2'));
    expect(JSON.parse(calls('POST /api/v1/resumes/presign')[0]!.body!)).toEqual({
      filename: 'resume.json',
      mimeType: 'application/json',
      size: 900,
    });
    expect(FakeXhr.sent[0]).toMatchObject({ method: 'PUT', headers: { 'Content-Type': 'application/json' } });
  });

  it('shows which fields of a JSON Resume were refused, and what to do', async () => {
    const { user } = renderUpload({
      'POST /api/v1/resumes/presign': apiError(
        422,
        'invalid_json_resume',
        'This is not a valid JSON Resume: work[0].startDate is not a date.',
      ),
    });
    await user.upload(input(), file('resume.json', 900, 'application/json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('work[0].startDate is not a date.');
    expect(alert).toHaveTextContent('jsonresume.org/schema');
  });
});

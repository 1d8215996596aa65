import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { FakeXhr } from '@/testing/fake-xhr';
import { createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildJobDescription, buildUnreadJobDescription, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { JobDescriptionForm } from './JobDescriptionForm';

const PRESIGNED = {
  jobDescriptionId: 'jd_1',
  uploadUrl: '/api/v1/storage/upload?key=k&sig=s',
  uploadMethod: 'PUT',
  uploadHeaders: { 'Content-Type': 'application/pdf' },
  expiresAt: '2030-01-01T00:00:00Z',
};

function posting() {
  return new File(['%PDF'], 'posting.pdf', { type: 'application/pdf' });
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  api.setSession(tokens('access-1'));
  FakeXhr.sent = [];
  FakeXhr.status = 200;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  api.clearSession();
});

/** Renders the form in upload mode with these API answers, presign and parse included. */
async function renderUpload(readAnswers: Parameters<typeof createFetchMock>[0][string]) {
  const mock = createFetchMock({
    'POST /api/v1/job-descriptions/presign': jsonResponse(201, PRESIGNED),
    'POST /api/v1/job-descriptions/jd_1/parse': jsonResponse(202, buildUnreadJobDescription()),
    'GET /api/v1/job-descriptions/jd_1': readAnswers,
  });
  vi.stubGlobal('fetch', mock.fetch);
  const onSaved = vi.fn();
  renderWithApp(<JobDescriptionForm onSaved={onSaved} />);
  const user = userEvent.setup({ applyAccept: false, advanceTimers: vi.advanceTimersByTime });
  await user.click(screen.getByRole('button', { name: 'Upload a file' }));
  return { ...mock, onSaved, user };
}

const input = () => screen.getByLabelText(/Choose a job description file/);

describe('JobDescriptionForm upload', () => {
  it('shows that it is reading the file, polls until the job description is read, then saves it', async () => {
    const read = buildJobDescription({ sourceType: 'upload' });
    const { user, calls, onSaved } = await renderUpload([
      jsonResponse(200, buildUnreadJobDescription({ parseStatus: 'parsing' })),
      jsonResponse(200, read),
    ]);
    await user.upload(input(), posting());

    expect(await screen.findByText(/Reading the file…/)).toBeInTheDocument();
    expect(calls('POST /api/v1/job-descriptions/jd_1/parse')).toHaveLength(1);
    expect(FakeXhr.sent).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(calls('GET /api/v1/job-descriptions/jd_1')).toHaveLength(1);
    expect(screen.getByText(/Reading the file…/)).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(read));
    expect(calls('GET /api/v1/job-descriptions/jd_1')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the reason the server gives when the file could not be read', async () => {
    const message = 'This PDF is a scanned image with no text in it. Upload the original document instead.';
    const { user, onSaved } = await renderUpload(
      jsonResponse(200, buildUnreadJobDescription({ parseStatus: 'failed', parseError: { code: 'no_text_layer', message } })),
    );
    await user.upload(input(), posting());
    await vi.advanceTimersByTimeAsync(1000);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't use that file");
    expect(alert).toHaveTextContent(message);
    expect(screen.queryByText(/Reading the file…/)).not.toBeInTheDocument();
    expect(input()).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('stops waiting after about a minute and says so', async () => {
    const { user, calls, onSaved } = await renderUpload(jsonResponse(200, buildUnreadJobDescription({ parseStatus: 'parsing' })));
    await user.upload(input(), posting());
    await screen.findByText(/Reading the file…/);

    await vi.advanceTimersByTimeAsync(59_000);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(2000);

    expect(await screen.findByRole('alert')).toHaveTextContent(/taking longer than a minute/);
    expect(calls('GET /api/v1/job-descriptions/jd_1').length).toBeGreaterThanOrEqual(59);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('asks to verify the email address before an upload', async () => {
    vi.stubGlobal('fetch', createFetchMock({}).fetch);
    renderWithApp(<JobDescriptionForm onSaved={vi.fn()} uploadsLocked />);
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(screen.getByRole('button', { name: 'Upload a file' }));

    expect(screen.getByText('Verify your email address to upload')).toBeInTheDocument();
    expect(input()).toBeDisabled();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { apiError, EMPTY_DASHBOARD, jsonResponse } from '@/testing/fetch-mock';
import { buildResume, tokens } from '@/testing/fixtures';
import { renderWithApi } from '@/testing/render';

import { DashboardRoute } from './dashboard';
import { ResumeDetailRoute } from './resume-detail';

const RESUME = buildResume({ parsedSections: null });

function renderResumePage(answers: Parameters<typeof renderWithApi>[0]) {
  return renderWithApi(
    { 'GET /api/v1/resumes/res_1': jsonResponse(200, RESUME), ...EMPTY_DASHBOARD, ...answers },
    {
      path: '/resumes/res_1',
      routes: [
        { path: '/resumes/:resumeId', element: <ResumeDetailRoute /> },
        { path: '/dashboard', element: <DashboardRoute /> },
      ],
    },
  );
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Renaming a resume', () => {
  it('saves the new title on Enter and shows it as the heading', async () => {
    const user = userEvent.setup();
    const { calls } = renderResumePage({
      'PATCH /api/v1/resumes/res_1': jsonResponse(200, { ...RESUME, title: 'Ada – Backend' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'Resume title' });
    expect(input).toHaveFocus();
    expect(input).toHaveValue('Ada resume');
    await user.clear(input);
    await user.type(input, 'Ada – Backend{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada – Backend' })).toBeInTheDocument();
    expect(JSON.parse(calls('PATCH /api/v1/resumes/res_1')[0]!.body!)).toEqual({ title: 'Ada – Backend' });
    expect(screen.queryByRole('textbox', { name: 'Resume title' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
  });

  it('shows a refused title inline and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderResumePage({
      'PATCH /api/v1/resumes/res_1': apiError(422, 'validation_failed', 'Titles hold no control characters.', { field: 'title' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'Resume title' });
    await user.clear(input);
    await user.type(input, 'Almost right{Enter}');

    expect(await screen.findByText('Titles hold no control characters.')).toBeInTheDocument();
    expect(input).toHaveValue('Almost right');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Titles hold no control characters/);
    expect(input).toHaveFocus();
  });

  it('cancels on Escape without a request', async () => {
    const user = userEvent.setup();
    const { calls } = renderResumePage({});

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    await user.type(screen.getByRole('textbox', { name: 'Resume title' }), ' draft');
    await user.keyboard('{Escape}');

    expect(screen.getByRole('heading', { level: 1, name: 'Ada resume' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
    expect(calls('PATCH /api/v1/resumes/res_1')).toHaveLength(0);
  });
});

describe('Deleting a resume', () => {
  it('asks in a dialog that takes focus and says what is lost; Cancel keeps the resume', async () => {
    const user = userEvent.setup();
    const { calls } = renderResumePage({});

    const trigger = await screen.findByRole('button', { name: 'Delete' });
    await user.click(trigger);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this resume?' });
    expect(dialog).toHaveAccessibleDescription(/uploaded file \(ada\.pdf\), everything we read from it, and the optimizations and tailored versions made from it/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();

    await user.click(trigger);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Ada resume' })).toBeInTheDocument();
    expect(calls('DELETE /api/v1/resumes/res_1')).toHaveLength(0);
  });

  it('deletes on confirm, then shows the dashboard with a status message', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderResumePage({
      'DELETE /api/v1/resumes/res_1': new Response(null, { status: 204 }),
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete resume' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'), { timeout: 3000 });
    expect(calls('DELETE /api/v1/resumes/res_1')).toHaveLength(1);
    expect((await screen.findByText('Deleted the resume “Ada resume”.')).closest('[role=status]')).not.toBeNull();
    expect(calls('GET /api/v1/resumes/res_1')).toHaveLength(1);
  });

  it('keeps the dialog open with the reason when the delete fails', async () => {
    const user = userEvent.setup();
    renderResumePage({
      'DELETE /api/v1/resumes/res_1': apiError(500, 'internal_error', 'Something went wrong on our side.'),
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete resume' }));

    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
    expect(within(dialog).getByRole('button', { name: 'Delete resume' })).toBeEnabled();
  });
});

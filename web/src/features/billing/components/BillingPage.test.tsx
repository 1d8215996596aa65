import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildBillingCredits, buildLedgerEntry, buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import type { LedgerEntry } from '../api/billing';
import { redirectTo } from '../utils/redirect';

// jsdom cannot leave the page: the redirect to Stripe is recorded instead.
vi.mock('../utils/redirect', () => ({ redirectTo: vi.fn() }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CHECKOUT_URL = 'https://checkout.stripe.com/c/pay/cs_test_a1';

const SIGNUP = buildLedgerEntry();
const USED = buildLedgerEntry({
  id: 'led_used',
  delta: -1,
  reason: 'optimization',
  balanceAfter: 2,
  optimizationId: 'opt_1',
  createdAt: '2026-12-02T10:00:00Z',
});
const RETURNED = buildLedgerEntry({
  id: 'led_returned',
  delta: 1,
  reason: 'returned',
  balanceAfter: 3,
  optimizationId: 'opt_1',
  createdAt: '2026-12-02T10:05:00Z',
});
const OLD_PURCHASE = buildLedgerEntry({
  id: 'led_bought_before',
  delta: 10,
  reason: 'purchase',
  balanceAfter: 13,
  packId: 'starter',
  createdAt: '2026-12-03T10:00:00Z',
});
const ADJUSTED = buildLedgerEntry({
  id: 'led_manual',
  delta: -10,
  reason: 'manual',
  balanceAfter: 3,
  note: 'Duplicate purchase reversed',
  createdAt: '2026-12-04T10:00:00Z',
});
const NEW_PURCHASE = buildLedgerEntry({
  id: 'led_bought_now',
  delta: 10,
  reason: 'purchase',
  balanceAfter: 13,
  packId: 'starter',
  createdAt: new Date().toISOString(),
});

const credits = (overrides: Parameters<typeof buildBillingCredits>[0] = {}) => jsonResponse(200, buildBillingCredits(overrides));
const ledger = (items: LedgerEntry[], nextCursor: string | null = null) => jsonResponse(200, { items, nextCursor });

function renderBilling(answers: Parameters<typeof createFetchMock>[0], path = '/billing') {
  const mock = createFetchMock({ 'GET /api/v1/billing/ledger': ledger([SIGNUP]), ...answers });
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path, user: buildUser() });
  return { ...view, ...mock, person: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}

function status() {
  return screen.getByTestId('billing-status');
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.stubGlobal('scrollTo', vi.fn());
  vi.mocked(redirectTo).mockClear();
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  api.clearSession();
  sessionStorage.clear();
});

describe('Billing page', () => {
  it('shows the balance, the plan, the cost of an optimization, the packs and the history', async () => {
    renderBilling({
      'GET /api/v1/billing/credits': credits({ recent: [ADJUSTED, OLD_PURCHASE, RETURNED, USED, SIGNUP] }),
      'GET /api/v1/billing/ledger': ledger([ADJUSTED, OLD_PURCHASE, RETURNED, USED, SIGNUP]),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Billing & credits' })).toBeInTheDocument();
    expect(document.title).toBe('Billing & credits · resuMAX');

    const balance = await screen.findByRole('region', { name: 'Your balance' });
    expect(within(balance).getByTestId('credit-balance')).toHaveTextContent('3');
    expect(balance).toHaveTextContent('Plan');
    expect(balance).toHaveTextContent('Free');
    expect(within(balance).getByTestId('optimization-price')).toHaveTextContent('1 credit');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Credits: 3' })).toHaveAttribute(
      'href',
      '/billing',
    );

    const packs = within(screen.getByRole('region', { name: 'Buy credits' })).getAllByTestId('credit-pack');
    expect(packs).toHaveLength(2);
    expect(within(packs[0]!).getByRole('heading', { level: 3, name: 'Starter' })).toBeInTheDocument();
    expect(packs[0]).toHaveTextContent('10 credits');
    expect(packs[0]).toHaveTextContent('$9.00');
    expect(within(packs[0]!).getByRole('button', { name: 'Buy Starter pack' })).toBeEnabled();
    expect(packs[1]).toHaveTextContent('50 credits');
    expect(packs[1]).toHaveTextContent('$39.00');
    expect(within(packs[1]!).getByRole('button', { name: 'Buy Pro pack' })).toBeEnabled();

    const history = await screen.findByRole('table', { name: 'Credit history' });
    expect(within(history).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Date',
      'Description',
      'Change',
      'Balance after',
    ]);
    const rows = within(history).getAllByTestId('ledger-entry');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Adjustment by supportDuplicate purchase reversed',
      'Purchased Starter pack',
      'Returned (optimization failed)',
      'Optimization',
      'Welcome credits',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent))).toEqual([
      ['\u221210', '3'],
      ['+10', '13'],
      ['+1', '3'],
      ['\u22121', '2'],
      ['+3', '3'],
    ]);
    expect(within(rows[4]!).getByRole('cell', { name: /2026/ }).querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-12-01T10:00:00Z',
    );
    expect(screen.getByText('Showing 5 entries.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('pages the history with Load more', async () => {
    const { person, calls } = renderBilling({
      'GET /api/v1/billing/credits': credits(),
      'GET /api/v1/billing/ledger': [ledger([ADJUSTED, OLD_PURCHASE], '2'), ledger([RETURNED, USED, SIGNUP])],
    });

    const history = await screen.findByRole('table', { name: 'Credit history' });
    expect(within(history).getAllByTestId('ledger-entry')).toHaveLength(2);
    expect(calls('GET /api/v1/billing/ledger')[0]!.path).toBe('/api/v1/billing/ledger?limit=20');

    await person.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 5 entries.')).toBeInTheDocument();
    expect(within(history).getAllByTestId('ledger-entry')).toHaveLength(5);
    expect(calls('GET /api/v1/billing/ledger')[1]!.path).toBe('/api/v1/billing/ledger?limit=20&cursor=2');
    // Keyboard users carry on at the first entry the page added.
    expect(within(history).getAllByTestId('ledger-entry')[2]).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('opens Stripe Checkout for the pack clicked, with a new idempotency key per click', async () => {
    const { person, calls } = renderBilling({
      'GET /api/v1/billing/credits': credits({ recent: [OLD_PURCHASE, SIGNUP] }),
      'POST /api/v1/billing/checkout': () =>
        new Promise<Response>((resolve) =>
          setTimeout(() => resolve(jsonResponse(201, { checkoutUrl: CHECKOUT_URL, sessionId: 'cs_test_a1' })), 500),
        ),
    });

    const buy = await screen.findByRole('button', { name: 'Buy Starter pack' });
    await person.click(buy);

    // While the checkout is being opened the button is busy and the other packs wait.
    expect(buy).toHaveAttribute('aria-busy', 'true');
    expect(buy).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Buy Pro pack' })).toBeDisabled();

    await vi.waitFor(() => expect(redirectTo).toHaveBeenCalledWith(CHECKOUT_URL));
    const [request] = calls('POST /api/v1/billing/checkout');
    expect(JSON.parse(request!.body!)).toEqual({ packId: 'starter' });
    expect(request!.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(request!.headers.get('Authorization')).toBe('Bearer access-1');
    // The browser is on its way to Stripe: the button stays busy.
    expect(buy).toHaveAttribute('aria-busy', 'true');
    expect(JSON.parse(sessionStorage.getItem('resumax-checkout')!)).toEqual({ purchaseIds: ['led_bought_before'] });

    // Back from Stripe with the Back button, the page as it was left is usable again.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await vi.waitFor(() => expect(buy).not.toHaveAttribute('aria-busy'));
    expect(screen.getByRole('button', { name: 'Buy Pro pack' })).toBeEnabled();
  });

  it("shows the payment provider's message on a 502 and tries again with a new key", async () => {
    const { person, calls } = renderBilling({
      'GET /api/v1/billing/credits': credits(),
      'POST /api/v1/billing/checkout': [
        apiError(502, 'payment_provider_error', 'The payment provider is not answering. Please try again in a minute.'),
        jsonResponse(201, { checkoutUrl: CHECKOUT_URL, sessionId: 'cs_test_a1' }),
      ],
    });

    await person.click(await screen.findByRole('button', { name: 'Buy Pro pack' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't open the checkout");
    expect(alert).toHaveTextContent('The payment provider is not answering. Please try again in a minute.');
    expect(redirectTo).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Buy Pro pack' })).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('button', { name: 'Buy Starter pack' })).toBeEnabled();

    await person.click(within(alert).getByRole('button', { name: 'Try again' }));

    await vi.waitFor(() => expect(redirectTo).toHaveBeenCalledWith(CHECKOUT_URL));
    const [first, second] = calls('POST /api/v1/billing/checkout');
    expect(JSON.parse(second!.body!)).toEqual({ packId: 'pro' });
    expect(second!.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(second!.headers.get('Idempotency-Key')).not.toBe(first!.headers.get('Idempotency-Key'));
  });

  it('says a pack is no longer on sale (422)', async () => {
    const { person } = renderBilling({
      'GET /api/v1/billing/credits': credits(),
      'POST /api/v1/billing/checkout': apiError(422, 'validation_failed', 'Unknown credit pack.', { field: 'packId' }),
    });

    await person.click(await screen.findByRole('button', { name: 'Buy Starter pack' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Unknown credit pack. Reload the page to see the packs on sale now.');
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it('after a payment, asks for the balance every 2 seconds until the purchase arrives, then says so', async () => {
    sessionStorage.setItem('resumax-checkout', JSON.stringify({ purchaseIds: ['led_bought_before'] }));
    const before = credits({ balance: 3, recent: [OLD_PURCHASE, SIGNUP] });
    const { router, calls } = renderBilling({
      'GET /api/v1/billing/credits': [before, before, credits({ balance: 13, recent: [NEW_PURCHASE, OLD_PURCHASE, SIGNUP] })],
      'GET /api/v1/billing/ledger': [ledger([OLD_PURCHASE, SIGNUP]), ledger([NEW_PURCHASE, OLD_PURCHASE, SIGNUP])],
    }, '/billing?checkout=success&session_id=cs_test_a1');

    expect(await within(status()).findByText('Payment received — your credits will appear in a moment.')).toBeInTheDocument();
    // The return's parameters leave the address bar once read.
    expect(router.state.location.pathname).toBe('/billing');
    expect(router.state.location.search).toBe('');
    expect(await screen.findByTestId('credit-balance')).toHaveTextContent('3');

    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(calls('GET /api/v1/billing/credits').length).toBeGreaterThanOrEqual(2));
    expect(status()).toHaveTextContent('Payment received');

    await vi.advanceTimersByTimeAsync(2000);

    expect(await within(status()).findByText('10 credits added. Thank you for your purchase!')).toBeInTheDocument();
    expect(screen.getByTestId('credit-balance')).toHaveTextContent('13');
    expect(screen.getByRole('link', { name: 'Credits: 13' })).toBeInTheDocument();
    // The history shows the purchase too.
    const history = screen.getByRole('table', { name: 'Credit history' });
    await vi.waitFor(() => expect(within(history).getAllByTestId('ledger-entry')).toHaveLength(3));
    expect(within(history).getAllByRole('rowheader', { name: 'Purchased Starter pack' })).toHaveLength(2);
    expect(sessionStorage.getItem('resumax-checkout')).toBeNull();

    // Asked three times (the third answer has the purchase), then no more.
    const asked = calls('GET /api/v1/billing/credits').length;
    expect(asked).toBe(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls('GET /api/v1/billing/credits')).toHaveLength(asked);
  });

  it('recognises a purchase made just now when this tab kept no note of the checkout', async () => {
    renderBilling({
      'GET /api/v1/billing/credits': [
        credits({ recent: [OLD_PURCHASE, SIGNUP] }),
        credits({ balance: 13, recent: [NEW_PURCHASE, OLD_PURCHASE, SIGNUP] }),
      ],
    }, '/billing?checkout=success&session_id=cs_test_a1');

    expect(await within(status()).findByText('Payment received — your credits will appear in a moment.')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await within(status()).findByText('10 credits added. Thank you for your purchase!')).toBeInTheDocument();
  });

  it('stops asking after 30 seconds and says the credits are late, with the payment reference', async () => {
    const { calls } = renderBilling({ 'GET /api/v1/billing/credits': credits() }, '/billing?checkout=success&session_id=cs_test_a1');

    await within(status()).findByText('Payment received — your credits will appear in a moment.');
    await vi.advanceTimersByTimeAsync(30_000);

    expect(await within(status()).findByText("Payment received, but your credits haven't arrived yet")).toBeInTheDocument();
    expect(status()).toHaveTextContent('contact support with reference cs_test_a1.');
    const asked = calls('GET /api/v1/billing/credits').length;
    expect(asked).toBeGreaterThanOrEqual(15);
    expect(asked).toBeLessThanOrEqual(17);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls('GET /api/v1/billing/credits')).toHaveLength(asked);
  });

  it('says a cancelled checkout charged nothing', async () => {
    const { router, calls } = renderBilling({ 'GET /api/v1/billing/credits': credits() }, '/billing?checkout=cancelled');

    expect(await within(status()).findByText('Checkout cancelled; you were not charged.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    await screen.findByTestId('credit-balance');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls('GET /api/v1/billing/credits')).toHaveLength(1);
  });

  it('says billing is off when the server has it turned off, and shows no billing link', async () => {
    const { calls } = renderBilling({
      'GET /api/v1/billing/credits': jsonResponse(200, { enabled: false }),
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Billing is not enabled on this server' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your balance' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Buy/ })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: /Credits|Billing/ })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    expect(calls('GET /api/v1/billing/ledger')).toHaveLength(0);
  });

  it('offers Retry when the credits cannot be loaded', async () => {
    const { person } = renderBilling({
      'GET /api/v1/billing/credits': [apiError(500, 'internal_error', 'Something went wrong.'), credits()],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load your credits");
    // The balance is unknown, not billing off: the navigation still leads here.
    expect(screen.getByRole('link', { name: 'Billing' })).toHaveAttribute('href', '/billing');

    await person.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('credit-balance')).toHaveTextContent('3');
  });
});

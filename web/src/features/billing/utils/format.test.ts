import { describe, expect, it } from 'vitest';

import { displayName, formatCredits, formatDelta, formatPrice, ledgerDescription } from './format';

describe('formatPrice', () => {
  it('reads the amount in the currency’s smallest unit', () => {
    expect(formatPrice(900, 'usd', 'en-US')).toBe('$9.00');
    expect(formatPrice(3950, 'eur', 'en-US')).toBe('€39.50');
    expect(formatPrice(3950, 'eur', 'de-DE')).toBe('39,50\u00a0€');
    // Yen have no cents: 900 is ¥900.
    expect(formatPrice(900, 'jpy', 'en-US')).toBe('¥900');
  });

  it('shows an unknown currency by its code', () => {
    expect(formatPrice(900, 'xx', 'en-US')).toBe('9.00 XX');
  });
});

describe('ledgerDescription', () => {
  it.each([
    [{ reason: 'signup', packId: null }, 'Welcome credits'],
    [{ reason: 'purchase', packId: 'starter' }, 'Purchased Starter pack'],
    [{ reason: 'purchase', packId: null }, 'Purchased credits'],
    [{ reason: 'optimization', packId: null }, 'Optimization'],
    [{ reason: 'returned', packId: null }, 'Returned (optimization failed)'],
    [{ reason: 'refund', packId: 'starter' }, 'Refund'],
    [{ reason: 'manual', packId: null }, 'Adjustment by support'],
    [{ reason: 'promotion', packId: null }, 'promotion'],
  ])('%o → %s', (entry, label) => {
    expect(ledgerDescription(entry)).toBe(label);
  });
});

describe('small formats', () => {
  it('signs a change with plus or a true minus', () => {
    expect(formatDelta(10)).toBe('+10');
    expect(formatDelta(-1)).toBe('\u22121');
    expect(formatDelta(0)).toBe('0');
  });

  it('counts credits', () => {
    expect(formatCredits(1)).toBe('1 credit');
    expect(formatCredits(0)).toBe('0 credits');
    expect(formatCredits(10)).toBe('10 credits');
  });

  it('names a pack or a plan from its id', () => {
    expect(displayName('starter')).toBe('Starter');
    expect(displayName('pro_yearly')).toBe('Pro yearly');
  });
});

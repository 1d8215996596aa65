/**
 * Leaves the app for another site (Stripe Checkout). Its own module so tests can replace it:
 * jsdom cannot navigate.
 */
export function redirectTo(url: string): void {
  window.location.href = url;
}

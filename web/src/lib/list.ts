import { isNotFound } from './api-client';
import type { Page } from './api-types';

/**
 * Loads a list, reading a 404 as "nothing to list". Until the server ships an endpoint it answers
 * 404, and a new account should see a welcoming empty state rather than an error.
 */
export async function loadListOrEmpty<T>(load: () => Promise<Page<T>>): Promise<Page<T>> {
  try {
    return await load();
  } catch (error) {
    if (isNotFound(error)) return { items: [], nextCursor: null };
    throw error;
  }
}

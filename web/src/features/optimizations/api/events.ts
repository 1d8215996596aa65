import { api } from '@/lib/api-client';
import { readServerSentEvents } from '@/lib/sse';

import { optimizationPath, type Optimization, type OptimizationStatus } from './optimizations';

/**
 * Events of GET /optimize/{id}/events: `status` while it runs, then `completed` or `failed`
 * carrying the whole optimization (or `{code}` when it disappeared).
 */
export type OptimizationEvent =
  | { type: 'status'; status: OptimizationStatus }
  | { type: 'completed'; optimization: Optimization }
  | { type: 'failed'; optimization: Optimization | null };

function toEvent(name: string, payload: Record<string, unknown>): OptimizationEvent | null {
  if (name === 'status' && typeof payload.status === 'string') {
    return { type: 'status', status: payload.status as OptimizationStatus };
  }
  if (name === 'completed') return { type: 'completed', optimization: payload as unknown as Optimization };
  if (name === 'failed') {
    return { type: 'failed', optimization: 'status' in payload ? (payload as unknown as Optimization) : null };
  }
  return null;
}

/**
 * Streams the progress of one optimization until it ends or the signal aborts. Resolves when the
 * server closes the stream; throws ApiError when it cannot be opened.
 */
export async function streamOptimizationEvents(
  optimizationId: string,
  onEvent: (event: OptimizationEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const response = await api.stream(`${optimizationPath(optimizationId)}/events`, { signal });
  if (!response.body) return;
  for await (const message of readServerSentEvents(response.body)) {
    try {
      const event = toEvent(message.event, JSON.parse(message.data) as Record<string, unknown>);
      if (event) onEvent(event);
    } catch {
      // A malformed event is skipped; the next one or a refetch corrects the picture.
    }
  }
}

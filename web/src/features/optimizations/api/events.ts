import { api } from '@/lib/api-client';
import { readServerSentEvents } from '@/lib/sse';

import { optimizationPath, type OptimizationStatus } from './optimizations';

/** Events of GET /optimize/{id}/events (text/event-stream, JSON in data). */
export type OptimizationEvent =
  | { type: 'status'; status: OptimizationStatus; progress?: number; message?: string }
  | { type: 'completed'; alignmentScore: number }
  | { type: 'failed'; errorCode: string; message: string };

const EVENT_TYPES = new Set(['status', 'completed', 'failed']);

/**
 * Streams progress of one optimization until it ends or the signal aborts. Resolves when the
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
    if (!EVENT_TYPES.has(message.event)) continue;
    try {
      const payload = JSON.parse(message.data) as Record<string, unknown>;
      onEvent({ ...payload, type: message.event } as OptimizationEvent);
    } catch {
      // A malformed event is skipped; the next status or a refetch corrects the picture.
    }
  }
}

import { describe, expect, it } from 'vitest';

import { readServerSentEvents } from './sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readServerSentEvents', () => {
  it('parses events split across chunks, skipping comments', async () => {
    const events = [];
    for await (const event of readServerSentEvents(
      streamOf([': keep-alive\n\nevent: status\ndata: {"status":"proc', 'essing"}\nid: 7\n\n', 'data: a\ndata: b\n\n']),
    )) {
      events.push(event);
    }
    expect(events).toEqual([
      { event: 'status', data: '{"status":"processing"}', id: '7' },
      { event: 'message', data: 'a\nb', id: '7' },
    ]);
  });
});

// A fake LLM provider for tests: speaks OpenAI Chat Completions (json_schema response_format)
// and Anthropic Messages (forced tool_use) on 127.0.0.1.
//
//   node fake-llm.mjs [PORT]      (0 or none: a free port; prints "fake-llm listening on PORT")
//
// Behaviour is set per wire format by the test:
//   POST /__mode {"mode": "ok", "delayMs": 0, "failFirst": 2}          both formats
//   POST /__mode {"openai": {"mode": "timeout"}, "anthropic": {"mode": "ok"}}
// Modes: ok (rewrites using only the item's own words; reads fields from the resume's text),
// hallucinate (adds an employer, a metric and a certification; reads fields the resume never
// states), 429 (Retry-After: 1), timeout (never answers), 500, garbage (malformed
// JSON), flaky (failWith, default "500", for the first failFirst calls, then ok). delayMs
// delays every answer.
//   GET or POST /__requests   every request so far: [{format, path, headers, body, mode, at}]
//   POST /__reset      forget requests and counters, back to "ok"
import http from 'node:http';

const port = Number(process.argv[2] ?? 0);
const defaults = () => ({ mode: 'ok', delayMs: 0, failFirst: 2, failWith: '500' });
let config = { openai: defaults(), anthropic: defaults() };
let calls = { openai: 0, anthropic: 0 };
let requests = [];
const hanging = new Set();

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

function userText(format, body) {
  const messages = body?.messages ?? [];
  const user = messages.find((m) => m.role === 'user');
  if (!user) return '';
  if (typeof user.content === 'string') return user.content;
  return (user.content ?? []).map((part) => part.text ?? '').join('\n');
}

function itemsOf(text) {
  const match = /<items>\s*([\s\S]*?)\s*<\/items>/.exec(text);
  try {
    return match ? JSON.parse(match[1]) : [];
  } catch {
    return [];
  }
}

function keywordsOf(text) {
  const match = /Job keywords, most important first: (.*)/.exec(text);
  if (!match || match[1] === '(none)') return [];
  return match[1].split(', ').filter(Boolean);
}

function rewrite(item) {
  const text = item.text;
  if (item.path === 'skills') return text.split(', ').reverse().join(', ');
  const opener = /^(Responsible for|Helped with|Worked on|Assisted in|I)\s+/i;
  const stripped = text.replace(opener, '');
  if (stripped !== text && stripped.length > 0) {
    return stripped[0].toUpperCase() + stripped.slice(1);
  }
  return text.endsWith('.') ? text.slice(0, -1) : `${text}.`;
}

function hallucinate(item) {
  const text = item.text.replace(/\.$/, '');
  return `${text} at Google, increased revenue by 40%, PMP certified`;
}

function changesFor(text, mode) {
  const keywords = keywordsOf(text);
  return itemsOf(text).map((item) => {
    const after = mode === 'hallucinate' ? hallucinate(item) : rewrite(item);
    const lower = after.toLowerCase();
    return {
      path: item.path,
      after,
      reason: 'Starts with what was done and uses the wording the job uses.',
      keywords: keywords.filter((k) => lower.includes(k.toLowerCase())),
    };
  });
}

// Field reading (tool or schema "read_fields"): the name is the resume's first line up to a
// comma or tab; any other field keeps what the parser read. "hallucinate" answers every field
// with an employer the resume never names.
function fieldsFor(text, mode) {
  const match = /<fields>\s*([\s\S]*?)\s*<\/fields>/.exec(text);
  const resume = /<resume>\n?([\s\S]*?)\n?<\/resume>/.exec(text)?.[1] ?? '';
  let fields = [];
  try {
    fields = match ? JSON.parse(match[1]) : [];
  } catch {
    fields = [];
  }
  const firstLine = resume.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return fields
    .map((field) => {
      if (mode === 'hallucinate') return { path: field.path, value: 'Google LLC' };
      if (field.path === 'contact.name') return { path: field.path, value: firstLine.split(/[,\t]/)[0].trim() };
      return { path: field.path, value: field.current };
    })
    .filter((field) => field.value.length > 0);
}

function toolOf(format, body) {
  if (format === 'openai') return body?.response_format?.json_schema?.name ?? '';
  return body?.tools?.[0]?.name ?? '';
}

function answer(format, res, text, mode, tool) {
  const reply = tool === 'read_fields' ? { fields: fieldsFor(text, mode) } : { changes: changesFor(text, mode) };
  if (format === 'openai') {
    const content = mode === 'garbage' ? '{"changes": [{"path": ' : JSON.stringify(reply);
    send(res, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      model: 'fake',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
    });
    return;
  }
  if (mode === 'garbage') {
    send(res, 200, '{"content": [{"type": "tool_use", "input": {"changes": [');
    return;
  }
  send(res, 200, {
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: 'fake',
    content: [{ type: 'tool_use', id: 'toolu_fake', name: tool || 'propose_changes', input: reply }],
    stop_reason: 'tool_use',
    usage: { input_tokens: 120, output_tokens: 60 },
  });
}

async function handleProvider(format, req, res) {
  const raw = await readBody(req);
  let body = null;
  try {
    body = JSON.parse(raw);
  } catch {
    send(res, 400, { error: { message: 'invalid JSON body' } });
    return;
  }
  const settings = config[format];
  calls[format] += 1;
  let mode = settings.mode;
  if (mode === 'flaky') mode = calls[format] <= settings.failFirst ? settings.failWith : 'ok';
  requests.push({ format, path: req.url, headers: req.headers, body, mode, at: Date.now() });
  if (mode === 'timeout') {
    hanging.add(res);
    res.on('close', () => hanging.delete(res));
    return;
  }
  if (settings.delayMs > 0) await new Promise((r) => setTimeout(r, settings.delayMs));
  if (mode === '429') {
    send(res, 429, { error: { type: 'rate_limit_error', message: 'slow down' } }, { 'retry-after': '1' });
  } else if (mode === '500') {
    send(res, 500, { error: { type: 'api_error', message: 'internal error' } });
  } else {
    answer(format, res, userText(format, body), mode, toolOf(format, body));
  }
}

const server = http.createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/__mode') {
    const settings = JSON.parse((await readBody(req)) || '{}');
    for (const format of ['openai', 'anthropic']) {
      const own = settings[format] ?? (settings.mode ? settings : null);
      if (own) config[format] = { ...defaults(), ...own };
    }
    calls = { openai: 0, anthropic: 0 };
    send(res, 200, config);
  } else if (req.method === 'POST' && req.url === '/__reset') {
    await readBody(req);
    config = { openai: defaults(), anthropic: defaults() };
    calls = { openai: 0, anthropic: 0 };
    requests = [];
    for (const pending of hanging) pending.destroy();
    send(res, 200, { ok: true });
  } else if (req.url === '/__requests') {
    await readBody(req);
    send(res, 200, requests);
  } else if (req.method === 'POST' && req.url === '/v1/chat/completions') {
    await handleProvider('openai', req, res);
  } else if (req.method === 'POST' && req.url === '/v1/messages') {
    await handleProvider('anthropic', req, res);
  } else {
    send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`fake-llm listening on ${server.address().port}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    for (const pending of hanging) pending.destroy();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  });
}

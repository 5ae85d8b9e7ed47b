// A loopback receiver for the notification tests: a Slack incoming webhook that answers as Slack
// does, and a generic JSON webhook endpoint that records what it gets.
//
// Slack's answers (api.slack.com/messaging/webhooks "Handling errors"; api.slack.com/changelog/
// 2016-05-17-changes-to-errors-for-incoming-webhooks): success is HTTP 200 with the plain-text body
// `ok`; errors are an HTTP status with a short plain-text error string: 400 `invalid_payload`
// (body not understood for its content type) or `no_text` (neither text nor blocks), 400
// `invalid_blocks` (Block Kit the validator refuses), 403 `action_prohibited` / `invalid_token`,
// 404 `channel_not_found` / `no_service` (the hook URL is unknown or was removed), 410
// `channel_is_archived`, 500 `rollup_error`. Over the posting rate (about one message a second,
// short bursts allowed) Slack answers 429 with a Retry-After header in seconds
// (api.slack.com/docs/rate-limits).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackFault {
  status: number;
  /** Slack's error string, e.g. `no_service`. */
  error: string;
  /** Seconds, sent as Retry-After (429). */
  retryAfter?: number;
  /** Post the message first, then answer with the fault: a 5xx after delivery. */
  deliverFirst?: boolean;
}

export interface ReceivedMessage {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body as received (for signatures). */
  raw: string;
  body: Record<string, unknown>;
}

export interface NotifyEmulator {
  url: string;
  /** A Slack incoming-webhook URL on this receiver (`/services/T…/B…/<secret>`). */
  slackHookUrl: string;
  /** The generic webhook URL on this receiver. */
  webhookUrl: string;
  /** Messages Slack posted to the channel. */
  slackMessages: ReceivedMessage[];
  /** Deliveries the generic webhook accepted. */
  webhookDeliveries: ReceivedMessage[];
  /** Every request, answered or not, in order: `slack 200`, `webhook 500`, … */
  log: string[];
  /** The next requests to the Slack hook get these answers, in order. */
  injectSlackFaults(...faults: SlackFault[]): void;
  /** The next requests to the generic webhook get these statuses (a 5xx with deliverFirst records it first). */
  injectWebhookFaults(...faults: Array<{ status: number; deliverFirst?: boolean }>): void;
  /** Forget messages, log and faults. */
  reset(): void;
  close(): Promise<void>;
}

// Block Kit limits the validator enforces (api.slack.com/reference/block-kit/blocks#section).
const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;

function invalidBlocks(blocks: unknown): boolean {
  if (!Array.isArray(blocks) || blocks.length > MAX_BLOCKS) return true;
  for (const block of blocks as Array<Record<string, unknown>>) {
    if (!block || typeof block.type !== 'string') return true;
    if (block.type === 'section') {
      const text = block.text as { type?: string; text?: string } | undefined;
      const fields = block.fields as Array<{ type?: string; text?: string }> | undefined;
      if (!text && !fields) return true;
      if (text && (!['mrkdwn', 'plain_text'].includes(text.type ?? '') || typeof text.text !== 'string' || text.text.length === 0 || text.text.length > MAX_SECTION_TEXT)) return true;
      if (fields && (fields.length > MAX_FIELDS || fields.some((f) => typeof f.text !== 'string' || f.text.length === 0 || f.text.length > MAX_FIELD_TEXT))) return true;
    } else if (block.type === 'context') {
      const elements = block.elements as unknown[] | undefined;
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10) return true;
    } else if (!['divider', 'header', 'actions', 'image', 'rich_text'].includes(block.type)) {
      return true;
    }
  }
  return false;
}

export async function startNotifyEmulator(): Promise<NotifyEmulator> {
  const slackPath = '/services/T00000000/B00000000/notify0emulator0hook0secret';
  let slackFaults: SlackFault[] = [];
  let webhookFaults: Array<{ status: number; deliverFirst?: boolean }> = [];
  const emulator = {
    slackMessages: [] as ReceivedMessage[],
    webhookDeliveries: [] as ReceivedMessage[],
    log: [] as string[],
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0]!;
      const answer = (status: number, text: string, headers: Record<string, string> = {}) => {
        emulator.log.push(`${path.startsWith('/services/') ? 'slack' : 'webhook'} ${status}`);
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
        res.end(text);
      };
      if (path.startsWith('/services/')) {
        if (req.method !== 'POST') return answer(405, 'invalid_method');
        if (path !== slackPath) return answer(404, 'no_service');
        let body: Record<string, unknown>;
        try {
          if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new Error('not JSON');
          body = JSON.parse(raw) as Record<string, unknown>;
          if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
        } catch {
          return answer(400, 'invalid_payload');
        }
        if (typeof body.text !== 'string' && body.blocks === undefined) return answer(400, 'no_text');
        if (body.blocks !== undefined && invalidBlocks(body.blocks)) return answer(400, 'invalid_blocks');
        const fault = slackFaults.shift();
        const message = { path, headers: req.headers, raw, body };
        if (!fault || fault.deliverFirst) emulator.slackMessages.push(message);
        if (!fault) return answer(200, 'ok');
        return answer(fault.status, fault.error, fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {});
      }
      if (path === '/hooks/drift-guard') {
        if (req.method !== 'POST') return answer(405, '');
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          return answer(400, 'not JSON');
        }
        const fault = webhookFaults.shift();
        if (!fault || fault.deliverFirst) emulator.webhookDeliveries.push({ path, headers: req.headers, raw, body });
        return answer(fault?.status ?? 204, '');
      }
      answer(404, 'not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(emulator, {
    url,
    slackHookUrl: `${url}${slackPath}`,
    webhookUrl: `${url}/hooks/drift-guard`,
    injectSlackFaults: (...faults: SlackFault[]) => void slackFaults.push(...faults),
    injectWebhookFaults: (...faults: Array<{ status: number; deliverFirst?: boolean }>) => void webhookFaults.push(...faults),
    reset() {
      emulator.slackMessages.length = 0;
      emulator.webhookDeliveries.length = 0;
      emulator.log.length = 0;
      slackFaults = [];
      webhookFaults = [];
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  });
}

// The `pull_request` event payload (GITHUB_EVENT_PATH) for an end-to-end run: a real webhook
// delivery from @octokit/webhooks-examples with the fields that identify the pull request
// rewritten to the emulator's seeded one. Everything else (links, users, flags) stays as
// GitHub sent it, so the action is exercised against a full-size, real payload.
import { createRequire } from 'node:module';
import type { GitHubEmulator, PullRecord } from '../github/emulator.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

interface WebhookExamples {
  name: string;
  examples: JsonObject[];
}

const require = createRequire(import.meta.url);

/** A fresh copy of a real delivery from @octokit/webhooks-examples. */
export function webhookExample(event: string, action: string): JsonObject {
  const all = require('@octokit/webhooks-examples') as WebhookExamples[];
  const example = all.find((e) => e.name === event)?.examples.find((e) => e['action'] === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} example`);
  return structuredClone(example);
}

/** Links in the example point at api.github.com; repointing them guarantees nothing real is ever contacted. */
export function repointUrls(value: Json, apiUrl: string): Json {
  if (typeof value === 'string') return value.startsWith('https://api.github.com') ? apiUrl + value.slice('https://api.github.com'.length) : value;
  if (Array.isArray(value)) return value.map((v) => repointUrls(v, apiUrl));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repointUrls(v, apiUrl)]));
  return value;
}

export function asObject(value: Json | undefined): JsonObject {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('webhook example: expected an object');
  return value;
}

export function setRepository(target: JsonObject, owner: string, name: string, fork: boolean): void {
  target['name'] = name;
  target['full_name'] = `${owner}/${name}`;
  target['fork'] = fork;
  asObject(target['owner'])['login'] = owner;
}

export interface PullRequestEventOptions {
  action?: 'opened' | 'synchronize';
  /** `before` of a synchronize event: the previous head. */
  before?: string;
}

export function pullRequestEventPayload(emu: GitHubEmulator, pullNumber: number, options: PullRequestEventOptions = {}): JsonObject {
  const action = options.action ?? 'opened';
  const pull: PullRecord | undefined = emu.state.pulls.find((p) => p.number === pullNumber);
  if (!pull) throw new Error(`pullRequestEventPayload: no pull request #${pullNumber}`);
  const owner = emu.state.owner.login;
  const name = emu.state.repo.name;
  const payload = asObject(repointUrls(webhookExample('pull_request', action), emu.url));

  payload['number'] = pull.number;
  setRepository(asObject(payload['repository']), owner, name, false);
  asObject(payload['sender'])['login'] = pull.author;

  const pr = asObject(payload['pull_request']);
  pr['number'] = pull.number;
  pr['id'] = pull.id;
  pr['state'] = pull.state;
  pr['draft'] = pull.draft;
  pr['title'] = pull.title;
  asObject(pr['user'])['login'] = pull.author;
  pr['changed_files'] = pull.files.length;
  pr['additions'] = pull.files.reduce((n, f) => n + f.additions, 0);
  pr['deletions'] = pull.files.reduce((n, f) => n + f.deletions, 0);
  pr['commits'] = pull.commits.length;

  const head = asObject(pr['head']);
  const headOwner = pull.headRepo.owner;
  head['ref'] = pull.head.ref;
  head['sha'] = pull.head.sha;
  head['label'] = `${headOwner}:${pull.head.ref}`;
  asObject(head['user'])['login'] = headOwner;
  setRepository(asObject(head['repo']), headOwner, pull.headRepo.name, pull.headRepo.fork);

  const base = asObject(pr['base']);
  base['ref'] = pull.base.ref;
  base['sha'] = pull.base.sha;
  base['label'] = `${owner}:${pull.base.ref}`;
  asObject(base['user'])['login'] = owner;
  setRepository(asObject(base['repo']), owner, name, false);

  if (action === 'synchronize') {
    payload['before'] = options.before ?? pull.base.sha;
    payload['after'] = pull.head.sha;
  }
  return payload;
}

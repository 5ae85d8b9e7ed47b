import {
  evaluateApprovalGate,
  reviewersToRequest,
  STATUS_DESCRIPTION_MAX,
  type GateInput,
  type GuardedModule,
  type ReviewInput,
} from '../../src/ownership/approval-gate.js';

const HEAD = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const OLD = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const app: GuardedModule = { dir: 'infra/app', owners: ['@alice', '@org/platform'], changedFiles: ['infra/app/main.tf'] };
const db: GuardedModule = { dir: 'infra/db', owners: ['@bob'], changedFiles: ['infra/db/main.tf'] };

let nextId = 1;
function review(login: string, state: ReviewInput['state'], minute: number, commitId = HEAD): ReviewInput {
  return { id: nextId++, login, state, commitId, submittedAt: `2024-05-01T10:${String(minute).padStart(2, '0')}:00Z` };
}

function gate(overrides: Partial<GateInput>): GateInput {
  return {
    modules: [app, db],
    author: 'dave',
    headSha: HEAD,
    reviews: [],
    teamMembers: new Map([['@org/platform', ['carol', 'erin']]]),
    filesChangedSince: () => null,
    staleApprovals: 'keep-if-module-unchanged',
    ...overrides,
  };
}

interface Case {
  name: string;
  input: Partial<GateInput>;
  state: 'success' | 'pending' | 'failure';
  modules: Record<string, string>;
  approvedBy?: Record<string, string[]>;
  missing?: Record<string, string[]>;
  why?: Record<string, RegExp>;
}

const cases: Case[] = [
  {
    name: 'no reviews: every owned module waits for its owners',
    input: {},
    state: 'pending',
    modules: { 'infra/app': 'pending', 'infra/db': 'pending' },
    missing: { 'infra/app': ['@alice', '@org/platform'], 'infra/db': ['@bob'] },
    why: { 'infra/app': /Waiting for an approval from @alice or @org\/platform/ },
  },
  {
    name: 'a non-owner approval does not count',
    input: { reviews: [review('mallory', 'APPROVED', 1)] },
    state: 'pending',
    modules: { 'infra/app': 'pending', 'infra/db': 'pending' },
  },
  {
    name: 'a dismissed approval does not count',
    input: { reviews: [review('alice', 'APPROVED', 1), review('bob', 'DISMISSED', 2)] },
    state: 'pending',
    modules: { 'infra/app': 'approved', 'infra/db': 'pending' },
    missing: { 'infra/db': ['@bob'] },
  },
  {
    name: 'a re-approval that was dismissed cancels the earlier approval',
    input: { reviews: [review('alice', 'APPROVED', 1), review('bob', 'APPROVED', 2), review('bob', 'DISMISSED', 3)] },
    state: 'pending',
    modules: { 'infra/app': 'approved', 'infra/db': 'pending' },
  },
  {
    name: 'a later COMMENTED review does not cancel an approval',
    input: { reviews: [review('alice', 'APPROVED', 1), review('bob', 'APPROVED', 2), review('bob', 'COMMENTED', 3)] },
    state: 'success',
    modules: { 'infra/app': 'approved', 'infra/db': 'approved' },
    approvedBy: { 'infra/db': ['bob'] },
  },
  {
    name: 'CHANGES_REQUESTED then APPROVED: the approval is the latest decision',
    input: { reviews: [review('alice', 'APPROVED', 1), review('bob', 'CHANGES_REQUESTED', 2), review('bob', 'APPROVED', 3)] },
    state: 'success',
    modules: { 'infra/app': 'approved', 'infra/db': 'approved' },
  },
  {
    name: 'APPROVED then CHANGES_REQUESTED: the module is blocked and the gate fails',
    input: { reviews: [review('alice', 'APPROVED', 1), review('bob', 'APPROVED', 2), review('bob', 'CHANGES_REQUESTED', 3)] },
    state: 'failure',
    modules: { 'infra/app': 'approved', 'infra/db': 'changes_requested' },
    why: { 'infra/db': /@bob requested changes/ },
  },
  {
    name: 'reviews are ordered by submittedAt, not by list order',
    input: { reviews: [review('bob', 'APPROVED', 9), review('bob', 'CHANGES_REQUESTED', 2), review('alice', 'APPROVED', 1)] },
    state: 'success',
    modules: { 'infra/app': 'approved', 'infra/db': 'approved' },
  },
  {
    name: 'a PENDING (draft) review is ignored',
    input: { reviews: [review('alice', 'APPROVED', 1), { id: 99, login: 'bob', state: 'PENDING', commitId: HEAD, submittedAt: '' }] },
    state: 'pending',
    modules: { 'infra/app': 'approved', 'infra/db': 'pending' },
  },
  {
    name: "the author's own approval never counts",
    input: { author: 'bob', reviews: [review('alice', 'APPROVED', 1), review('bob', 'APPROVED', 2)] },
    state: 'pending',
    modules: { 'infra/app': 'approved', 'infra/db': 'pending' },
    missing: { 'infra/db': [] },
    why: { 'infra/db': /@bob is the PR author/ },
  },
  {
    name: 'owner logins match case-insensitively',
    input: { modules: [{ ...db, owners: ['@Bob'] }], reviews: [review('BOB', 'APPROVED', 1)] },
    state: 'success',
    modules: { 'infra/db': 'approved' },
    approvedBy: { 'infra/db': ['BOB'] },
  },
  {
    name: 'push after approval touching the module: the approval is stale',
    input: {
      reviews: [review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2)],
      filesChangedSince: (sha) => (sha === OLD ? ['infra/app/main.tf'] : null),
    },
    state: 'pending',
    modules: { 'infra/app': 'pending', 'infra/db': 'approved' },
    why: { 'infra/app': /@alice approved aaaaaaa, but the module changed since \(infra\/app\/main\.tf\)/ },
  },
  {
    name: 'push after approval into a nested folder of the module: stale too',
    input: {
      reviews: [review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2)],
      filesChangedSince: () => ['infra/app/modules/task/main.tf'],
    },
    state: 'pending',
    modules: { 'infra/app': 'pending', 'infra/db': 'approved' },
  },
  {
    name: 'push after approval touching a file the module reads from elsewhere: stale',
    input: {
      modules: [{ ...app, changedFiles: ['infra/app/main.tf', 'templates/app.json'] }],
      reviews: [review('alice', 'APPROVED', 1, OLD)],
      filesChangedSince: () => ['templates/app.json'],
    },
    state: 'pending',
    modules: { 'infra/app': 'pending' },
  },
  {
    name: 'push after approval not touching the module: the approval still counts',
    input: {
      reviews: [review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2)],
      filesChangedSince: (sha) => (sha === OLD ? ['infra/db/main.tf', 'README.md', 'infra/application/x.tf'] : null),
    },
    state: 'success',
    modules: { 'infra/app': 'approved', 'infra/db': 'approved' },
    why: { 'infra/app': /Approved by @alice on aaaaaaa; the module has not changed since/ },
  },
  {
    name: 'with staleApprovals=dismiss only approvals of the head count',
    input: {
      staleApprovals: 'dismiss',
      reviews: [review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2)],
      filesChangedSince: () => [],
    },
    state: 'pending',
    modules: { 'infra/app': 'pending', 'infra/db': 'approved' },
    why: { 'infra/app': /only approvals of the head commit count/ },
  },
  {
    name: 'an older approval with unknown changes since does not count (fail closed)',
    input: { reviews: [review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2)], filesChangedSince: () => null },
    state: 'pending',
    modules: { 'infra/app': 'pending', 'infra/db': 'approved' },
    why: { 'infra/app': /could not be determined/ },
  },
  {
    name: 'team owner: an approval from a team member counts',
    input: { reviews: [review('carol', 'APPROVED', 1), review('bob', 'APPROVED', 2)] },
    state: 'success',
    modules: { 'infra/app': 'approved', 'infra/db': 'approved' },
    approvedBy: { 'infra/app': ['carol'] },
  },
  {
    name: 'team owner without team members (no owners-token): a team-only module stays pending',
    input: {
      modules: [{ dir: 'infra/net', owners: ['@org/platform'], changedFiles: ['infra/net/main.tf'] }],
      teamMembers: null,
      reviews: [review('carol', 'APPROVED', 1)],
    },
    state: 'pending',
    modules: { 'infra/net': 'pending' },
    missing: { 'infra/net': ['@org/platform'] },
    why: { 'infra/net': /owners-token.*read:org.*Members: read/ },
  },
  {
    name: 'team owner without team members, but a user owner approved: approved',
    input: { teamMembers: null, reviews: [review('alice', 'APPROVED', 1), review('bob', 'APPROVED', 2)] },
    state: 'success',
    modules: { 'infra/app': 'approved', 'infra/db': 'approved' },
  },
  {
    name: 'team missing from a readable team map: stays pending and says so',
    input: {
      modules: [{ dir: 'infra/net', owners: ['@org/network'], changedFiles: [] }],
      reviews: [review('carol', 'APPROVED', 1)],
    },
    state: 'pending',
    modules: { 'infra/net': 'pending' },
    why: { 'infra/net': /Members of team @org\/network could not be read/ },
  },
  {
    name: 'email owners cannot be matched to logins',
    input: { modules: [{ dir: 'infra/q', owners: ['ops@example.com'], changedFiles: [] }], reviews: [review('ops', 'APPROVED', 1)] },
    state: 'pending',
    modules: { 'infra/q': 'pending' },
    missing: { 'infra/q': ['ops@example.com'] },
    why: { 'infra/q': /email address, which cannot be matched to a GitHub login/ },
  },
  {
    name: 'an unowned module keeps the gate pending by default',
    input: { modules: [{ dir: 'infra/orphan', owners: [], changedFiles: [] }], reviews: [review('alice', 'APPROVED', 1)] },
    state: 'pending',
    modules: { 'infra/orphan': 'unowned' },
    why: { 'infra/orphan': /No CODEOWNERS rule owns this module/ },
  },
  {
    name: 'an unowned module passes when owner-less modules are allowed',
    input: { unownedModules: 'allow', modules: [{ dir: 'infra/orphan', owners: [], changedFiles: [] }, db], reviews: [review('bob', 'APPROVED', 1)] },
    state: 'success',
    modules: { 'infra/orphan': 'unowned', 'infra/db': 'approved' },
  },
  {
    name: 'no guarded module: success',
    input: { modules: [] },
    state: 'success',
    modules: {},
  },
];

describe('evaluateApprovalGate', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluateApprovalGate(gate(c.input));
    expect(result.state).toBe(c.state);
    expect(Object.fromEntries(result.modules.map((m) => [m.dir, m.state]))).toEqual(c.modules);
    for (const [dir, logins] of Object.entries(c.approvedBy ?? {})) {
      expect(result.modules.find((m) => m.dir === dir)!.approvedBy).toEqual(logins);
    }
    for (const [dir, owners] of Object.entries(c.missing ?? {})) {
      expect(result.modules.find((m) => m.dir === dir)!.missingOwners).toEqual(owners);
    }
    for (const [dir, pattern] of Object.entries(c.why ?? {})) {
      expect(result.modules.find((m) => m.dir === dir)!.why).toMatch(pattern);
    }
    expect(result.description.length).toBeLessThan(140);
  });

  test('approvals arriving one by one over two modules', () => {
    const arriving = [review('mallory', 'COMMENTED', 1), review('alice', 'APPROVED', 2), review('bob', 'APPROVED', 3)];
    const seen = [0, 1, 2, 3].map((n) => {
      const result = evaluateApprovalGate(gate({ reviews: arriving.slice(0, n) }));
      return [result.state, result.modules.map((m) => m.state), result.description];
    });
    expect(seen).toEqual([
      ['pending', ['pending', 'pending'], '0/2 modules approved; waiting on infra/app (@alice @org/platform), infra/db (@bob)'],
      ['pending', ['pending', 'pending'], '0/2 modules approved; waiting on infra/app (@alice @org/platform), infra/db (@bob)'],
      ['pending', ['approved', 'pending'], '1/2 modules approved; waiting on infra/db (@bob)'],
      ['success', ['approved', 'approved'], 'Approved by owners: 2 modules.'],
    ]);
  });

  test('the failure description names the module and who requested changes', () => {
    const result = evaluateApprovalGate(gate({ reviews: [review('bob', 'CHANGES_REQUESTED', 1)] }));
    expect(result.description).toBe('Changes requested on infra/db by @bob; 0/2 modules approved.');
  });

  test('the description stays under 140 characters with many modules', () => {
    const modules = Array.from({ length: 30 }, (_, i) => ({ dir: `infra/service-number-${i}`, owners: [`@owner${i}`], changedFiles: [] }));
    const result = evaluateApprovalGate(gate({ modules }));
    expect(result.description.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_MAX);
    expect(result.description.endsWith('…')).toBe(true);
    expect(result.description.startsWith('0/30 modules approved; waiting on infra/service-number-0 (@owner0)')).toBe(true);
  });

  test('filesChangedSince is asked once per commit', () => {
    const asked: string[] = [];
    evaluateApprovalGate(
      gate({
        modules: [app, { ...db, owners: ['@alice'] }],
        reviews: [review('alice', 'APPROVED', 1, OLD)],
        filesChangedSince: (sha) => {
          asked.push(sha);
          return [];
        },
      }),
    );
    expect(asked).toEqual([OLD]);
  });
});

describe('reviewersToRequest', () => {
  test('owners of pending modules who have not approved, users as logins and teams as slugs', () => {
    const result = evaluateApprovalGate(gate({}));
    expect(reviewersToRequest(result)).toEqual({ users: ['alice', 'bob'], teams: ['platform'] });
  });

  test('approved modules are left out', () => {
    const result = evaluateApprovalGate(gate({ reviews: [review('carol', 'APPROVED', 1)] }));
    expect(reviewersToRequest(result)).toEqual({ users: ['bob'], teams: [] });
  });

  test('the author and email owners are never requested; owners shared by modules appear once', () => {
    const result = evaluateApprovalGate(
      gate({
        author: 'bob',
        modules: [
          { dir: 'a', owners: ['@bob', '@Alice', 'ops@example.com'], changedFiles: [] },
          { dir: 'b', owners: ['@alice', '@org/Platform'], changedFiles: [] },
        ],
      }),
    );
    expect(reviewersToRequest(result)).toEqual({ users: ['Alice'], teams: ['Platform'] });
  });

  test('a stale approver is asked again', () => {
    const result = evaluateApprovalGate(
      gate({ reviews: [review('alice', 'APPROVED', 1, OLD), review('bob', 'APPROVED', 2)], filesChangedSince: () => ['infra/app/main.tf'] }),
    );
    expect(reviewersToRequest(result)).toEqual({ users: ['alice'], teams: ['platform'] });
  });
});

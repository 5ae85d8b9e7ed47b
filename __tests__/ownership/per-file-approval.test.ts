// Per-file ownership and the gate's own files (issue 13, items 2 and 3), on plain data. The
// end-to-end versions are in __tests__/e2e-ownership/gate-bypass.test.ts.
import { evaluateApprovalGate, type GateInput, type GuardedModule, type ReviewInput } from '../../src/ownership/approval-gate.js';
import { ConfigurationError, settingsFromAction } from '../../src/settings.js';

const HEAD = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
let nextId = 1;
function approval(login: string, state: ReviewInput['state'] = 'APPROVED'): ReviewInput {
  const id = nextId++;
  return { id, login, state, commitId: HEAD, submittedAt: `2024-05-01T10:${String(id).padStart(2, '0')}:00Z` };
}

function gate(modules: GuardedModule[], reviews: ReviewInput[], overrides: Partial<GateInput> = {}) {
  return evaluateApprovalGate({ modules, author: 'alice', headSha: HEAD, reviews, teamMembers: new Map(), filesChangedSince: () => null, staleApprovals: 'dismiss', ...overrides });
}

// CODEOWNERS: `/svc/ @bob @carol` then `/svc/iam.tf @dan` (last match wins: iam.tf is dan's alone).
const svc: GuardedModule = {
  dir: 'svc',
  owners: ['@bob', '@carol', '@dan'],
  changedFiles: ['svc/iam.tf', 'svc/main.tf'],
  fileOwners: { 'svc/iam.tf': ['@dan'], 'svc/main.tf': ['@bob', '@carol'] },
};

test("an owner of one file does not approve another file of the module", () => {
  const result = gate([svc], [approval('bob')]);
  expect(result.state).toBe('pending');
  expect(result.modules[0]).toMatchObject({ state: 'pending', approvedBy: ['bob'], missingOwners: ['@dan'] });
  expect(result.modules[0]!.why).toContain('svc/iam.tf needs an approval from @dan (its CODEOWNERS).');
});

test('every file approved by one of its own owners: approved', () => {
  expect(gate([svc], [approval('carol'), approval('dan')]).state).toBe('success');
});

test('an owner of every file approves the whole module alone', () => {
  const shared: GuardedModule = { ...svc, fileOwners: { 'svc/iam.tf': ['@dan', '@bob'], 'svc/main.tf': ['@bob'] } };
  expect(gate([shared], [approval('bob')]).state).toBe('success');
});

test('an unowned file in an owned module keeps it pending unless owner-less modules are allowed', () => {
  const partly: GuardedModule = { ...svc, fileOwners: { 'svc/iam.tf': [], 'svc/main.tf': ['@bob'] } };
  const closed = gate([partly], [approval('bob')]);
  expect(closed.state).toBe('pending');
  expect(closed.modules[0]!.why).toContain('svc/iam.tf has no CODEOWNERS owner');
  expect(gate([partly], [approval('bob')], { unownedModules: 'allow' }).state).toBe('success');
});

test('a gate file without owners is never let through, even with unowned-modules: allow', () => {
  const config: GuardedModule = { dir: '.github/drift-guard.yml', owners: [], changedFiles: ['.github/drift-guard.yml'], gateFile: true, gateFileWhy: 'Nobody may approve it.' };
  const result = gate([config], [approval('bob')], { unownedModules: 'allow' });
  expect(result.state).toBe('pending');
  expect(result.modules[0]).toMatchObject({ state: 'pending', why: 'Nobody may approve it.' });
});

test('changes requested by the owner of any file block the module', () => {
  expect(gate([svc], [approval('carol'), approval('dan', 'CHANGES_REQUESTED')]).state).toBe('failure');
});

describe('settings from config text (the base commit)', () => {
  const inputs: Record<string, string> = { 'github-token': 't' };
  const getInput = (name: string) => inputs[name] ?? '';
  const env = { GITHUB_WORKSPACE: '/nonexistent-workspace' };

  test('the text decides exceptions and approval settings; no text = the defaults', () => {
    const text = 'approval:\n  unowned-modules: allow\n  config-owners: ["@acme/platform"]\nexceptions:\n  - rule: "*"\n    module: svc\n    owner: "@x"\n    until: 2099-01-01\n    reason: r\n';
    const fromText = settingsFromAction(getInput, env, { text, source: '.github/drift-guard.yml at base 1234567' });
    expect(fromText.approval).toMatchObject({ unownedModules: 'allow', configOwners: ['@acme/platform'] });
    expect(fromText.policy.exceptions).toHaveLength(1);
    const none = settingsFromAction(getInput, env, { text: null, source: '.github/drift-guard.yml at base 1234567' });
    expect(none.approval).toMatchObject({ unownedModules: 'pending', guardedModules: 'ecs', configOwners: [] });
    expect(none.policy.exceptions).toEqual([]);
  });

  test('an invalid value names the file at the base, the line and the key', () => {
    const text = 'fail-on: high\napproval:\n  config-owners: ["platform"]\n';
    expect(() => settingsFromAction(getInput, env, { text, source: '.github/drift-guard.yml at base 1234567' })).toThrow(ConfigurationError);
    expect(() => settingsFromAction(getInput, env, { text, source: '.github/drift-guard.yml at base 1234567' })).toThrow(
      /^\.github\/drift-guard\.yml at base 1234567:3: `approval\.config-owners\.0`: must be an @user or @org\/team$/,
    );
  });
});

// The recorded provider fixtures are what terraform + the AWS provider 5.100.0 write today: one
// applied scenario and the imported one are re-recorded side by side (terraform apply / terraform
// import against the emulator, a few minutes on a busy machine, mostly waiting on the provider, so
// the two run at once) and must equal the committed fixtures. Without terraform this cannot be checked, and the test
// says so loudly instead of passing quietly.
import { describe, expect, it } from '@jest/globals';
import { readScenarioFixture, recordScenario, terraformUnavailable } from '../../test-support/terraform/provider-fixtures.js';

const SCENARIOS = ['fargate-alb', 'fargate-alb-import'] as const;
const unavailable = terraformUnavailable();

/**
 * What must match: everything but the terraform version that wrote the state, with
 * `container_definitions` compared as JSON values. The provider sends a container's log options
 * (a Go map) in no fixed order, ECS echoes them, and the provider stores the string as read, so
 * key order inside that string differs from run to run without meaning anything.
 */
function comparable(document: string): unknown {
  const parsed = JSON.parse(document) as Record<string, unknown>;
  delete parsed.terraform_version;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, k === 'container_definitions' && typeof v === 'string' ? JSON.parse(v) : visit(v)]),
    );
  };
  return visit(parsed);
}

if (unavailable) {
  describe('re-recording the provider fixtures', () => {
    it(`is NOT CHECKED: ${unavailable}`, () => {
      // Loud, not silent: the skip reason is in the test name and on stderr.
      process.stderr.write(`\n*** fidelity-regenerate: SKIPPED, ${unavailable}; the provider fixtures were not re-checked against terraform ***\n\n`);
      expect(unavailable).toBeTruthy();
    });
  });
} else {
  describe('re-recording the provider fixtures', () => {
    // Both recordings start together; each test awaits its own.
    let recordings: Map<string, ReturnType<typeof recordScenario>> | undefined;
    const recording = (name: string) => {
      recordings ??= new Map(SCENARIOS.map((n) => [n, recordScenario(n)] as const));
      for (const r of recordings.values()) r.catch(() => {}); // awaited below; no unhandled rejection meanwhile
      return recordings.get(name)!;
    };
    it.each(SCENARIOS)(
      'gives the committed %s fixture back (state, show -json and live estate)',
      async (name) => {
        const [fresh, committed] = await Promise.all([recording(name), readScenarioFixture(name)]);
        expect(comparable(fresh.state)).toEqual(comparable(committed.state));
        expect(comparable(fresh.show)).toEqual(comparable(committed.show));
        expect(fresh.live).toEqual(committed.live);
      },
      15 * 60_000,
    );
  });
}

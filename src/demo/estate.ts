// The example estate the demo plays with (examples/ecs-estate): the repository as it is on the
// default branch, the pull request that adds a few realistic mistakes to it, and the Terraform
// states its S3 backends point at. `.demo/` holds the demo's own material (the states as stored in
// the bucket) and is not part of the repository the action sees.
import { readFileTree, replaceInFile, type FileTree } from '../../test-support/e2e/file-tree.js';

export const DEMO_MATERIAL_DIR = '.demo/';
/** `.demo/s3/<bucket>/<key>`: the objects of the emulated S3 bucket(s). */
const STATE_OBJECTS_PREFIX = `${DEMO_MATERIAL_DIR}s3/`;

export const OWNER = 'acme';
export const REPO = 'infra';
export const PAYMENTS_FILE = 'services/payments/main.tf';

/** Who is who, as the estate's CODEOWNERS names them. */
export const PEOPLE = {
  author: 'alice',
  paymentsOwner: 'bob',
  checkoutOwner: 'carol',
  platformMember: 'dave',
  paymentsMember: 'erin',
} as const;

export const TEAMS = {
  platform: [PEOPLE.platformMember],
  payments: [PEOPLE.paymentsOwner, PEOPLE.paymentsMember],
} as const;

export interface ExampleEstate {
  /** The repository on the default branch (what the pull request is based on). */
  base: FileTree;
  /** The pull request's head: `base` plus the change in `pullRequest`. */
  head: FileTree;
  pullRequest: { title: string; body: string; branch: string };
  /** S3 objects (`bucket` -> `key` -> content): the states `terraform apply` left behind. */
  stateObjects: Array<{ bucket: string; key: string; content: string }>;
}

/**
 * The pull request: the payments team points the service at a new database. It pastes the
 * password into the environment, switches to a floating image tag and gives the tasks public
 * IPs "to reach the provider" - each a common way a reviewed change goes wrong.
 */
function applyPullRequest(base: FileTree): FileTree {
  let head = replaceInFile(
    base,
    PAYMENTS_FILE,
    'payments-api:2.14.0@sha256:4e7d1c9a2b3f5e6d8c0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60"',
    'payments-api:latest"',
  );
  head = replaceInFile(
    head,
    PAYMENTS_FILE,
    '    STRIPE_API_ENDPOINT = "https://api.stripe.com"\n',
    '    STRIPE_API_ENDPOINT = "https://api.stripe.com"\n' +
      '    DB_HOST             = "payments-db.cluster-c9akciq32xyz.eu-west-1.rds.amazonaws.com"\n' +
      '    DB_PASSWORD         = "Pr0d-Payments-2024!"\n',
  );
  head = replaceInFile(
    head,
    PAYMENTS_FILE,
    '  security_group_ids = ["sg-0123456789abcdef0"]\n',
    '  security_group_ids = ["sg-0123456789abcdef0"]\n  assign_public_ip   = true\n',
  );
  return head;
}

export function readExampleEstate(estateDir: string): ExampleEstate {
  const all = readFileTree(estateDir);
  const base: FileTree = {};
  const stateObjects: ExampleEstate['stateObjects'] = [];
  for (const [path, content] of Object.entries(all)) {
    if (path.startsWith(STATE_OBJECTS_PREFIX)) {
      const [bucket, ...key] = path.slice(STATE_OBJECTS_PREFIX.length).split('/');
      stateObjects.push({ bucket: bucket!, key: key.join('/'), content });
    } else if (!path.startsWith(DEMO_MATERIAL_DIR)) {
      base[path] = content;
    }
  }
  return {
    base,
    head: applyPullRequest(base),
    pullRequest: {
      title: 'payments: connect to the new Postgres cluster',
      body: 'Moves payments-api to the new RDS cluster and lets it reach the card provider directly.',
      branch: 'payments-new-db',
    },
    stateObjects,
  };
}

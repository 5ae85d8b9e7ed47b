// The decisions inside the container rules, case by case: which names and values count as
// secrets, which secret references are valid, how host paths, images and capabilities are rated.
import {
  classifyEnvironmentValue,
  credentialFormat,
  isSensitiveName,
  looksLikeRandomToken,
  nameParts,
  redactedPreview,
} from '../../src/policy/secret-detector.js';
import { secretSourceProblem } from '../../src/policy/rules/ecs-container-secret-source.js';
import { hostPathRisk } from '../../src/policy/rules/ecs-container-host-mount.js';
import { PLANTED_CREDENTIALS as planted } from '../../test-support/planted-credentials.js';
import { imagePinningProblem, parseImageReference } from '../../src/policy/rules/ecs-container-image-not-pinned.js';
import { capabilitySeverity, normalizeCapability } from '../../src/policy/rules/ecs-container-dangerous-capability.js';

/** Deterministic pseudo-random strings (mulberry32), so the entropy test is repeatable. */
function randomStrings(seed: number, alphabet: string, length: number, count: number): string[] {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('sensitive variable names', () => {
  it('splits names into word parts', () => {
    expect(nameParts('dbPassword')).toEqual(['db', 'password']);
    expect(nameParts('APIKey2')).toEqual(['api', 'key', '2']);
    expect(nameParts('AWS_SECRET_ACCESS_KEY')).toEqual(['aws', 'secret', 'access', 'key']);
    expect(nameParts('x-api-key')).toEqual(['x', 'api', 'key']);
  });

  it.each([
    'DB_PASSWORD', 'dbPassword', 'db_passwd', 'REDIS_PASS', 'API_KEY', 'apikey', 'ApiKey', 'X_API_KEYS', 'PRIVATE_KEY',
    'ACCESS_KEY', 'CLIENT_SECRET', 'AUTH_TOKEN', 'credentials', 'GOOGLE_CREDENTIAL', 'AWS_SECRET_ACCESS_KEY',
    'ECS_ENGINE_AUTH_DATA', 'SECRET_KEY_BASE', 'JWT_SECRET_BASE64', 'API_KEY_2', 'SIGNING_KEY_OLD', 'APP_KEY', 'passphrase',
  ])('%s is sensitive', (name) => {
    expect(isSensitiveName(name)).toBe(true);
  });

  it.each([
    'DB_PASSWORD_FILE', 'TOKEN_TTL', 'SECRET_ARN', 'API_KEY_HEADER', 'PASSWORD_MIN_LENGTH', 'AWS_ACCESS_KEY_ID', 'SECRET_NAME',
    'ENABLE_TOKEN_AUTH', 'SSL_PASS_THROUGH', 'TOKEN_URL', 'SECRETS_MANAGER_ENDPOINT', 'KMS_KEY', 'CACHE_KEY', 'S3_KEY', 'PWD',
    'BYPASS_CACHE', 'TOKENIZER_MODEL', 'LOG_LEVEL', 'PRIVATE_KEY_PATH',
  ])('%s is not sensitive by name', (name) => {
    expect(isSensitiveName(name)).toBe(false);
  });
});

describe('environment values', () => {
  it.each([
    ['DB_PASSWORD', 'hunter2hunter2', 'high'],
    ['DB_PASSWORD', 'changeme', 'high'],
    ['DB_PASSWORD', '123456', 'high'],
    ['ANYTHING', planted['aws-access-key-id'], 'critical'],
    ['ANYTHING', planted['aws-session-key-id'], 'critical'],
    ['AWS_SECRET_ACCESS_KEY', 'fK3m9Qz7Lp2Xw8Rt5Yv1Bn6Hc4Jd0Gs7Ae3Ui9Oq', 'critical'],
    ['DATABASE_URL', planted['postgres-url-2'], 'critical'],
    ['REDIS_URL', ['redis://', ':s3cr3t@cache:6379'].join(''), 'critical'],
    ['GH', `ghp_${'a1'.repeat(18)}`, 'critical'],
    ['GH', planted['github-fine-grained-token'], 'critical'],
    ['SLACK', planted['slack-user-token'], 'critical'],
    ['HOOK', ['https://hooks.slack.com/services', '/T0001/B0002/abcdefghijklmnop1234'].join(''), 'critical'],
    ['STRIPE', ['rk', '_live_abcdefghij123'].join(''), 'critical'],
    ['TLS_KEY', `${planted['ec-private-key-header']}\nMHcCAQEE\n${planted['ec-private-key-footer']}`, 'critical'],
    ['TLS_KEY_B64', Buffer.from(`${planted['openssh-private-key-header']}\nb3BlbnNzaC1rZXktdjEAAAAA\n${planted['openssh-private-key-footer']}\n`).toString('base64'), 'critical'],
    ['SESSION', 'Zx9qR2mK8pL4vN7wT1yB5cH3', 'high'],
    ['ID_TOKEN', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl', 'high'],
    ['BEARER', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl', 'high'],
  ])('%s=%s is a %s plaintext secret', (name, value, severity) => {
    expect(classifyEnvironmentValue(name, value)?.severity).toBe(severity);
  });

  it.each([
    ['DB_PASSWORD', ''],
    ['DB_PASSWORD', '   '],
    ['DB_PASSWORD', '${DB_PASSWORD}'],
    ['DB_PASSWORD', '$DB_PASSWORD'],
    ['DB_PASSWORD', '{{ db_password }}'],
    ['DB_PASSWORD', '<db password>'],
    ['DB_PASSWORD', '********'],
    ['DB_PASSWORD', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf'],
    ['DB_PASSWORD', 'arn:aws:ssm:eu-west-1:123456789012:parameter/db'],
    ['DB_PASSWORD', 'vault:secret/data/db#password'],
    ['DB_PASSWORD', '/run/secrets/db_password'],
    ['API_TOKEN', 'https://auth.example.com/token'],
    ['ENCRYPTION_KEY', 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['REQUIRE_TOKEN', 'true'],
    ['DATABASE_URL', 'postgres://app@db:5432/app'],
    ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
    ['DATABASE_URL', 'postgres://app:%s@db:5432/app'],
    ['GIT_SHA', 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3'],
    ['REQUEST_ID', '123e4567-e89b-12d3-a456-426614174000'],
    ['SECURITY_GROUP', 'sg-0123456789abcdef0'],
    ['SUBNET', 'subnet-0a1b2c3d4e5f67890'],
    ['DIGEST', 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'],
    ['CA_BUNDLE_B64', Buffer.from(`-----BEGIN CERTIFICATE-----\n${'MIIDdzCCAl+gAwIBAgIE'.repeat(4)}\n-----END CERTIFICATE-----\n`).toString('base64')],
  ])('%s=%s is not a plaintext secret', (name, value) => {
    expect(classifyEnvironmentValue(name, value)).toBeUndefined();
  });

  it('does not treat ordinary configuration values as high-entropy secrets', () => {
    const ordinary = [
      'MyServiceName2024Production', 'AppServiceConfigurationV2Enabled', 'my_application_service_name_prod',
      'production-eu-west-1-cluster-02', 'order-service-v2-2024-01-15-build-1234', 'ORDERS_QUEUE_2024_PRIMARY',
      'build-20240601-1234567', 'SpringBootApplication3Main', 'app_v2_prod_blue_green_deploy_123', 'arn:aws:iam::123456789012:role/app',
      'registry.example.com:5000', 'kafka-broker-1:9092,kafka-broker-2:9092', 'com.example.orders.OrdersApplication2',
      '--max-old-space-size=4096', '-Xmx512m -XX:+UseG1GC', 'en_US.UTF-8', 'Europe/Amsterdam', 'us-east-1a,us-east-1b',
      'release-2024.06.01-rc1', 'i-0abcdef1234567890', 'vpc-0123456789abcdef0', 'fs-0123456789abcdef0',
      'prod/orders/database-credentials-v2', 'OrdersServiceV2Blue2024', 'PaymentGatewayClient2Impl', 'CustomerOrderHistoryTable2',
      'analytics_events_2024_06_01_v2', 'ReleaseCandidate2024R2Build17', 'x86_64-unknown-linux-gnu2', 'https://sqs.eu-west-1.amazonaws.com/123456789012/orders-queue-2024',
    ];
    expect(ordinary.filter((v) => classifyEnvironmentValue('SETTING', v) !== undefined)).toEqual([]);
  });

  it('recognises nearly all random base62 tokens of 20 characters or more', () => {
    for (const length of [20, 24, 32, 40, 64]) {
      const tokens = randomStrings(length, BASE62, length, 500).filter((t) => /[0-9]/.test(t) && /[A-Za-z]/.test(t));
      const found = tokens.filter((t) => looksLikeRandomToken(t)).length;
      expect(found / tokens.length).toBeGreaterThan(0.93);
    }
  });

  it('ignores tokens shorter than 20 characters unless the name says secret', () => {
    expect(looksLikeRandomToken('Zx9qR2mK8pL4vN7wT1y')).toBe(false);
    expect(classifyEnvironmentValue('SETTING', 'Zx9qR2mK8pL4vN7wT1y')).toBeUndefined();
    expect(classifyEnvironmentValue('SESSION_SECRET', 'Zx9qR2mK8pL4vN7wT1y')?.severity).toBe('high');
  });

  // Every prefix of each format (joined at run time: see test-support/planted-credentials.ts). GitHub:
  // ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh, github_pat_
  // fine-grained (GitHub blog, "Behind GitHub's new authentication token formats"); Slack: xoxa-, xoxb-,
  // xoxp-, xoxr- (api.slack.com, "Token types"); Stripe: sk_live_ secret, rk_live_ restricted
  // (docs.stripe.com, "API keys"). Each must get past the one search that rules out most values.
  it.each([
    ...['p', 'o', 'u', 's', 'r'].map((k) => [['gh', k, '_', 'Ab1'.repeat(12)].join(''), 'a GitHub token']),
    [['github', '_pat_', 'A1b2_'.repeat(11)].join(''), 'a GitHub token'],
    ...['a', 'b', 'p', 'r'].map((k) => [['xo', 'x', k, '-', '1234-abcdefghij'].join(''), 'a Slack token']),
    ...['s', 'r'].map((k) => [[k, 'k_', 'live_', 'Ab12Cd34Ef56'].join(''), 'a Stripe live key']),
    [['AK', 'IA', 'QX7TESTKEY4X2Z9L'].join(''), 'an AWS access key id'],
    [['AS', 'IA', 'QX7TESTKEY4X2Z9L'].join(''), 'an AWS access key id'],
    [['AWS_SECRET', '_ACCESS_KEY=', 'fK3m9Qz7Lp2Xw8Rt5Yv1Bn6Hc4Jd0Gs7Ae3Ui9Oq'].join(''), 'an AWS secret access key'],
    [['https://hooks.slack.com/services', '/T0001/B0002/abcdefghijklmnop1234'].join(''), 'a Slack webhook URL'],
    [['-----BEGIN ', 'ENCRYPTED PRIVATE KEY-----'].join(''), 'a private key'],
  ])('names %s as %s', (value, what) => {
    expect(credentialFormat(`value: ${value}`)).toBe(what);
  });

  it('finds credential formats inside longer strings', () => {
    expect(credentialFormat('sh -c "curl -H \'Authorization: token ghp_' + 'x1'.repeat(18) + '\' https://api.github.com"')).toBe('a GitHub token');
    expect(credentialFormat(['aws_secret_access_key', ' = fK3m9Qz7Lp2Xw8Rt5Yv1Bn6Hc4Jd0Gs7Ae3Ui9Oq'].join(''))).toBe('an AWS secret access key');
    expect(credentialFormat(`--url=${planted['mysql-url']}`)).toBe('a URL with a password');
    expect(credentialFormat('serve --port 8080')).toBeUndefined();
    // Not a key: lower case, or too short.
    expect(credentialFormat('akiaqx7testkey4x2z9l')).toBeUndefined();
    expect(credentialFormat('AKIA1234')).toBeUndefined();
  });
});

describe('redacted previews', () => {
  it('shows only the length below 8 characters', () => {
    expect(redactedPreview('hunter2')).toBe('(7 chars)');
    expect(redactedPreview('x')).toBe('(1 char)');
  });

  it('shows a prefix of at most a quarter of the value and never more than 4 characters', () => {
    expect(redactedPreview('changeme')).toBe('"ch…" (8 chars)');
    expect(redactedPreview('Sup3rS3cret!')).toBe('"Sup…" (12 chars)');
    expect(redactedPreview('hunter2hunter2hunter2')).toBe('"hunt…" (21 chars)');
  });

  it('escapes quotes and newlines in the prefix', () => {
    expect(redactedPreview('a"\nbcdefghijklmnop')).toBe('"a\\"\\nb…" (18 chars)');
  });
});

describe('secret sources', () => {
  it.each([
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', 'valueFrom'],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf:password::', 'valueFrom'],
    ['arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:db-AbCdEf', 'valueFrom'],
    ['arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db/password', 'valueFrom'],
    ['/prod/db/password', 'valueFrom'],
    ['db_password', 'valueFrom'],
    ['/aws/reference/secretsmanager/prod/db', 'valueFrom'],
    ['registry/credentials', 'credentialsParameter'],
    ['registry+ci@example', 'credentialsParameter'],
  ] as const)('%s is a valid %s', (value, field) => {
    expect(secretSourceProblem(value, field)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['s3://bucket/prod.env', 'is a URL (s3://…)'],
    ['https://vault.example.com/v1/secret/db', 'is a URL (https://…)'],
    ['arn:aws:s3:::bucket/prod.env', 'ARN of another service (s3)'],
    ['arn:aws:secretsmanager:eu-west-1:secret:db', 'malformed Secrets Manager ARN'],
    [planted['aws-access-key-id'], 'an AWS access key id'],
    ['Jt5Vq2Lw8Zx1Cr7Nb4Ym6Hk3Pd9Fs0Ga', 'looks like a secret value'],
    ['correct horse battery', 'neither a Secrets Manager ARN'],
    ['registry+ci@example', 'neither a Secrets Manager ARN'],
  ])('%j is reported: %s', (value, problem) => {
    expect(secretSourceProblem(value, 'valueFrom')).toContain(problem);
  });

  it('never repeats a secret-looking value in full', () => {
    const problem = secretSourceProblem('Jt5Vq2Lw8Zx1Cr7Nb4Ym6Hk3Pd9Fs0Ga', 'valueFrom')!;
    expect(problem).not.toContain('Jt5Vq');
    expect(problem).toContain('(32 chars)');
  });
});

describe('host paths', () => {
  it.each([
    '/', '/var/run/docker.sock', '/run/docker.sock', '/proc', '/proc/1/root', '/var/lib/docker', '/var/lib/docker/volumes',
    '/etc', '/etc/ssl/certs/', '/root/.ssh', '/boot', '/dev', '/dev/sda', '/var', '/var/run', '/run', '/var/lib', '//var/./run/docker.sock',
  ])('%s is high', (path) => {
    expect(hostPathRisk(path).severity).toBe('high');
  });

  it.each(['/var/log/app', '/srv/data', '/home/app', '/opt/agent', '/tmp', '/etcetera', '/var/lib/app', 'C:\\ProgramData\\agent', 'relative/path'])('%s is medium', (path) => {
    expect(hostPathRisk(path).severity).toBe('medium');
  });
});

describe('images', () => {
  it('parses registries with ports, tags and digests', () => {
    expect(parseImageReference('registry.internal:5000/team/app')).toEqual({ repository: 'registry.internal:5000/team/app', tag: undefined, digest: undefined });
    expect(parseImageReference('registry.internal:5000/team/app:2.1')).toEqual({ repository: 'registry.internal:5000/team/app', tag: '2.1', digest: undefined });
    expect(parseImageReference('app:2.1@sha256:abc')).toEqual({ repository: 'app', tag: '2.1', digest: 'sha256:abc' });
  });

  it.each([
    ['nginx', 'medium'],
    ['nginx:latest', 'medium'],
    ['nginx:Latest', 'medium'],
    ['localhost:5000/app', 'medium'],
    ['nginx:1.27', 'low'],
    ['localhost:5000/app:1.0', 'low'],
    ['nginx@sha256:abc', 'medium'],
    ['nginx:1.27@sha256:abc', 'low'],
  ])('%s is %s', (image, severity) => {
    expect(imagePinningProblem(image)?.severity).toBe(severity);
  });

  it('accepts a sha256 digest with or without a tag', () => {
    const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(imagePinningProblem(`nginx@${digest}`)).toBeUndefined();
    expect(imagePinningProblem(`registry.internal:5000/app:1.0@${digest}`)).toBeUndefined();
  });
});

describe('capabilities', () => {
  it('normalises case and the CAP_ prefix', () => {
    expect(normalizeCapability('cap_sys_admin')).toBe('SYS_ADMIN');
    expect(normalizeCapability(' Net_Raw ')).toBe('NET_RAW');
  });

  it('rates capabilities', () => {
    for (const c of ['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'BPF']) expect(capabilitySeverity(c)).toBe('high');
    for (const c of ['NET_ADMIN', 'NET_RAW', 'DAC_READ_SEARCH', 'SYS_TIME', 'PERFMON']) expect(capabilitySeverity(c)).toBe('medium');
    for (const c of ['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'MKNOD', 'AUDIT_WRITE', 'SETFCAP']) {
      expect(capabilitySeverity(c)).toBeUndefined();
    }
  });
});

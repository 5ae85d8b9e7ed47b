// Real SDK clients pointed at the emulator with fake credentials.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ECSClient } from '@aws-sdk/client-ecs';
import { S3Client } from '@aws-sdk/client-s3';
import type { AwsEmulator } from '../../test-support/aws/emulator.js';

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

export function ecsClient(emulator: AwsEmulator, maxAttempts = 3): ECSClient {
  return new ECSClient({ endpoint: emulator.endpoint, region: emulator.region, credentials, maxAttempts });
}

export function s3Client(emulator: AwsEmulator): S3Client {
  return new S3Client({ endpoint: emulator.endpoint, region: emulator.region, credentials, maxAttempts: 1 });
}

export function cloudTrailClient(emulator: AwsEmulator, maxAttempts = 3): CloudTrailClient {
  return new CloudTrailClient({ endpoint: emulator.endpoint, region: emulator.region, credentials, maxAttempts });
}

/** The rejection of a promise, so a test can assert on the SDK's error name and message. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail, it succeeded');
}

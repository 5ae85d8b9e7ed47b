// S3 objects and the two REST calls a state reader needs: GetObject and HeadObject (path-style).
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

interface StoredObject {
  body: Buffer;
  etag: string;
  lastModified: Date;
  contentType: string;
}

export class S3State {
  private readonly buckets = new Map<string, Map<string, StoredObject>>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  createBucket(bucket: string): void {
    if (!this.buckets.has(bucket)) this.buckets.set(bucket, new Map());
  }

  /** Creates the bucket if needed. */
  putObject(bucket: string, key: string, body: string | Buffer, contentType = 'application/octet-stream'): void {
    this.createBucket(bucket);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    this.buckets.get(bucket)!.set(key, {
      body: bytes,
      etag: `"${createHash('md5').update(bytes).digest('hex')}"`,
      lastModified: this.now(),
      contentType,
    });
  }

  deleteObject(bucket: string, key: string): void {
    this.buckets.get(bucket)?.delete(key);
  }

  hasBucket(bucket: string): boolean {
    return this.buckets.has(bucket);
  }

  getObject(bucket: string, key: string): StoredObject | undefined {
    return this.buckets.get(bucket)?.get(key);
  }
}

export interface S3Outcome {
  operation: 'GetObject' | 'HeadObject' | 'UnsupportedS3Operation';
  /** Request-level mismatches with the API model (missing Bucket/Key, unsupported method). */
  errors: string[];
}

/** Serves one S3 request; never throws. */
export function serveS3(
  req: IncomingMessage,
  res: ServerResponse,
  state: S3State,
  deniedBuckets: Pick<readonly string[], 'includes'>,
): S3Outcome {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [bucketSegment = '', ...keySegments] = url.pathname.slice(1).split('/');
  const bucket = decodeURIComponent(bucketSegment);
  const key = keySegments.map(decodeURIComponent).join('/');
  const method = req.method ?? 'GET';
  const head = method === 'HEAD';
  const operation = method === 'GET' ? 'GetObject' : head ? 'HeadObject' : 'UnsupportedS3Operation';
  const errors: string[] = [];
  const requestId = randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase();
  const common = { 'x-amz-request-id': requestId, 'x-amz-id-2': Buffer.from(requestId).toString('base64') };

  const fail = (status: number, code: string, message: string, extra: Record<string, string> = {}): S3Outcome => {
    sendS3Error(res, head, status, code, message, extra, requestId);
    return { operation, errors };
  };

  if (operation === 'UnsupportedS3Operation') {
    errors.push(`S3 ${method} ${url.pathname}: only GetObject and HeadObject are emulated`);
    return fail(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
  }
  // GetObjectRequest/HeadObjectRequest require Bucket and Key.
  if (!bucket) errors.push(`${operation}: required member Bucket is missing`);
  if (!key) errors.push(`${operation}: required member Key is missing`);
  if (!bucket || !key) return fail(400, 'InvalidRequest', 'Bucket and key are required.');

  if (deniedBuckets.includes(bucket)) return fail(403, 'AccessDenied', 'Access Denied');
  if (!state.hasBucket(bucket)) return fail(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
  const object = state.getObject(bucket, key);
  if (!object) return fail(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });

  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined && ifNoneMatch === object.etag) {
    res.writeHead(304, { ...common, etag: object.etag, 'last-modified': object.lastModified.toUTCString() });
    res.end();
    return { operation, errors };
  }
  res.writeHead(200, {
    ...common,
    'content-type': object.contentType,
    'content-length': object.body.length,
    etag: object.etag,
    'last-modified': object.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
    'x-amz-server-side-encryption': 'AES256',
  });
  res.end(head ? undefined : object.body);
  return { operation, errors };
}

/**
 * An S3 REST error: the XML document `<Error><Code/><Message/>…<RequestId/><HostId/></Error>` with
 * Content-Type application/xml and the status (Amazon S3 API Reference, "Error responses":
 * https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). HEAD replies carry no
 * body, so the SDK falls back to the status code (404 -> NotFound).
 */
export function sendS3Error(
  res: ServerResponse,
  head: boolean,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
  requestId = randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase(),
): void {
  const hostId = Buffer.from(requestId).toString('base64');
  const fields = Object.entries(extra)
    .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeXml(message)}</Message>${fields}<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
  res.writeHead(status, { 'x-amz-request-id': requestId, 'x-amz-id-2': hostId, 'content-type': 'application/xml', ...(head ? {} : { 'content-length': Buffer.byteLength(xml) }) });
  res.end(head ? undefined : xml);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

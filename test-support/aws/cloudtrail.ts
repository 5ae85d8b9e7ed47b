// CloudTrail event history and LookupEvents, with the API's paging and lookup rules.
import type { Event, LookupEventsRequest } from '@aws-sdk/client-cloudtrail';
import { decodeToken, encodeToken } from './ecs-api.js';
import { AwsError } from './faults.js';

// botocore signs with the model's targetPrefix; the schema-based JS SDK sends the service
// shape name alone. CloudTrail accepts both, so the emulator does too.
export const CLOUDTRAIL_TARGET_PREFIXES = ['com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.', 'CloudTrail_20131101.'] as const;

/** CloudTrail's Event shape; CloudTrailEvent may be given as an object and is stored as its JSON string. */
export type CloudTrailEventSeed = Omit<Event, 'CloudTrailEvent' | 'EventTime'> & {
  EventName: string;
  EventTime?: Date | string;
  CloudTrailEvent?: string | Record<string, unknown>;
};

const LOOKUP_KEYS = ['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'] as const;

export class CloudTrailState {
  private readonly events: Event[] = [];
  private counter = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  addEvent(seed: CloudTrailEventSeed): Event {
    const eventTime = seed.EventTime === undefined ? this.now() : new Date(seed.EventTime);
    const eventId = seed.EventId ?? `00000000-0000-4000-9000-${(++this.counter).toString(16).padStart(12, '0')}`;
    const cloudTrailEvent =
      typeof seed.CloudTrailEvent === 'string'
        ? seed.CloudTrailEvent
        : JSON.stringify({
            eventVersion: '1.09',
            eventTime: eventTime.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            eventSource: seed.EventSource ?? 'ecs.amazonaws.com',
            eventName: seed.EventName,
            eventID: eventId,
            readOnly: seed.ReadOnly === 'true',
            ...(seed.CloudTrailEvent ?? {}),
          });
    const event: Event = {
      EventId: eventId,
      EventName: seed.EventName,
      ReadOnly: seed.ReadOnly ?? 'false',
      ...(seed.AccessKeyId ? { AccessKeyId: seed.AccessKeyId } : {}),
      EventTime: eventTime,
      EventSource: seed.EventSource ?? 'ecs.amazonaws.com',
      ...(seed.Username ? { Username: seed.Username } : {}),
      Resources: structuredClone(seed.Resources ?? []),
      CloudTrailEvent: cloudTrailEvent,
    };
    this.events.push(event);
    return structuredClone(event);
  }

  list(): Event[] {
    return structuredClone(this.events);
  }

  lookup(input: LookupEventsRequest): { Events: Event[]; NextToken?: string } {
    const attributes = input.LookupAttributes ?? [];
    if (attributes.length > 1) {
      throw new AwsError('InvalidLookupAttributesException', 'You cannot specify more than one lookup attribute.');
    }
    const attribute = attributes[0];
    if (attribute && !(LOOKUP_KEYS as readonly string[]).includes(attribute.AttributeKey ?? '')) {
      throw new AwsError('InvalidLookupAttributesException', `Invalid lookup attribute key: ${attribute.AttributeKey}`);
    }
    if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > 50)) {
      throw new AwsError('InvalidMaxResultsException', 'MaxResults must be between 1 and 50.');
    }
    const start = input.StartTime === undefined ? undefined : new Date(input.StartTime).getTime();
    const end = input.EndTime === undefined ? undefined : new Date(input.EndTime).getTime();
    if (start !== undefined && end !== undefined && start > end) {
      throw new AwsError('InvalidTimeRangeException', 'Start time must be earlier than end time.');
    }
    // Tokens are bound to the query, as CloudTrail rejects a token reused with other parameters.
    const kind = JSON.stringify({ a: attribute ?? null, s: start ?? null, e: end ?? null });
    let offset = 0;
    if (input.NextToken !== undefined) {
      const decoded = decodeToken(input.NextToken);
      if (!decoded || decoded.kind !== kind) throw new AwsError('InvalidNextTokenException', 'Invalid NextToken.');
      offset = decoded.offset;
    }
    const matching = this.events
      .filter((e) => {
        const t = e.EventTime!.getTime();
        return (start === undefined || t >= start) && (end === undefined || t <= end);
      })
      .filter((e) => !attribute || matches(e, attribute.AttributeKey!, attribute.AttributeValue ?? ''))
      .sort((a, b) => b.EventTime!.getTime() - a.EventTime!.getTime());
    const size = input.MaxResults ?? 50;
    const page = structuredClone(matching.slice(offset, offset + size));
    return offset + size < matching.length ? { Events: page, NextToken: encodeToken({ kind, offset: offset + size }) } : { Events: page };
  }
}

function matches(event: Event, key: string, value: string): boolean {
  switch (key) {
    case 'ResourceType':
      return (event.Resources ?? []).some((r) => r.ResourceType === value);
    case 'ResourceName':
      return (event.Resources ?? []).some((r) => r.ResourceName === value);
    default:
      return (event as Record<string, unknown>)[key] === value;
  }
}

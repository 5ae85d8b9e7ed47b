// EventBridge event-pattern matching for the subset the real-time kit uses, per the EventBridge
// User Guide, "Amazon EventBridge event patterns": every field named in the pattern must match;
// a pattern value is an array of alternatives (OR); nested objects match nested fields; a field
// the event lacks does not match; string matching is exact and case-sensitive. Content filters
// (prefix, anything-but, numeric, exists, …) are refused rather than guessed.
export function matchesEventPattern(pattern: unknown, event: unknown): boolean {
  if (!isRecord(pattern)) throw new Error('an event pattern is a JSON object');
  if (!isRecord(event)) return false;
  for (const [key, expected] of Object.entries(pattern)) {
    const actual = event[key];
    if (Array.isArray(expected)) {
      for (const alternative of expected) {
        if (isRecord(alternative)) throw new Error(`content filter ${JSON.stringify(alternative)} is not supported by this matcher`);
      }
      // An event array matches when any of its elements equals any alternative.
      const values = Array.isArray(actual) ? actual : [actual];
      if (!values.some((v) => v !== undefined && expected.some((alternative) => alternative === v))) return false;
    } else if (isRecord(expected)) {
      if (!matchesEventPattern(expected, actual)) return false;
    } else {
      throw new Error(`pattern field ${key}: a value must be an array or an object (EventBridge rejects ${JSON.stringify(expected)})`);
    }
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

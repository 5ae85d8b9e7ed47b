// Time-bound exceptions for drift (RULES.md "Suppressions and exceptions"; config `exceptions:`
// with `rule: drift:<path>` or `drift:*`): an accepted difference becomes `expected`, with who
// accepted it, until when and why. Past `until` it stops working and says so.
import { exceptionApplies, isExpired, type ExceptionEntry } from '../policy/suppressions.js';
import type { DriftDifference, DriftResult } from '../report/model.js';

function matching(exceptions: ExceptionEntry[], result: DriftResult, path: string): ExceptionEntry | undefined {
  return exceptions.find((e) => {
    if (!e.rule.startsWith('drift:')) return false;
    const rule = e.rule === 'drift:*' ? `drift:${path}` : e.rule;
    return exceptionApplies({ ...e, rule }, `drift:${path}`, result.address, result.module)
      || (result.rootModule !== undefined && exceptionApplies({ ...e, rule }, `drift:${path}`, result.address, result.rootModule));
  });
}

export function applyDriftExceptions(results: DriftResult[], exceptions: ExceptionEntry[], now: Date): DriftResult[] {
  if (!exceptions.some((e) => e.rule.startsWith('drift:'))) return results;
  return results.map((result) => {
    if (result.status !== 'drifted') return result;
    const notes: string[] = [];
    const differences = result.differences.map((d): DriftDifference => {
      if (d.class !== 'security' && d.class !== 'config') return d;
      const entry = matching(exceptions, result, d.path);
      if (!entry) return d;
      if (isExpired(entry.until, now)) {
        notes.push(`exception for ${d.path} expired on ${entry.until}`);
        return { ...d, why: `exception expired on ${entry.until} (${entry.owner}: ${entry.reason})` };
      }
      return { ...d, class: 'expected', why: `accepted by ${entry.owner} until ${entry.until}: ${entry.reason}` };
    });
    const material = differences.filter((d) => d.class === 'security' || d.class === 'config');
    const accepted = differences.filter((d, i) => d.class === 'expected' && result.differences[i].class !== 'expected').length;
    if (material.length === 0) {
      return { ...result, differences, status: 'in_sync', reason: `${accepted} difference(s) accepted by exception` };
    }
    const extra = [accepted ? `${accepted} accepted by exception` : '', ...notes].filter(Boolean).join('; ');
    return { ...result, differences, reason: extra ? `${result.reason}; ${extra}` : result.reason };
  });
}

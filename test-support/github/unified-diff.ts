// Builds the `patch` GitHub shows for a pull request file (git's unified diff, 3 lines of
// context, no ---/+++ headers), so seeded pull requests carry the diff of their real contents.

interface Edit {
  op: ' ' | '-' | '+';
  text: string;
}

export interface FilePatch {
  patch: string;
  additions: number;
  deletions: number;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

// Larger middles are diffed as a whole replacement rather than spending seconds on an LCS table.
const MAX_LCS_CELLS = 4_000_000;

function editScript(a: string[], b: string[]): Edit[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const edits: Edit[] = a.slice(0, prefix).map((text) => ({ op: ' ', text }));
  if (midA.length * midB.length > MAX_LCS_CELLS) {
    for (const text of midA) edits.push({ op: '-', text });
    for (const text of midB) edits.push({ op: '+', text });
  } else {
    const n = midA.length;
    const m = midB.length;
    const table = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        table[i * (m + 1) + j] =
          midA[i] === midB[j] ? table[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        edits.push({ op: ' ', text: midA[i]! });
        i++;
        j++;
      } else if (i < n && (j === m || table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!)) {
        // Deletions before additions, as git prints a replaced line.
        edits.push({ op: '-', text: midA[i++]! });
      } else {
        edits.push({ op: '+', text: midB[j++]! });
      }
    }
  }
  for (const text of a.slice(a.length - suffix)) edits.push({ op: ' ', text });
  return edits;
}

function range(start: number, count: number): string {
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}

export function createPatch(before: string, after: string, context = 3): FilePatch {
  const edits = editScript(splitLines(before), splitLines(after));
  const changed = edits.map((e, index) => (e.op === ' ' ? -1 : index)).filter((index) => index >= 0);
  const hunks: string[] = [];
  let additions = 0;
  let deletions = 0;
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k]! - context);
    let end = changed[k]!;
    // Changes closer than two contexts apart share one hunk, as in git.
    while (k + 1 < changed.length && changed[k + 1]! - end <= 2 * context) end = changed[++k]!;
    k++;
    const stop = Math.min(edits.length - 1, end + context);
    let oldStart = 0;
    let newStart = 0;
    for (let i = 0; i < start; i++) {
      if (edits[i]!.op !== '+') oldStart++;
      if (edits[i]!.op !== '-') newStart++;
    }
    let oldCount = 0;
    let newCount = 0;
    const body: string[] = [];
    for (let i = start; i <= stop; i++) {
      const edit = edits[i]!;
      body.push(`${edit.op}${edit.text}`);
      if (edit.op !== '+') oldCount++;
      if (edit.op !== '-') newCount++;
      if (edit.op === '+') additions++;
      if (edit.op === '-') deletions++;
    }
    hunks.push([`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, ...body].join('\n'));
  }
  return { patch: hunks.join('\n'), additions, deletions };
}

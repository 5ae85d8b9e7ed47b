import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  matchingRule,
  ownersOf
} from "./chunk-GJN2CJ6X.js";
import "./chunk-X7CJ5U7I.js";

// src/ownership/owners-report.ts
function buildOwnersReport(file, paths) {
  const owners = {};
  for (const path of paths) owners[path] = file ? ownersOf(file, path) : [];
  return {
    owners,
    codeowners: file ? file.path : null,
    errors: file ? file.errors.map(({ line, message }) => ({ line, message })) : []
  };
}
function formatOwnersJson(file, paths) {
  return `${JSON.stringify(buildOwnersReport(file, paths), null, 2)}
`;
}
function formatOwnersText(file, paths) {
  const lines = [];
  if (file === null) {
    lines.push(`No CODEOWNERS file found (looked in ${CODEOWNERS_LOCATIONS.join(", ")}); every path is unowned.`);
  } else {
    lines.push(`CODEOWNERS: ${file.path}`);
  }
  const width = Math.max(0, ...paths.map((p) => p.length));
  for (const path of paths) {
    lines.push(`${path.padEnd(width)}  ${describeOwners(file, path)}`);
  }
  if (file && file.errors.length > 0) {
    const count = file.errors.length;
    lines.push("", `${count} problem${count === 1 ? "" : "s"} in ${file.path} (GitHub skips what they affect):`);
    for (const error of file.errors) {
      lines.push(error.line > 0 ? `  line ${error.line}: ${error.message}` : `  ${error.message}`);
    }
  }
  return `${lines.join("\n")}
`;
}
function describeOwners(file, path) {
  if (file === null) return "(no owner)";
  const rule = matchingRule(file, path);
  if (rule === null) return "(no owner: no rule matches)";
  if (rule.owners.length === 0) return `(no owner: line ${rule.line} "${rule.pattern}" unowns it)`;
  return `${rule.owners.join(" ")}  (line ${rule.line}: ${rule.pattern})`;
}
export {
  buildOwnersReport,
  formatOwnersJson,
  formatOwnersText
};

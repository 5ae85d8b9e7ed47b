import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/policy/rule.ts
var DOCS_BASE_URL = "https://github.com/ecs-drift-guard/ecs-drift-guard/blob/main/docs/rules";
function ruleHelpUri(id) {
  return `${DOCS_BASE_URL}/${id}.md`;
}

export {
  DOCS_BASE_URL,
  ruleHelpUri
};

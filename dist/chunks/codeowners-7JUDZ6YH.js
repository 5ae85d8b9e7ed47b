import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  findCodeowners,
  matchingRule,
  normalizeRepoPath,
  ownerKind,
  ownersOf,
  parseCodeowners,
  patternMatches
} from "./chunk-GJN2CJ6X.js";
import "./chunk-X7CJ5U7I.js";
export {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  findCodeowners,
  matchingRule,
  normalizeRepoPath,
  ownerKind,
  ownersOf,
  parseCodeowners,
  patternMatches
};

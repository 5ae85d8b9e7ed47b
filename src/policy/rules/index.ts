// The rule catalogue (RULES.md). One file per rule, listed in one of the two group files.
import type { Rule } from '../rule.js';
import { containerRules } from './container-rules.js';
import { resourceRules } from './resource-rules.js';

export const allRules: Rule[] = [...containerRules, ...resourceRules];

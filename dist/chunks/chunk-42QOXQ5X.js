import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/version.ts
var TOOL_VERSION = "0.1.0";

export {
  TOOL_VERSION
};

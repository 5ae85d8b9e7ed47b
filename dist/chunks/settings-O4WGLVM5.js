import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  COMMENT_MODES,
  ConfigurationError,
  FAIL_LEVELS,
  MODES,
  OUTPUT_FORMATS,
  configFileSchema,
  configJsonSchema,
  configPathInRepository,
  findRepoRoot,
  loadConfigFile,
  moduleSourceSettings,
  parseBoolean,
  parseChoice,
  parseConfigFile,
  parseFailLevel,
  parsePositiveInteger,
  parseStateLines,
  settingsFromAction,
  settingsFromCli
} from "./chunk-OJ2FL75A.js";
import "./chunk-32IOBCPS.js";
import "./chunk-KOZHEEK4.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-X7CJ5U7I.js";
export {
  COMMENT_MODES,
  ConfigurationError,
  FAIL_LEVELS,
  MODES,
  OUTPUT_FORMATS,
  configFileSchema,
  configJsonSchema,
  configPathInRepository,
  findRepoRoot,
  loadConfigFile,
  moduleSourceSettings,
  parseBoolean,
  parseChoice,
  parseConfigFile,
  parseFailLevel,
  parsePositiveInteger,
  parseStateLines,
  settingsFromAction,
  settingsFromCli
};

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
} from "./chunk-VYTWDY7Z.js";
import "./chunk-32IOBCPS.js";
import "./chunk-KEBHZVNT.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-H4RXXQ3G.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-G262T7VN.js";
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

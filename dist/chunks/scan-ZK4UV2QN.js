import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
} from "./chunk-3CNN4JLN.js";
import "./chunk-AVS4SCUL.js";
import "./chunk-ZNZC5KV3.js";
import "./chunk-NLNHRMME.js";
import "./chunk-KUJOVSRE.js";
import "./chunk-32IOBCPS.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-X7CJ5U7I.js";
export {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  renderMetaFor,
  renderReport
} from "./chunk-WZ5R2QA7.js";
import "./chunk-AVS4SCUL.js";
import "./chunk-LTGDUDFJ.js";
import "./chunk-KUJOVSRE.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-X7CJ5U7I.js";
export {
  renderMetaFor,
  renderReport
};

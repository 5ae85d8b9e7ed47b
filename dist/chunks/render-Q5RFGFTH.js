import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  renderMetaFor,
  renderReport
} from "./chunk-6P7DOUUU.js";
import "./chunk-AVS4SCUL.js";
import "./chunk-T7S2TIFM.js";
import "./chunk-LTGDUDFJ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  renderMetaFor,
  renderReport
};

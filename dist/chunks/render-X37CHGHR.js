import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  renderMetaFor,
  renderReport
} from "./chunk-B7N2A6LG.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-GLGC5P2O.js";
import "./chunk-LTGDUDFJ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  renderMetaFor,
  renderReport
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  renderMetaFor,
  renderReport
} from "./chunk-KGMZIA2T.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-KOZHEEK4.js";
import "./chunk-LTGDUDFJ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  renderMetaFor,
  renderReport
};

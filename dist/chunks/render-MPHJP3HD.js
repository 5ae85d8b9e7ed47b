import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  renderMetaFor,
  renderReport
} from "./chunk-X6W2NUKF.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-BLBVI2UJ.js";
import "./chunk-LTGDUDFJ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-OMR6ONLJ.js";
import "./chunk-X7CJ5U7I.js";
export {
  renderMetaFor,
  renderReport
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  renderMetaFor,
  renderReport
} from "./chunk-QYDNYZ2V.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-KEBHZVNT.js";
import "./chunk-LTGDUDFJ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-G262T7VN.js";
import "./chunk-X7CJ5U7I.js";
export {
  renderMetaFor,
  renderReport
};

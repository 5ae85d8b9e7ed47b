import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
} from "./chunk-NTVGDCY6.js";
import "./chunk-VYTWDY7Z.js";
import "./chunk-32IOBCPS.js";
import "./chunk-MJ654OMX.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-KEBHZVNT.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-H4RXXQ3G.js";
import "./chunk-WE6UCKEB.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-G262T7VN.js";
import "./chunk-WRYVBW32.js";
import "./chunk-JEE6VJE5.js";
import "./chunk-X7CJ5U7I.js";
export {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
} from "./chunk-WNBCUJMJ.js";
import "./chunk-OJ2FL75A.js";
import "./chunk-32IOBCPS.js";
import "./chunk-N4EZRH4H.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-KOZHEEK4.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-WE6UCKEB.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-7VAT2T65.js";
import "./chunk-X7CJ5U7I.js";
export {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
};

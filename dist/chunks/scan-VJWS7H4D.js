import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
} from "./chunk-L54Q2AIU.js";
import "./chunk-3M7XBMZK.js";
import "./chunk-32IOBCPS.js";
import "./chunk-FFVULQV3.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-GQAUALMZ.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-TSNRTJJ6.js";
import "./chunk-NOS6Y255.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
};

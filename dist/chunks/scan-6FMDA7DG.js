import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
} from "./chunk-WUEM5MXE.js";
import "./chunk-PLZ5PJIN.js";
import "./chunk-32IOBCPS.js";
import "./chunk-AVS4SCUL.js";
import "./chunk-T7S2TIFM.js";
import "./chunk-UKWMEYJP.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-UZXFBFXN.js";
import "./chunk-XGXBJF7M.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
};

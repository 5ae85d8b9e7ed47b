import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  restrictToModules,
  restrictToShard,
  scanConfiguration,
  scanInputFrom
} from "./chunk-NKQCK3IA.js";
import "./chunk-U6QQFAQH.js";
import "./chunk-32IOBCPS.js";
import "./chunk-AVS4SCUL.js";
import "./chunk-GQAUALMZ.js";
import "./chunk-FFVULQV3.js";
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

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkDrift,
  defaultDriftClients
} from "./chunk-HH4GYAA5.js";
import "./chunk-UZXFBFXN.js";
import "./chunk-RS6XRP66.js";
import "./chunk-BMSZUMTT.js";
import "./chunk-2P7S7SZD.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-M57TRRNU.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkDrift,
  defaultDriftClients
};

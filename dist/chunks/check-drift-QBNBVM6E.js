import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkDrift,
  defaultDriftClients
} from "./chunk-YACAOZBX.js";
import "./chunk-RS6XRP66.js";
import "./chunk-BMSZUMTT.js";
import "./chunk-YY4IH6EL.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-M57TRRNU.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkDrift,
  defaultDriftClients
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkDrift,
  defaultDriftClients
} from "./chunk-5SGUVFIN.js";
import "./chunk-RS6XRP66.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-45X3SXMC.js";
import "./chunk-BMSZUMTT.js";
import "./chunk-7QQCU3ZO.js";
import "./chunk-5YETFYKP.js";
import "./chunk-YUB6GZAH.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-M57TRRNU.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkDrift,
  defaultDriftClients
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  availabilityZoneRebalancingUnset,
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
} from "./chunk-XJOOGCZF.js";
import "./chunk-WE6UCKEB.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-KN5RCIFL.js";
import "./chunk-FBPTB4YJ.js";
import "./chunk-YOAT5RC5.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-7VAT2T65.js";
import "./chunk-Y26DW3OX.js";
import "./chunk-Q3SBQLEG.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  availabilityZoneRebalancingUnset,
  checkImports,
  evaluatedAsState,
  summarizeImportCheck
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  checkDrift,
  defaultDriftClients
} from "./chunk-NFH4OCY7.js";
import "./chunk-H4RXXQ3G.js";
import "./chunk-VHMNKHH3.js";
import "./chunk-MUG4Q7NR.js";
import "./chunk-YOAT5RC5.js";
import "./chunk-G262T7VN.js";
import "./chunk-WRYVBW32.js";
import "./chunk-JEE6VJE5.js";
import "./chunk-Y26DW3OX.js";
import "./chunk-Q3SBQLEG.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  checkDrift,
  defaultDriftClients
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  loadConfiguration
} from "./chunk-5YKZI4WE.js";
import "./chunk-COZNXCRV.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-X7CJ5U7I.js";
export {
  loadConfiguration
};

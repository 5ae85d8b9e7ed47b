import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  loadConfiguration
} from "./chunk-2HTFQ3ER.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-COZNXCRV.js";
import "./chunk-X7CJ5U7I.js";
export {
  loadConfiguration
};

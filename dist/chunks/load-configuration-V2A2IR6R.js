import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  loadConfiguration
} from "./chunk-FFVULQV3.js";
import "./chunk-TSNRTJJ6.js";
import "./chunk-NOS6Y255.js";
import "./chunk-X7CJ5U7I.js";
export {
  loadConfiguration
};

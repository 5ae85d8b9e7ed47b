import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  RequestScheduler,
  systemClock
} from "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  RequestScheduler,
  systemClock
};

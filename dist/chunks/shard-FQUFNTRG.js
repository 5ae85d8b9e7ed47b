import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  MAX_SHARDS,
  inShard,
  parseShard,
  planMatrix,
  shardOf
} from "./chunk-VYTWDY7Z.js";
import "./chunk-32IOBCPS.js";
import "./chunk-KEBHZVNT.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-H4RXXQ3G.js";
import "./chunk-OJUXA2BK.js";
import "./chunk-G262T7VN.js";
import "./chunk-WRYVBW32.js";
import "./chunk-X7CJ5U7I.js";
export {
  MAX_SHARDS,
  inShard,
  parseShard,
  planMatrix,
  shardOf
};

import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
} from "./chunk-6RK3YTXS.js";
import "./chunk-NKT6GNKN.js";
import "./chunk-B3MMTG5N.js";
import "./chunk-32IOBCPS.js";
import "./chunk-2HTFQ3ER.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-GLGC5P2O.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-FBPTB4YJ.js";
import "./chunk-YOAT5RC5.js";
import "./chunk-COZNXCRV.js";
import "./chunk-4HIR4YWU.js";
import "./chunk-WRYVBW32.js";
import "./chunk-Y26DW3OX.js";
import "./chunk-Q3SBQLEG.js";
import "./chunk-53DEMPSV.js";
import "./chunk-X7CJ5U7I.js";
export {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
};

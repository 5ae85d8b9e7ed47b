import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  OutputFolderNotEmpty,
  renderImportJson,
  renderImportText,
  runImport
} from "./chunk-Z2G7UCT4.js";
import "./chunk-OQCFXL24.js";
import "./chunk-B3MMTG5N.js";
import "./chunk-32IOBCPS.js";
import "./chunk-5YKZI4WE.js";
import "./chunk-6DCGEIHD.js";
import "./chunk-GLGC5P2O.js";
import "./chunk-IVIT2PZO.js";
import "./chunk-QOA4NK3G.js";
import "./chunk-COZNXCRV.js";
import "./chunk-RTZTI2UB.js";
import "./chunk-G42J5ZQR.js";
import "./chunk-YOAT5RC5.js";
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

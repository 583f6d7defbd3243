import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** react-pdf's built-in Helvetica garbles Arabic and some French glyphs; DejaVu Sans covers both. */
export const PDF_FONT_FAMILY = "DejaVu Sans";

const FONT_DIR = path.join(process.cwd(), "lib/core/pdf/font-files");
let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: [
      { src: path.join(FONT_DIR, "DejaVuSans.ttf") },
      { src: path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
    ],
  });
  // Hyphenating would split names and serial numbers across lines.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

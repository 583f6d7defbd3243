import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  PDFHexString,
} from "pdf-lib";

/**
 * The credential JSON embedded in a PDF (its /Names /EmbeddedFiles tree), or null when the PDF
 * carries none or cannot be read. Only the first level of the name tree is read: ours has one entry.
 */
export async function embeddedCredential(pdfBytes: Uint8Array): Promise<unknown | null> {
  try {
    return await readEmbedded(await PDFDocument.load(pdfBytes, { updateMetadata: false, throwOnInvalidObject: false }));
  } catch {
    // Not a PDF pdf-lib can read, or a name tree of another shape: no credential of ours.
    return null;
  }
}

async function readEmbedded(pdf: PDFDocument): Promise<unknown | null> {
  const names = pdf.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  const entries = tree?.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (!entries) return null;
  for (let i = 0; i + 1 < entries.size(); i += 2) {
    const name = entries.lookup(i);
    const label = name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : "";
    if (!label.endsWith(".json")) continue;
    const spec = entries.lookup(i + 1, PDFDict);
    const stream = spec.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
    if (!(stream instanceof PDFRawStream)) continue;
    return JSON.parse(new TextDecoder().decode(decodePDFRawStream(stream).decode()));
  }
  return null;
}

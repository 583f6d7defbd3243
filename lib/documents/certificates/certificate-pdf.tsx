import { Document, Page, Path, StyleSheet, Svg, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDFDocument, ParseSpeeds } from "pdf-lib";
import QRCode from "qrcode";
import { PDF_FONT_FAMILY, registerPdfFonts } from "@/lib/core/pdf/fonts";
import { translator } from "@/lib/core/translator";
import type { CertificateFacts } from "./certificate-facts";
import { formattingLocale, isRtl } from "@/lib/core/i18n-config";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 11, padding: 48, color: "#1a1a1a" },
  university: { fontSize: 14, fontWeight: "bold", color: "#1d3a6e", marginBottom: 28 },
  title: { fontSize: 22, fontWeight: "bold", marginBottom: 18 },
  body: { fontSize: 12, marginBottom: 18, lineHeight: 1.4 },
  row: { flexDirection: "row", marginBottom: 6 },
  label: { width: 150, color: "#555" },
  value: { flex: 1 },
  footer: { position: "absolute", left: 48, right: 48, bottom: 40, flexDirection: "row", alignItems: "flex-end" },
  footerText: { flex: 1, fontSize: 9, color: "#444", lineHeight: 1.4, paddingRight: 12 },
  serial: { fontSize: 12, fontWeight: "bold", marginBottom: 4 },
  qr: { width: 96, height: 96 },
});

/** Arabic reads right to left: each text gets the direction (react-pdf does not inherit it), rows are mirrored. */
const RTL = StyleSheet.create({
  text: { direction: "rtl" },
  row: { flexDirection: "row-reverse" },
  footerText: { paddingRight: 0, paddingLeft: 12 },
});
const LTR = { text: {}, row: {}, footerText: {} };

/**
 * The QR code as one vector path (a unit square per dark module): no PNG to encode here and decode
 * again in the renderer, which took about a fifth of the PDF's time, and it prints sharp.
 */
export function qrPath(url: string): { size: number; d: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  let d = "";
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) {
      if (modules.data[y * modules.size + x]) d += `M${x} ${y}h1v1h-1z`;
    }
  }
  return { size: modules.size, d };
}

const dateIn = (locale: string) => (date: Date) =>
  new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);

/**
 * The printable attestation or certificate, in the holder's language and the university's name,
 * with its serial, a QR code to the verification page and the signed credential attached.
 */
export async function certificatePdf(input: {
  facts: CertificateFacts;
  serial: string;
  issuedAt: Date;
  verifyUrl: string;
  issuerDid: string;
  credential: object;
}): Promise<Uint8Array> {
  registerPdfFonts();
  const { facts, serial } = input;
  const t = translator(facts.locale, "certificates.pdf");
  const format = dateIn(facts.locale);
  const side = isRtl(facts.locale) ? RTL : LTR;
  const certificate = facts.kind === "CERTIFICATE";
  const names = { university: facts.university.name, holder: facts.holder.name, enterprise: facts.enterprise.name };
  const qr = qrPath(input.verifyUrl);
  const rows: [string, string][] = [
    ...(facts.title ? [[t("role"), facts.title] as [string, string]] : []),
    ...(facts.place ? [[t("place"), facts.place] as [string, string]] : []),
    [t("period"), t("periodValue", { start: format(facts.startDate), end: format(facts.endDate) })],
    ...(facts.weeklyHours ? [[t("weeklyHours"), `${facts.weeklyHours} h`] as [string, string]] : []),
    ...(certificate ? [[t("hours"), `${facts.hours} h`] as [string, string]] : []),
    ...(certificate && facts.tasks ? [[t("tasks"), facts.tasks] as [string, string]] : []),
    ...(certificate && facts.evaluation?.overall != null
      ? [
          [
            t("evaluation"),
            [t("evaluationScore", { overall: facts.evaluation.overall }), facts.evaluation.comment]
              .filter(Boolean)
              .join(" — "),
          ] as [string, string],
        ]
      : []),
  ];
  const rendered = await renderToBuffer(
    <Document
      title={`${t(certificate ? "certificateTitle" : "attestationTitle")} ${serial}`}
      author={facts.university.name}
    >
      <Page size="A4" style={styles.page}>
        <Text style={[styles.university, side.text]}>{facts.university.name}</Text>
        <Text style={[styles.title, side.text]}>{t(certificate ? "certificateTitle" : "attestationTitle")}</Text>
        <Text style={[styles.body, side.text]}>{t(certificate ? "certificateBody" : "attestationBody", names)}</Text>
        {rows.map(([label, value]) => (
          <View key={label} style={[styles.row, side.row]}>
            <Text style={[styles.label, side.text]}>{label}</Text>
            <Text style={[styles.value, side.text]}>{value}</Text>
          </View>
        ))}
        <View style={[styles.footer, side.row]}>
          <View style={[styles.footerText, side.footerText]}>
            <Text style={[styles.serial, side.text]}>
              {t("serial")} : {serial}
            </Text>
            <Text style={side.text}>{t("issuedOn", { date: format(input.issuedAt) })}</Text>
            <Text style={side.text}>{t("verify", { url: input.verifyUrl })}</Text>
            <Text style={side.text}>{t("issuer", { university: facts.university.name, did: input.issuerDid })}</Text>
          </View>
          <Svg style={styles.qr} viewBox={`0 0 ${qr.size} ${qr.size}`}>
            <Path d={qr.d} fill="#000000" />
          </Svg>
        </View>
      </Page>
    </Document>,
  );
  return attachCredential(rendered, input.credential);
}

export const CREDENTIAL_FILE_NAME = "credential.json";

/**
 * The credential as a file attachment of the PDF. pdf-lib parses and writes in slices, yielding to
 * the event loop between them (a timer each): for a one-page PDF that only let other work in the
 * middle, which made the slowest certificates of a batch slower, so it reads and writes at once.
 */
async function attachCredential(pdfBytes: Uint8Array, credential: object): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(pdfBytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  await pdf.attach(new TextEncoder().encode(JSON.stringify(credential, null, 2)), CREDENTIAL_FILE_NAME, {
    mimeType: "application/ld+json",
    description: "Verifiable Credential (Open Badges 3.0)",
    creationDate: new Date(0),
    modificationDate: new Date(0),
  });
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

import { createHash } from "node:crypto";
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { fromMinorUnits } from "@/lib/core/money";
import { PDF_FONT_FAMILY, registerPdfFonts } from "@/lib/core/pdf/fonts";
import { translator } from "@/lib/core/translator";
import type { AgreementPdfData } from "./agreement-pdf-data";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 9.5, padding: 40, lineHeight: 1.35 },
  title: { fontSize: 16, fontWeight: "bold", marginBottom: 4 },
  draft: { fontSize: 11, fontWeight: "bold", color: "#b00020", marginBottom: 6 },
  reference: { fontSize: 8, color: "#555555", marginBottom: 12 },
  heading: { fontSize: 11.5, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  row: { flexDirection: "row", marginBottom: 2 },
  label: { width: 150, fontWeight: "bold" },
  value: { flex: 1 },
  article: { marginBottom: 6 },
  articleTitle: { fontWeight: "bold" },
  statement: { marginTop: 4, padding: 6, borderWidth: 1, borderColor: "#999999" },
  signature: { marginBottom: 8, paddingBottom: 6, borderBottomWidth: 0.5, borderBottomColor: "#cccccc" },
  small: { fontSize: 7.5, color: "#555555" },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 7, color: "#777777" },
});

const day = (d: Date) => d.toISOString().slice(0, 10);
const instant = (d: Date) => `${d.toISOString().slice(0, 19).replace("T", " ")} UTC`;

function Row({ label, value }: { label: string; value: string | null }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value || "—"}</Text>
    </View>
  );
}

/** « Avenants »: each amendment signed since, with what it changed and who signed it when. */
function Amendments({ data }: { data: AgreementPdfData }) {
  const t = translator(data.language, "agreements");
  const label = (field: string) => (t.has(`page.fields.${field}`) ? t(`page.fields.${field}`) : field);
  return (
    <View>
      <Text style={styles.heading}>{t("amendments.title")}</Text>
      <Text style={[styles.small, { marginBottom: 6 }]}>{t("pdf.amendedLead")}</Text>
      {data.amendments.map((amendment, index) => (
        <View key={index} style={styles.signature} wrap={false}>
          <Text style={styles.articleTitle}>
            {t("pdf.amendment", { n: index + 1, date: day(amendment.decidedAt) })}
          </Text>
          {amendment.summary && <Text>{amendment.summary}</Text>}
          {amendment.changes.map((change) => (
            <Text key={change.field}>
              {`${label(change.field)} : ${change.before ?? "—"} → ${change.after ?? "—"}`}
            </Text>
          ))}
          <Text style={styles.small}>
            {t("pdf.amendmentSignatories", {
              signatories: amendment.signatories
                .map(
                  (s) =>
                    `${t(`parties.${s.party}`)} — ${s.name ?? "—"}${s.signedAt ? ` (${instant(s.signedAt)})` : ""}`,
                )
                .join(" ; "),
            })}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** The agreement as a PDF: parties, content, the minimum-stipend statement, articles, signatures. */
export function AgreementPdf({ data }: { data: AgreementPdfData }) {
  const t = translator(data.language, "agreements");
  const money = (minor: number, currency: string) => `${fromMinorUnits(minor, currency)} ${currency}`;
  const person = (name: string | null, email: string | null) =>
    name || email ? [name, email && `<${email}>`].filter(Boolean).join(" ") : null;
  return (
    <Document
      title={t("pdf.title")}
      subject={data.id}
      author={data.university.name}
      creator="Internships"
      producer="Internships"
      language={data.language}
      creationDate={data.createdAt}
      modificationDate={data.createdAt}
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{t("pdf.title")}</Text>
        {data.version === "draft" && <Text style={styles.draft}>{t("pdf.draft")}</Text>}
        <Text style={styles.reference}>{t("pdf.reference", { id: data.id })}</Text>

        <Text style={styles.heading}>{t("pdf.parties")}</Text>
        <Row label={t("page.student")} value={person(data.student.name, data.student.email)} />
        {data.student.studentNumber && <Row label={t("pdf.studentNumber")} value={data.student.studentNumber} />}
        {data.student.program && <Row label={t("pdf.program")} value={data.student.program} />}
        <Row label={t("page.enterprise")} value={data.enterprise.name} />
        {data.enterprise.address && <Row label={t("pdf.address")} value={data.enterprise.address} />}
        <Row label={t("page.university")} value={data.university.name} />
        <Row label={t("page.tutor")} value={person(data.tutor.name, data.tutor.email)} />
        <Row
          label={t("page.supervisor")}
          value={data.supervisor && person(data.supervisor.name, data.supervisor.email)}
        />
        {data.legalRep && <Row label={t("page.legalRep")} value={person(data.legalRep.name, data.legalRep.email)} />}

        <Text style={styles.heading}>{t("pdf.internship")}</Text>
        <Row label={t("page.offer")} value={data.offer} />
        <Row label={t("page.dates")} value={t("page.from", { start: day(data.startDate), end: day(data.endDate) })} />
        <Row label={t("page.weeklyHours")} value={String(data.weeklyHours)} />
        <Row label={t("page.place")} value={data.place} />
        <Row label={t("page.tasks")} value={data.tasks} />
        <Row
          label={t("page.stipend")}
          value={data.stipendAmountMinor === null ? null : money(data.stipendAmountMinor, data.stipendCurrency)}
        />
        <Row label={t("pdf.insurance")} value={data.insurance} />
        {data.minimumStipend && (
          <Text style={styles.statement}>
            {t(data.minimumStipend.met ? "pdf.minimumMet" : "pdf.minimumNotMet", {
              hourly: fromMinorUnits(data.minimumStipend.hourlyMinor, "EUR"),
              minimum: fromMinorUnits(data.minimumStipend.monthlyMinor, "EUR"),
              hours: data.weeklyHours,
            })}
          </Text>
        )}

        <Text style={styles.heading}>{t("pdf.articles")}</Text>
        {data.articles.map((article, index) => (
          <View key={index} style={styles.article}>
            <Text style={styles.articleTitle}>{t("pdf.article", { n: index + 1, title: article.title })}</Text>
            <Text>{article.body}</Text>
          </View>
        ))}

        <Text style={styles.heading} break={data.version === "signed"}>
          {t("page.steps")}
        </Text>
        {data.signedDocumentSha256 && (
          <Text style={[styles.small, { marginBottom: 6 }]}>
            {t("pdf.signedHash", { hash: data.signedDocumentSha256 })}
          </Text>
        )}
        {data.steps.map((step) => (
          <View key={step.order} style={styles.signature} wrap={false}>
            <Text style={styles.articleTitle}>
              {`${step.order}. ${t(`parties.${step.party}`)} — ${person(step.name, step.email) ?? "—"}`}
            </Text>
            <Text>
              {step.signedAt
                ? t("pdf.signedOn", {
                    date: instant(step.signedAt),
                    method: step.method ? t(`methods.${step.method}`) : "",
                  })
                : t("pdf.signatureSlot")}
            </Text>
            {step.scanSha256 && <Text style={styles.small}>{t("pdf.scanHash", { hash: step.scanSha256 })}</Text>}
          </View>
        ))}
        {data.amendments.length > 0 && <Amendments data={data} />}
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => t("pdf.footer", { id: data.id, page: pageNumber, pages: totalPages })}
        />
      </Page>
    </Document>
  );
}

// Rendering takes a few hundred milliseconds and the same agreement is rendered again at each
// read and signature: the same data gives the same bytes, so recent renderings are kept.
const recent = new Map<string, Buffer>();
const RECENT_MAX = 64;

/** Empties the renderings kept (tests prove determinism on fresh renderings). */
export const forgetRenderings = () => recent.clear();

/** Renders the agreement to PDF bytes: the same data always gives the same bytes. */
export async function renderAgreementPdf(data: AgreementPdfData): Promise<Buffer> {
  const key = JSON.stringify(data);
  const kept = recent.get(key);
  if (kept) return Buffer.from(kept);
  registerPdfFonts();
  const bytes = await renderToBuffer(<AgreementPdf data={data} />);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, Buffer.from(bytes));
  return bytes;
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

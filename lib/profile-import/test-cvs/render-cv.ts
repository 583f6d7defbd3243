import { createElement as h, type ReactElement } from "react";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { PDF_FONT_FAMILY, registerPdfFonts } from "@/lib/core/pdf/fonts";

/**
 * A CV as a test writes it: lines of text, `# ` for a heading, `a || b` for a line with `b` set
 * on the right (dates), `- ` for a bullet. `sidebar` makes a two-column page (the sidebar on the
 * left, or on the right with `sidebarRight`).
 */
export type CvLayout = { main: string[]; sidebar?: string[]; sidebarRight?: boolean; name?: string };

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 10, padding: 36, flexDirection: "row" },
  heading: { fontSize: 13, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  line: { marginBottom: 2 },
  row: { flexDirection: "row", justifyContent: "space-between", marginBottom: 2 },
  name: { fontSize: 20, fontWeight: "bold", marginBottom: 8 },
});

function lines(list: string[]): ReactElement[] {
  return list.map((line, i) => {
    if (line.startsWith("# ")) return h(Text, { key: i, style: styles.heading }, line.slice(2));
    if (line.includes(" || ")) {
      const [left, right] = line.split(" || ");
      return h(
        View,
        { key: i, style: styles.row },
        h(Text, { style: { flexShrink: 1 } }, left),
        h(Text, { style: { marginLeft: 12 } }, right),
      );
    }
    if (line === "") return h(View, { key: i, style: { height: 8 } });
    return h(Text, { key: i, style: styles.line }, line.startsWith("- ") ? `• ${line.slice(2)}` : line);
  });
}

export async function renderCv(cv: CvLayout): Promise<Uint8Array> {
  registerPdfFonts();
  const main = h(
    View,
    { style: { flex: 1, paddingHorizontal: 8 } },
    ...(cv.name ? [h(Text, { key: "name", style: styles.name }, cv.name)] : []),
    ...lines(cv.main),
  );
  const sidebar = cv.sidebar
    ? h(
        View,
        { style: { width: 170, paddingHorizontal: 8, paddingTop: 4, fontSize: 9, backgroundColor: "#eef2f7" } },
        ...lines(cv.sidebar),
      )
    : null;
  const columns = sidebar ? (cv.sidebarRight ? [main, sidebar] : [sidebar, main]) : [main];
  const doc = h(Document, null, h(Page, { size: "A4", style: styles.page }, ...columns));
  return new Uint8Array(await renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]));
}

import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { getTranslations } from "next-intl/server";
import type { AmendmentView } from "@/lib/agreements/amendment-view";

const show = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : String(value));

/** An amendment's changes, field by field: the agreement as signed beside what is proposed. */
export async function AmendmentDiff({ changes }: { changes: AmendmentView["changes"] }) {
  const t = await getTranslations("agreements");
  const label = (field: string) => (t.has(`page.fields.${field}`) ? t(`page.fields.${field}`) : field);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t("amendments.field")}</TableCell>
          <TableCell>{t("amendments.before")}</TableCell>
          <TableCell>{t("amendments.after")}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.field}>
            <TableCell>{label(change.field)}</TableCell>
            <TableCell>{show(change.before)}</TableCell>
            <TableCell>{show(change.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

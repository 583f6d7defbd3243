import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { getLocale, getTranslations } from "next-intl/server";
import { visuallyHidden } from "@/components/ui/visually-hidden";
import type { Cell, Table as Figures } from "@/lib/reports/dashboard-tables";

/** Columns holding a fraction, shown as a percentage. */
const PERCENT = new Set(["rate", "acceptedRate"]);
const MAX_ROWS = 25;

type Props = {
  table: Figures;
  caption: string;
  /** For each row, the list behind it (a page with the filter in its query string), if there is one. */
  drill?: (string | null)[];
};

/** A dashboard's figures as an accessible table: a caption, column headers, the first column as row headers. */
export async function DashboardTable({ table, caption, drill }: Props) {
  const [t, locale] = await Promise.all([getTranslations("dashboards"), getLocale()]);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const show = (cell: Cell, column: string) => {
    if (cell === null) return t("cards.noValue");
    if (typeof cell === "object") return t(cell.t);
    if (typeof cell === "number") return PERCENT.has(column) ? percent.format(cell) : number.format(cell);
    return cell;
  };
  const rows = table.rows.slice(0, MAX_ROWS);
  if (!rows.length) return <Typography color="text.secondary">{t("empty")}</Typography>;
  return (
    <>
      {/* Focusable, so that a keyboard can scroll a table wider than a phone. */}
      <Box tabIndex={0} role="region" aria-label={caption} sx={{ overflowX: "auto", maxWidth: "100%" }}>
        <Table size="small">
          <caption style={visuallyHidden}>{caption}</caption>
          <TableHead>
            <TableRow>
              {table.columns.map((column) => (
                <TableCell key={column} scope="col" align={column === table.columns[0] ? "left" : "right"}>
                  {t(`columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, i) => (
              <TableRow key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <TableCell key={j} component="th" scope="row">
                      {drill?.[i] ? (
                        <Link
                          href={drill[i]!}
                          aria-label={t("drillOf", { row: String(show(cell, table.columns[j]!)) })}
                        >
                          {show(cell, table.columns[j]!)}
                        </Link>
                      ) : (
                        show(cell, table.columns[j]!)
                      )}
                    </TableCell>
                  ) : (
                    <TableCell key={j} align="right">
                      {show(cell, table.columns[j]!)}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {table.rows.length > MAX_ROWS && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t("moreRows", { shown: MAX_ROWS, total: table.rows.length })}
        </Typography>
      )}
    </>
  );
}

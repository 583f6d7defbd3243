"use client";
import Box from "@mui/material/Box";
import { BarChart } from "@mui/x-charts/BarChart";

type Props = {
  labels: string[];
  values: number[];
  /** The series' name (tooltip). */
  label: string;
  /** Values are fractions shown as percentages. */
  percent?: boolean;
};

/**
 * A horizontal bar chart of one series. Hidden from assistive technology: the table beside it
 * holds the same figures, and is what screen readers read.
 */
export function BarFigure({ labels, values, label, percent = false }: Props) {
  if (!values.length) return null;
  const format = (value: number | null) =>
    value === null ? "" : percent ? `${Math.round(value * 1000) / 10} %` : String(value);
  return (
    <Box aria-hidden sx={{ width: "100%", minWidth: 0 }}>
      <BarChart
        layout="horizontal"
        height={48 + 34 * labels.length}
        yAxis={[{ scaleType: "band", data: labels, width: 110 }]}
        xAxis={[
          percent ? { min: 0, max: 1, valueFormatter: (v: number) => `${Math.round(v * 100)} %` } : { tickMinStep: 1 }, // counts: no half applicants on the axis
        ]}
        series={[{ data: values, label, valueFormatter: format }]}
        hideLegend
        disableKeyboardNavigation
        margin={{ left: 4, right: 16, top: 8, bottom: 4 }}
      />
    </Box>
  );
}

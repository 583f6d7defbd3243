import { fromMinorUnits, toMinorUnits } from "@/lib/core/money";

/**
 * An offer's stipend is stored in minor units (`stipendAmountMinor`); forms, pages and the API
 * speak major units (`stipendAmount`, 1200 = €1,200). The conversion happens here, at the edge
 * of the domain, in both directions.
 */
export const stipendColumns = (amount: number | null | undefined, currency: string) => ({
  stipendAmountMinor: toMinorUnits(amount, currency),
});

/** A row read with `stipendAmountMinor`, as readers expect it: with `stipendAmount` in major units. */
export function withStipendAmount<T extends { stipendAmountMinor: number | null; stipendCurrency: string }>(
  row: T,
): Omit<T, "stipendAmountMinor"> & { stipendAmount: number | null } {
  const { stipendAmountMinor, ...rest } = row;
  return { ...rest, stipendAmount: fromMinorUnits(stipendAmountMinor, row.stipendCurrency) };
}

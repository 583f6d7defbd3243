/** A table column shown on wide screens only; on phones its value sits under the row's name. */
export const WIDE_ONLY = { display: { xs: "none", sm: "table-cell" } } as const;

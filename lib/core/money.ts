/**
 * Amounts are stored as integers of the currency's minor unit (cents, millimes) beside their
 * ISO 4217 code, and shown, typed and sent by the API in major units. The number of decimals
 * comes from the currency itself (2 for EUR, 3 for TND, 0 for JPY).
 */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function toMinorUnits(amount: number, currency: string): number;
export function toMinorUnits(amount: number | null | undefined, currency: string): number | null;
export function toMinorUnits(amount: number | null | undefined, currency: string): number | null {
  return amount == null ? null : Math.round(amount * 10 ** minorDigits(currency));
}

export function fromMinorUnits(minor: number, currency: string): number;
export function fromMinorUnits(minor: number | null | undefined, currency: string): number | null;
export function fromMinorUnits(minor: number | null | undefined, currency: string): number | null {
  return minor == null ? null : minor / 10 ** minorDigits(currency);
}

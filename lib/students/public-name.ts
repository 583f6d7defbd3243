/**
 * How a student is named to an enterprise they have not applied to: the first name and the
 * initial of the last ("Camille Durand" → "Camille D."). The full name comes with an application.
 */
export function publicName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts[0] ?? "";
  const initial = Array.from(parts[parts.length - 1]!)[0]!.toLocaleUpperCase();
  return `${parts[0]} ${initial}.`;
}

/** What a party sees of an issue: what, how serious, and the trail (raised by/when, resolved by/when). */
export const issueViewSelect = {
  id: true,
  category: true,
  severity: true,
  title: true,
  description: true,
  status: true,
  resolution: true,
  createdAt: true,
  resolvedAt: true,
  raisedBy: { select: { id: true, name: true, role: true } },
  resolvedBy: { select: { id: true, name: true, role: true } },
} as const;

import { NextIntlClientProvider } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AgreementView } from "@/lib/agreements/agreement-view";
import { catalogues } from "@/messages";
import { AgreementContent } from "./agreement-content";

const agreement = {
  id: "a1",
  status: "SIGNING",
  offer: { id: "o1", title: "Stage TypeScript" },
  student: { id: "s1", name: "Camille Martin", email: "camille@example.test" },
  enterprise: { id: "e1", name: "Acme" },
  university: { id: "u1", name: "Université de Lyon", country: "FR" },
  startDate: new Date("2026-03-02"),
  endDate: new Date("2026-08-16"),
  weeklyHours: 35,
  stipendAmount: 400,
  stipendCurrency: "EUR",
  place: "Lyon, FR",
  tasks: "Écrire des tests.",
  tutorName: "Tom Tuteur",
  tutorEmail: "tom@example.test",
  legalRepName: null,
  legalRepEmail: null,
  supervisor: null,
  insurance: "MAIF, contrat 1234567",
  contentSha256: "ab".repeat(32),
  stipendWarning: { minimumMonthly: 659.75, hourly: 4.35, weeks: 24 },
  steps: [
    {
      order: 1,
      party: "STUDENT",
      signer: { name: "Camille Martin", email: "camille@example.test" },
      status: "SIGNED",
      deadline: null,
      signedAt: new Date("2026-02-01T10:00:00Z"),
      method: "PASSWORD",
      documentSha256: "ab".repeat(32),
      refusalReason: null,
    },
    {
      order: 2,
      party: "TUTOR",
      signer: { name: "Tom Tuteur", email: "tom@example.test" },
      status: "PENDING",
      deadline: new Date("2026-02-08"),
      signedAt: null,
      method: null,
      documentSha256: null,
      refusalReason: null,
    },
  ],
} as unknown as AgreementView;

// The catalogues' inferred type is deeper than the provider's own: widened here, checked by translator.test.ts.
const Provider = NextIntlClientProvider as (props: {
  locale: string;
  messages: unknown;
  timeZone: string;
  children?: ReactNode;
}) => ReactNode;

const render = (locale: "fr" | "en") =>
  renderToStaticMarkup(
    createElement(
      Provider,
      { locale, messages: catalogues[locale], timeZone: "UTC" },
      createElement(AgreementContent, { agreement }),
    ),
  );

describe("the agreement's content", () => {
  it("shows the parties' signatures in order and the French stipend warning, in both languages", () => {
    const fr = render("fr");
    expect(fr).toContain("En signature");
    expect(fr).toContain("1. Étudiant·e — Camille Martin");
    expect(fr).toContain("signée le 2026-02-01 10:00 (mot de passe)");
    expect(fr).toContain("avant le 2026-02-08");
    expect(fr).toContain("4,35 € de l&#x27;heure, soit 659,75 € par mois");
    const en = render("en");
    expect(en).toContain("2. Tutor — Tom Tuteur");
    expect(en).toContain("at least 4.35 € per hour");
  });
});

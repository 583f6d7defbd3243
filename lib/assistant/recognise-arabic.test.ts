import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import vocabulary from "./eval/vocabulary.json";
import { EVAL_SETS, evaluateAssistant } from "./evaluate";
import { recognise } from "./recognise";
import { fold } from "./text";

const now = new Date(vocabulary.now);
const ask = (text: string, role: Role = "STUDENT") => recognise(text, role, vocabulary, now);

describe("Arabic questions about one's own records", () => {
  it.each([
    ["كم عدد طلباتي؟", "STUDENT", "openApplications"],
    ["أين وصل طلبي؟", "STUDENT", "openApplications"],
    ["ما حالة طلبي؟", "STUDENT", "openApplications"],
    ["أين وصلت اتفاقيتي؟", "STUDENT", "agreementStatus"],
    ["أريد إفادة التدريب", "STUDENT", "certificate"],
    ["أريد شهادتي", "STUDENT", "certificate"],
    ["ماذا يمكنك أن تفعل؟", "STUDENT", "help"],
    ["المترشحون الجدد هذا الشهر", "ENTERPRISE", "recentApplicants"],
    ["المترشحون الذين ينتظرون الرد", "ENTERPRISE", "pendingApplications"],
    ["أي المتدربين لم يكتبوا سجلهم؟", "UNIVERSITY_SUPERVISOR", "missingLogbooks"],
  ] as const)("reads %s (%s) as %s", (text, role, intent) => {
    const got = ask(text, role);
    expect({ intent: got.intent, language: got.language, forRole: got.forRole }).toEqual({
      intent,
      language: "ar",
      forRole: true,
    });
  });

  it("reads the period of an enterprise's question", () => {
    expect(ask("المترشحون الجدد هذا الشهر", "ENTERPRISE").period?.key).toBe("thisMonth");
  });

  it("answers every Arabic question of the fixed evaluation set", () => {
    const arabic = evaluateAssistant().filter((s) => s.lang === "ar");
    expect(arabic.map((s) => s.role).sort()).toEqual(Object.keys(EVAL_SETS).sort());
    for (const score of arabic)
      expect({ role: score.role, failures: score.failures }).toEqual({ role: score.role, failures: [] });
  });
});

describe("Arabic offer searches", () => {
  it("reads offers in a city named in Arabic, without taking the internship for one's own", () => {
    const got = ask("ما هي عروض التدريب في باريس؟");
    expect(got.intent).toBe("offerSearch");
    expect(got.search).toMatchObject({ q: "", facets: { city: ["Paris"], remote: [], field: [], stipend: [] } });
  });

  it("reads the same question from an enterprise or a supervisor as a search too", () => {
    for (const role of ["ENTERPRISE", "UNIVERSITY_SUPERVISOR"] as const)
      expect(ask("ما هي عروض التدريب في باريس؟", role).intent).toBe("offerSearch");
  });

  it("turns the issue's example, in Arabic, into the search page's facets", () => {
    const got = ask("أبحث عن تدريب في البيانات في ليون بنظام هجين ابتداءً من مارس");
    expect(got.intent).toBe("offerSearch");
    expect(got.search).toEqual({
      q: "",
      facets: {
        city: ["Lyon"],
        remote: ["HYBRID"],
        field: ["Data science"],
        start: ["2027-03", "2027-04", "2027-05"],
        stipend: [],
        skills: [],
      },
      minStipend: null,
    });
  });

  it("reads remote work and a yes/no question as a search", () => {
    const got = ask("هل توجد عروض تدريب عن بعد؟");
    expect(got.intent).toBe("offerSearch");
    expect(got.search).toMatchObject({ q: "", facets: { remote: ["REMOTE"] } });
  });

  it("reads a minimum stipend, in Arabic-Indic digits and with an Arabic currency name", () => {
    const atLeast = ask("تدريب مدفوع على الأقل 1000 يورو");
    expect(atLeast.intent).toBe("offerSearch");
    expect(atLeast.search).toMatchObject({ q: "", minStipend: 1000, facets: { stipend: ["900to1199", "gte1200"] } });
    const digits = ask("تدريب براتب ١٢٠٠ يورو في ليون");
    expect(digits.search).toMatchObject({ q: "", minStipend: 1200, facets: { city: ["Lyon"], stipend: ["gte1200"] } });
  });

  it("reads web development and on-site work", () => {
    const got = ask("هل هناك تدريب في تطوير الويب حضوري؟");
    expect(got.search).toMatchObject({ q: "", facets: { field: ["Software engineering"], remote: ["ON_SITE"] } });
  });

  it("folds Arabic-Indic and Persian digits to the digits amounts are read from", () => {
    expect(fold("٢٠٢٧ ۱۵۰۰")).toBe("2027 1500");
  });
});

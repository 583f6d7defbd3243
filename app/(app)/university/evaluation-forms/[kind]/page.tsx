import Link from "@mui/material/Link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EvaluationFormEditor } from "@/components/internships/evaluation-form-editor";
import { PageHeader } from "@/components/ui/page-header";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { EVALUATION_FORM_KINDS, type EvaluationFormKindName } from "@/lib/internships/evaluation-schemas";
import { getEvaluationForm } from "@/lib/internships/get-evaluation-form";

type Props = { params: Promise<{ kind: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("internshipEvaluations.forms"))("title") };
}

/** One evaluation form of the university, to edit and save as its next version. */
export default async function EvaluationFormPage({ params }: Props) {
  const { kind } = await params;
  if (!EVALUATION_FORM_KINDS.includes(kind as EvaluationFormKindName)) notFound();
  const me = await pageActor("UNIVERSITY_ADMIN");
  const universityId = me.university?.id ?? "-";
  const [form, t] = await Promise.all([
    forPage(getEvaluationForm(me, universityId, kind)),
    getTranslations("internshipEvaluations"),
  ]);
  return (
    <div style={{ maxWidth: 960 }}>
      <Link href="/university/evaluation-forms" sx={{ display: "inline-block", mb: 2 }}>
        {t("forms.backToForms")}
      </Link>
      <PageHeader
        title={t(`kinds.${form.kind}`)}
        lead={form.isDefault ? t("forms.defaultLead") : t("forms.currentVersion", { version: form.version })}
      />
      <EvaluationFormEditor
        key={form.version}
        universityId={universityId}
        kind={form.kind}
        definition={form.definition}
      />
    </div>
  );
}

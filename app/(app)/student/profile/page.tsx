import Stack from "@mui/material/Stack";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcademicRecords } from "@/components/students/academic-records";
import { CvUpload } from "@/components/students/cv-upload";
import { PreferencesForm } from "@/components/students/preferences-form";
import { ProfileCompletenessCard } from "@/components/students/profile-completeness-card";
import { ProfileForm } from "@/components/students/profile-form";
import { SkillsForm } from "@/components/students/skills-form";
import { VisibilitySwitch } from "@/components/students/visibility-switch";
import { BackgroundList } from "@/components/profile-import/background-list";
import { ProfileImportPanel } from "@/components/profile-import/profile-import-panel";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { forPage, pageActor } from "@/lib/identity/page-guard";
import { getOwnStudentProfile } from "@/lib/students/get-student-profile";
import { listProgramOptions } from "@/lib/students/list-program-options";
import { profileCompleteness } from "@/lib/students/profile-completeness";
import { listProfileImports } from "@/lib/profile-import/get-profile-import";
import { getOwnBackground } from "@/lib/students/get-own-background";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("students.profile"))("title") };
}

/** A date as the value of a date input. */
const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

export default async function StudentProfilePage() {
  const actor = await pageActor("STUDENT");
  const [profile, programs, t] = await Promise.all([
    forPage(getOwnStudentProfile(actor)),
    forPage(listProgramOptions(actor)),
    getTranslations("students"),
  ]);
  const wishes = profile.preferences;
  const [imports, background] = await Promise.all([
    forPage(listProfileImports(actor, actor.studentId ?? "")),
    forPage(getOwnBackground(actor)),
  ]);
  return (
    <>
      <PageHeader title={t("profile.title")} lead={t("profile.lead")} />
      <Stack spacing={3} sx={{ maxWidth: 880 }}>
        <ProfileCompletenessCard completeness={profileCompleteness(profile)} />
        <SectionCard id="about" title={t("profile.about")}>
          <ProfileForm
            programs={programs}
            defaults={{
              headline: profile.headline ?? "",
              bio: profile.bio ?? "",
              city: profile.city ?? "",
              phone: profile.phone ?? "",
              fieldOfStudy: profile.fieldOfStudy ?? "",
              programId: profile.program?.id ?? "",
            }}
          />
        </SectionCard>
        <SectionCard id="visibility" title={t("visibility.title")}>
          <VisibilitySwitch visible={profile.visibleToEnterprises} />
        </SectionCard>
        <SectionCard id="cv" title={t("cv.title")}>
          <CvUpload
            current={
              profile.cv && {
                documentId: profile.cv.documentId,
                fileName: profile.cv.fileName,
                uploadedAt: profile.cv.uploadedAt,
              }
            }
          />
        </SectionCard>
        <SectionCard id="import" title={t("import.title")}>
          <ProfileImportPanel
            studentId={actor.studentId ?? ""}
            hasCv={Boolean(profile.cv)}
            latestId={imports.items[0]?.id ?? null}
          />
        </SectionCard>
        <SectionCard id="skills" title={t("skills.title")}>
          <SkillsForm skills={profile.skills.map((skill) => skill.name)} />
        </SectionCard>
        <SectionCard id="records" title={t("records.title")}>
          <AcademicRecords records={profile.academicRecords} />
        </SectionCard>
        <SectionCard id="background" title={t("import.backgroundTitle")}>
          <BackgroundList background={background} />
        </SectionCard>
        <SectionCard id="preferences" title={t("preferences.title")} lead={t("preferences.lead")}>
          <PreferencesForm
            defaults={{
              fields: wishes?.fields ?? [],
              places: wishes?.places ?? [],
              remoteModes: wishes?.remoteModes ?? [],
              availableFrom: day(wishes?.availableFrom),
              availableTo: day(wishes?.availableTo),
              minStipend: wishes?.minStipend?.toString() ?? "",
              currency: wishes?.currency ?? "EUR",
            }}
          />
        </SectionCard>
      </Stack>
    </>
  );
}

"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveSkills } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { SkillsField } from "@/components/ui/skills-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { studentSkillsSchema } from "@/lib/students/schemas";

export function SkillsForm({ skills }: { skills: string[] }) {
  const t = useTranslations("students.skills");
  const form = useForm({ resolver: yupResolver(studentSkillsSchema), defaultValues: { skills } });
  const { onSubmit, pending, outcome } = useFormAction(form, saveSkills, {
    success: t("saved"),
    onSuccess: (saved) => form.reset({ skills: saved.skills.map((skill) => skill.name) }),
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <SkillsField control={form.control} name="skills" label={t("label")} helperText={t("hint")} />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("save")}
      </Button>
    </Stack>
  );
}

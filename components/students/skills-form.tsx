"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveSkills } from "@/app/(app)/student/profile/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { SkillsField } from "@/components/ui/skills-field";
import { studentSkillsSchema } from "@/lib/students/schemas";
import { useOutcome } from "./use-outcome";

export function SkillsForm({ skills }: { skills: string[] }) {
  const t = useTranslations("students.skills");
  const router = useRouter();
  const { outcome, succeed, fail } = useOutcome();
  const { control, handleSubmit, setError, reset, formState } = useForm({ resolver: yupResolver(studentSkillsSchema), defaultValues: { skills } });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveSkills({ skills: values.skills });
    if (!result.ok) return fail(toMessage(result.error));
    reset({ skills: result.data.skills.map((skill) => skill.name) });
    succeed(t("saved"));
    router.refresh();
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      {outcome && <Alert severity={outcome.ok ? "success" : "error"}>{outcome.message}</Alert>}
      <SkillsField control={control} name="skills" label={t("label")} helperText={t("hint")} />
      <Button type="submit" variant="contained" disabled={formState.isSubmitting} sx={{ alignSelf: "flex-start" }}>
        {t("save")}
      </Button>
    </Stack>
  );
}

"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormLabel from "@mui/material/FormLabel";
import Link from "@mui/material/Link";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { register } from "@/app/(auth)/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { PasswordField } from "@/components/ui/password-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { registerSchema } from "@/lib/identity/schemas";

type Role = "STUDENT" | "ENTERPRISE";

export function RegisterForm({ initialRole }: { initialRole: Role }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const router = useRouter();
  const form = useForm({
    resolver: yupResolver(registerSchema),
    defaultValues: { email: "", password: "", name: "", role: initialRole, enterpriseName: "", locale: locale as "fr" },
  });
  const { control } = form;
  const role = useWatch({ control, name: "role" });
  const { onSubmit, pending, outcome } = useFormAction(form, register, {
    onSuccess: () => router.replace("/dashboard?welcome=1"),
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome}>
        {outcome?.ok === false && outcome.code === "CONFLICT" && (
          <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
            <Link component={NextLink} href="/sign-in">
              {t("signInButton")}
            </Link>
            <Link component={NextLink} href="/forgot-password">
              {t("forgotPassword")}
            </Link>
          </Stack>
        )}
      </ActionOutcome>
      <FormControl>
        <FormLabel id="role-label">{t("accountType")}</FormLabel>
        <Controller
          control={control}
          name="role"
          render={({ field }) => (
            <RadioGroup {...field} aria-labelledby="role-label">
              <FormControlLabel value="STUDENT" control={<Radio />} label={t("roleStudent")} />
              <FormControlLabel value="ENTERPRISE" control={<Radio />} label={t("roleEnterprise")} />
            </RadioGroup>
          )}
        />
      </FormControl>
      {role === "ENTERPRISE" && (
        <TextFieldControl
          control={control}
          name="enterpriseName"
          label={t("enterpriseName")}
          autoComplete="organization"
          required
        />
      )}
      <TextFieldControl control={control} name="name" label={t("name")} autoComplete="name" required />
      <TextFieldControl control={control} name="email" label={t("email")} type="email" autoComplete="email" required />
      <PasswordField
        control={control}
        name="password"
        label={t("password")}
        autoComplete="new-password"
        helperText={t("passwordHint")}
        required
      />
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {t("registerButton")}
      </Button>
      <Typography variant="body2">
        {t("haveAccount")}{" "}
        <Link component={NextLink} href="/sign-in">
          {t("signInButton")}
        </Link>
      </Typography>
    </Stack>
  );
}

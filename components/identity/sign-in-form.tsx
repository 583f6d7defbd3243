"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { signInWithPassword } from "@/app/(auth)/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { loginSchema } from "@/lib/identity/schemas";

export function SignInForm({
  callbackUrl,
  providers,
}: {
  callbackUrl: string;
  providers: { id: string; name: string }[];
}) {
  const t = useTranslations("auth");
  const router = useRouter();
  const form = useForm({ resolver: yupResolver(loginSchema), defaultValues: { email: "", password: "" } });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, signInWithPassword, {
    onSuccess: () => router.replace(callbackUrl),
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={control} name="email" label={t("email")} type="email" autoComplete="email" required />
      <TextFieldControl
        control={control}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {t("signInButton")}
      </Button>
      <Link component={NextLink} href="/forgot-password" variant="body2">
        {t("forgotPassword")}
      </Link>
      {providers.length > 0 && (
        <>
          <Divider>{t("or")}</Divider>
          {providers.map((p) => (
            <Button key={p.id} variant="outlined" onClick={() => signIn(p.id, { redirectTo: callbackUrl })}>
              {t("signInWith", { provider: p.name })}
            </Button>
          ))}
        </>
      )}
      <Typography variant="body2">
        {t("noAccount")}{" "}
        <Link component={NextLink} href="/register">
          {t("registerButton")}
        </Link>
      </Typography>
    </Stack>
  );
}

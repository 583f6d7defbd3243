"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { signInWithPassword } from "@/app/(auth)/actions";
import { useActionErrors } from "@/components/ui/form-errors";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { loginSchema } from "@/lib/identity/schemas";

export function SignInForm({ callbackUrl, providers }: { callbackUrl: string; providers: { id: string; name: string }[] }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: yupResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });
  const toMessage = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signInWithPassword(values);
    if (result.ok) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setFormError(result.error.code === "UNAUTHENTICATED" ? te("wrongCredentials") : toMessage(result.error));
    }
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      {formError && <Alert severity="error">{formError}</Alert>}
      <TextFieldControl control={control} name="email" label={t("email")} type="email" autoComplete="email" required />
      <TextFieldControl
        control={control}
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
      />
      <Button type="submit" variant="contained" size="large" disabled={formState.isSubmitting}>
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

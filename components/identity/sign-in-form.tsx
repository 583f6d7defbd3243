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
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { signInWithPassword } from "@/app/(auth)/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { PasswordField } from "@/components/ui/password-field";
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
  // Two steps when the account has two-step verification: the password, then the code (the
  // password stays in the form and is sent again with it).
  const [askCode, setAskCode] = useState(false);
  const form = useForm({ resolver: yupResolver(loginSchema), defaultValues: { email: "", password: "", code: "" } });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, signInWithPassword, {
    refresh: false,
    onSuccess: (data) => (data.codeRequired ? setAskCode(true) : router.replace(callbackUrl)),
  });
  // The second step replaces the form: move the focus to the field it asks for.
  useEffect(() => {
    if (askCode) document.getElementById("sign-in-code")?.focus();
  }, [askCode]);
  const restart = () => {
    form.reset({ email: form.getValues("email"), password: "", code: "" });
    setAskCode(false);
  };

  if (askCode) {
    return (
      <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
        <Alert severity="info">{t("codeStepLead")}</Alert>
        <ActionOutcome outcome={outcome} />
        <TextFieldControl
          control={control}
          name="code"
          id="sign-in-code"
          label={t("codeLabel")}
          helperText={t("codeHint")}
          autoComplete="one-time-code"
          required
        />
        <Button type="submit" variant="contained" size="large" disabled={pending}>
          {t("codeButton")}
        </Button>
        <Link component="button" type="button" variant="body2" onClick={restart} sx={{ alignSelf: "flex-start" }}>
          {t("codeBack")}
        </Link>
      </Stack>
    );
  }

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextFieldControl control={control} name="email" label={t("email")} type="email" autoComplete="email" required />
      <PasswordField control={control} name="password" label={t("password")} autoComplete="current-password" required />
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

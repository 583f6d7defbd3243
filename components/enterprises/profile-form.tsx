"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import { useForm, type Resolver } from "react-hook-form";
import { saveProfile } from "@/app/(app)/enterprise/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { EditableList } from "@/components/ui/editable-list";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { maxLengthOf } from "@/lib/core/limit-messages";
import { ENTERPRISE_SIZES, enterpriseProfileSchema, type EnterpriseProfileInput } from "@/lib/enterprises/schemas";

/** The enterprise's profile and its lists; read-only for members who are not admins. */
export function ProfileForm({ defaults, readOnly }: { defaults: EnterpriseProfileInput; readOnly: boolean }) {
  const t = useTranslations("enterprises");
  const form = useForm<EnterpriseProfileInput>({
    resolver: yupResolver(enterpriseProfileSchema) as Resolver<EnterpriseProfileInput>,
    defaultValues: defaults,
  });
  const { control } = form;
  const { onSubmit, pending, outcome } = useFormAction(form, saveProfile, { success: t("profile.saved") });

  const list = (key: "locations" | "contacts" | "certifications") => ({
    title: t(`${key}.title`),
    itemLabel: t(`${key}.item`),
    empty: t(`${key}.empty`),
    addLabel: t(`${key}.add`),
    removeLabel: t(`${key}.remove`),
    disabled: readOnly,
  });

  return (
    <Stack component="form" spacing={2} onSubmit={onSubmit} noValidate aria-label={t("profile.title")}>
      <ActionOutcome outcome={outcome} />
      <Stack component="fieldset" disabled={readOnly} spacing={2} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        <TextFieldControl control={control} name="name" label={t("profile.name")} required />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextFieldControl
            control={control}
            name="sector"
            label={t("profile.sector")}
            helperText={t("profile.sectorHint")}
          />
          <TextFieldControl control={control} name="size" label={t("profile.size")} select>
            <MenuItem value="">{t("profile.sizeNone")}</MenuItem>
            {ENTERPRISE_SIZES.map((size) => (
              <MenuItem key={size} value={size}>
                {t(`sizes.${size}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Stack>
        <TextFieldControl
          control={control}
          name="description"
          label={t("profile.description")}
          maxLength={maxLengthOf(enterpriseProfileSchema, "description")}
          multiline
          minRows={4}
          helperText={t("profile.descriptionHint")}
        />
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
          <TextFieldControl control={control} name="website" label={t("profile.website")} placeholder="https://" />
          <TextFieldControl
            control={control}
            name="applicationEmail"
            label={t("profile.applicationEmail")}
            helperText={t("profile.applicationEmailHint")}
            type="email"
            required
          />
        </Stack>
      </Stack>
      <Divider />
      <EditableList
        control={control}
        name="locations"
        {...list("locations")}
        blank={{ city: "", country: "FR", address: null }}
        columns={[
          { name: "city", label: t("locations.city"), required: true },
          {
            name: "country",
            label: t("locations.country"),
            required: true,
            helperText: t("locations.countryHint"),
            grow: 0.5,
          },
          { name: "address", label: t("locations.address"), grow: 2 },
        ]}
      />
      <Divider />
      <EditableList
        control={control}
        name="contacts"
        {...list("contacts")}
        blank={{ name: "", email: "", phone: null, position: null }}
        columns={[
          { name: "name", label: t("contacts.name"), required: true },
          { name: "position", label: t("contacts.position") },
          { name: "email", label: t("contacts.email"), required: true, type: "email" },
          { name: "phone", label: t("contacts.phone"), type: "tel" },
        ]}
      />
      <Divider />
      <EditableList
        control={control}
        name="certifications"
        {...list("certifications")}
        blank={{ name: "", issuer: null, year: null }}
        columns={[
          { name: "name", label: t("certifications.name"), required: true, grow: 2 },
          { name: "issuer", label: t("certifications.issuer") },
          { name: "year", label: t("certifications.year"), type: "number", grow: 0.5 },
        ]}
      />
      {!readOnly && (
        <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
          {t("profile.save")}
        </Button>
      )}
    </Stack>
  );
}

"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { publish, saveOffer } from "@/app/(app)/enterprise/offers/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { SkillsField } from "@/components/ui/skills-field";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { maxLengthOf } from "@/lib/core/limit-messages";
import type { CountryOptions } from "@/lib/offers/countries";
import {
  CURRENCIES,
  EDUCATION_LEVELS,
  fieldKey,
  LANGUAGES,
  OFFER_FIELDS,
  REMOTE_MODES,
  STIPEND_PERIODS,
} from "@/lib/offers/offer-options";
import { offerWarnings, utcToday } from "@/lib/offers/offer-warnings";
import { offerSchema } from "@/lib/offers/schemas";
import type { OfferFormValues } from "./offer-form-values";
import { OfferPreviewDialog, type PreviewEnterprise } from "./offer-preview-dialog";
import { ScreeningQuestionsEditor } from "./screening-questions-editor";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        <Grid container spacing={2}>
          {children}
        </Grid>
      </CardContent>
    </Card>
  );
}

type Status = "DRAFT" | "PUBLISHED" | "CLOSED" | "EXPIRED";

/**
 * Create or edit an offer: the fields a recruiter expects, grouped, validated like the server does,
 * and four distinct actions: cancel, preview, save (as a draft while unpublished), and publish,
 * which shows the offer as the public will see it and what looks wrong before it goes online.
 */
export function OfferForm({
  offerId,
  status,
  defaults,
  enterprise,
  canPublish,
  countries,
}: {
  offerId?: string;
  status?: Status;
  defaults: OfferFormValues;
  enterprise: PreviewEnterprise;
  /** The enterprise is verified and the member's address confirmed (the server checks again). */
  canPublish: boolean;
  /** Built on the server, in the reader's language (browsers name and sort countries their own way). */
  countries: CountryOptions;
}) {
  const t = useTranslations("offers");
  const router = useRouter();
  const form = useForm<OfferFormValues>({
    resolver: yupResolver(offerSchema, {}, { raw: true }) as unknown as Resolver<OfferFormValues>,
    defaultValues: defaults,
  });
  const { control } = form;
  // A new offer saved once (before a refused publication) is updated from then on, not created again.
  const [savedId, setSavedId] = useState(offerId);
  const publishing = useRef(false);
  const [dialog, setDialog] = useState<"preview" | "publish">();
  const [leaving, setLeaving] = useState(false);
  const [snapshot, setSnapshot] = useState<OfferFormValues>(defaults);
  const published = useAction(publish, {
    refresh: false,
    onSuccess: (data) => router.push(`/enterprise/offers?saved=${data.id}`),
  });
  const { onSubmit, pending, outcome } = useFormAction(form, saveOffer, {
    toInput: (values) => ({ id: savedId, values }),
    refresh: false,
    onSuccess: (saved) => {
      setSavedId(saved.id);
      if (publishing.current) void published.execute(saved.id);
      else router.push(`/enterprise/offers?saved=${saved.id}`);
    },
  });
  const warnings = offerWarnings(snapshot, utcToday());
  const publishable = status === undefined || status !== "PUBLISHED";
  const open = (mode: "preview" | "publish") => {
    setSnapshot(form.getValues());
    setDialog(mode);
  };
  const save = (andPublish: boolean) => {
    publishing.current = andPublish;
    void onSubmit();
  };

  const full = { xs: 12 };
  const half = { xs: 12, sm: 6 };
  const third = { xs: 12, sm: 4 };
  return (
    <Stack
      component="form"
      spacing={3}
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
      }}
      noValidate
      sx={{ maxWidth: 920 }}
    >
      <ActionOutcome outcome={outcome} />
      <Section title={t("form.about")}>
        <Grid size={full}>
          <TextFieldControl
            control={control}
            name="title"
            label={t("form.title")}
            maxLength={maxLengthOf(offerSchema, "title")}
            required
          />
        </Grid>
        <Grid size={half}>
          <TextFieldControl control={control} name="field" label={t("form.field")} select required>
            {OFFER_FIELDS.map((f) => (
              <MenuItem key={f} value={f}>
                {t(`fields.${fieldKey(f)}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
        <Grid size={half}>
          <TextFieldControl control={control} name="educationLevel" label={t("form.educationLevel")} select>
            <MenuItem value="">—</MenuItem>
            {EDUCATION_LEVELS.map((l) => (
              <MenuItem key={l} value={l}>
                {l}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
        <Grid size={full}>
          <TextFieldControl
            control={control}
            name="description"
            label={t("form.description")}
            maxLength={maxLengthOf(offerSchema, "description")}
            multiline
            minRows={5}
            required
          />
        </Grid>
        <Grid size={full}>
          <TextFieldControl
            control={control}
            name="missions"
            label={t("form.missions")}
            maxLength={maxLengthOf(offerSchema, "missions")}
            multiline
            minRows={3}
          />
        </Grid>
        <Grid size={full}>
          <SkillsField control={control} name="skills" label={t("form.skills")} helperText={t("form.skillsHint")} />
        </Grid>
        <Grid size={full}>
          <TextFieldControl
            control={control}
            name="languages"
            label={t("form.languages")}
            select
            slotProps={{ select: { multiple: true } }}
          >
            {LANGUAGES.map((l) => (
              <MenuItem key={l} value={l}>
                {t(`languages.${l}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
      </Section>
      <Section title={t("form.where")}>
        <Grid size={third}>
          <TextFieldControl control={control} name="city" label={t("form.city")} required />
        </Grid>
        <Grid size={third}>
          <TextFieldControl
            control={control}
            name="country"
            label={t("form.country")}
            select
            required
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          >
            <optgroup label={t("form.frequentCountries")}>
              {countries.frequent.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("form.allCountries")}>
              {countries.all.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </TextFieldControl>
        </Grid>
        <Grid size={third}>
          <TextFieldControl control={control} name="remoteMode" label={t("form.remoteMode")} select required>
            {REMOTE_MODES.map((m) => (
              <MenuItem key={m} value={m}>
                {t(`remoteModes.${m}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
        <Grid size={third}>
          <TextFieldControl
            control={control}
            name="durationWeeks"
            label={t("form.durationWeeks")}
            type="number"
            required
          />
        </Grid>
        <Grid size={third}>
          <TextFieldControl
            control={control}
            name="startFrom"
            label={t("form.startFrom")}
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Grid>
        <Grid size={third}>
          <TextFieldControl
            control={control}
            name="startTo"
            label={t("form.startTo")}
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Grid>
      </Section>
      <Section title={t("form.conditions")}>
        <Grid size={third}>
          <TextFieldControl
            control={control}
            name="stipendAmount"
            label={t("form.stipendAmount")}
            type="number"
            helperText={t("form.stipendHint")}
          />
        </Grid>
        <Grid size={third}>
          <TextFieldControl control={control} name="stipendCurrency" label={t("form.currency")} select>
            {CURRENCIES.map((c) => (
              <MenuItem key={c} value={c}>
                {c}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
        <Grid size={third}>
          <TextFieldControl control={control} name="stipendPeriod" label={t("form.period")} select>
            {STIPEND_PERIODS.map((p) => (
              <MenuItem key={p} value={p}>
                {t(`stipendPeriods.${p}`)}
              </MenuItem>
            ))}
          </TextFieldControl>
        </Grid>
        <Grid size={half}>
          <TextFieldControl control={control} name="positions" label={t("form.positions")} type="number" />
        </Grid>
        <Grid size={half}>
          <TextFieldControl
            control={control}
            name="deadline"
            label={t("form.deadline")}
            type="date"
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Grid>
        <Grid size={full}>
          <TextFieldControl
            control={control}
            name="benefits"
            label={t("form.benefits")}
            maxLength={maxLengthOf(offerSchema, "benefits")}
            multiline
            minRows={2}
          />
        </Grid>
      </Section>
      <Section title={t("questions.title")}>
        <Grid size={full}>
          <ScreeningQuestionsEditor control={control} />
        </Grid>
      </Section>
      {publishable && !canPublish && <Alert severity="info">{t("form.cannotPublish")}</Alert>}
      <Stack direction={{ xs: "column-reverse", sm: "row" }} spacing={1.5} useFlexGap sx={{ flexWrap: "wrap" }}>
        <Button
          onClick={() => (form.formState.isDirty ? setLeaving(true) : router.push("/enterprise/offers"))}
          disabled={pending}
        >
          {t("form.cancel")}
        </Button>
        <Button variant="outlined" onClick={() => open("preview")}>
          {t("form.preview")}
        </Button>
        <Button type="submit" variant={publishable ? "outlined" : "contained"} disabled={pending}>
          {publishable ? t("form.saveDraft") : t("form.saveChanges")}
        </Button>
        {publishable && (
          <Button
            variant="contained"
            disabled={pending || published.pending || !canPublish}
            onClick={() => void form.handleSubmit(() => open("publish"))()}
          >
            {status === "CLOSED" || status === "EXPIRED" ? t("actions.republish") : t("form.publish")}
          </Button>
        )}
      </Stack>
      <OfferPreviewDialog
        open={dialog !== undefined}
        mode={dialog ?? "preview"}
        values={snapshot}
        enterprise={enterprise}
        warnings={warnings}
        pending={pending || published.pending}
        outcome={dialog === "publish" ? (outcome?.ok === false ? outcome : published.outcome) : undefined}
        onPublish={() => save(true)}
        onClose={() => setDialog(undefined)}
      />
      <ConfirmDialog
        open={leaving}
        title={t("form.leaveTitle")}
        body={t("form.leaveBody")}
        confirmLabel={t("form.leave")}
        color="warning"
        onConfirm={() => router.push("/enterprise/offers")}
        onClose={() => setLeaving(false)}
      />
    </Stack>
  );
}

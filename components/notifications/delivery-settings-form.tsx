"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Button from "@mui/material/Button";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormLabel from "@mui/material/FormLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { saveDeliverySettings } from "@/app/(app)/notifications/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useFormAction } from "@/components/ui/use-form-action";
import { deliverySettingsSchema, type DeliverySettingsInput } from "@/lib/notifications/schemas";

/** Every half hour of the day, as minutes after midnight. */
const TIMES = Array.from({ length: 48 }, (_, i) => i * 30);
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const HOURS = Array.from({ length: 24 }, (_, i) => i);
const QUIET_DEFAULT = { start: 22 * 60, end: 7 * 60 };

/**
 * How e-mails and pushes reach the user: one e-mail per event or a digest (daily or weekly, at an hour), and quiet hours in
 * their time zone. `timeZones` comes from the server so that the page and the browser list the same.
 */
export function DeliverySettingsForm({
  settings,
  timeZones,
}: {
  settings: DeliverySettingsInput;
  timeZones: string[];
}) {
  const t = useTranslations("notifications.preferences");
  const form = useForm<DeliverySettingsInput>({
    resolver: yupResolver(deliverySettingsSchema),
    defaultValues: settings,
  });
  const { onSubmit, pending, outcome } = useFormAction(form, saveDeliverySettings, { success: t("deliverySaved") });
  const digest = useWatch({ control: form.control, name: "emailDigest" });
  const frequency = useWatch({ control: form.control, name: "digestFrequency" });
  const quiet = {
    quietStart: useWatch({ control: form.control, name: "quietStart" }),
    quietEnd: useWatch({ control: form.control, name: "quietEnd" }),
  };
  const quietOn = quiet.quietStart !== null || quiet.quietEnd !== null;
  // A time the half-hour list lacks (set through the API) is still shown as it is.
  const timesWith = (value: number | string | null) =>
    value === null || value === "" || TIMES.includes(Number(value))
      ? TIMES
      : [...TIMES, Number(value)].sort((a, b) => a - b);
  const zones = timeZones.includes(settings.timeZone) ? timeZones : [settings.timeZone, ...timeZones];
  const toggleQuiet = (on: boolean) => {
    form.setValue("quietStart", on ? QUIET_DEFAULT.start : null, { shouldDirty: true });
    form.setValue("quietEnd", on ? QUIET_DEFAULT.end : null, { shouldDirty: true, shouldValidate: false });
    form.clearErrors(["quietStart", "quietEnd"]);
  };
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="delivery-title"
      sx={{ maxWidth: 760 }}
    >
      <Typography id="delivery-title" variant="h2" sx={{ fontSize: "1.25rem" }}>
        {t("deliveryTitle")}
      </Typography>
      <ActionOutcome outcome={outcome} />
      <FormControl>
        <FormLabel id="digest-legend">{t("digestLegend")}</FormLabel>
        <RadioGroup
          aria-labelledby="digest-legend"
          value={digest ? frequency : "IMMEDIATE"}
          onChange={(event) => {
            const value = event.target.value;
            form.setValue("emailDigest", value !== "IMMEDIATE", { shouldDirty: true });
            if (value !== "IMMEDIATE")
              form.setValue("digestFrequency", value as "DAILY" | "WEEKLY", { shouldDirty: true });
          }}
        >
          <FormControlLabel value="IMMEDIATE" control={<Radio />} label={t("digestImmediate")} />
          <FormControlLabel value="DAILY" control={<Radio />} label={t("digest")} />
          <FormControlLabel value="WEEKLY" control={<Radio />} label={t("digestWeekly")} />
        </RadioGroup>
      </FormControl>
      {digest && (
        <TextFieldControl
          control={form.control}
          name="digestHour"
          label={t("digestHour")}
          select
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ maxWidth: 200 }}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {clock(hour * 60)}
            </option>
          ))}
        </TextFieldControl>
      )}
      <FormControlLabel
        control={<Switch checked={quietOn} onChange={(event) => toggleQuiet(event.target.checked)} />}
        label={t("quietHoursOn")}
      />
      {quietOn && (
        <>
          <Typography variant="body2" color="text.secondary">
            {t("quietHint")}
          </Typography>
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2}>
            {(["quietStart", "quietEnd"] as const).map((name) => (
              <TextFieldControl
                key={name}
                control={form.control}
                name={name}
                label={t(name === "quietStart" ? "quietFrom" : "quietTo")}
                select
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              >
                {timesWith(quiet[name]).map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {clock(minutes)}
                  </option>
                ))}
              </TextFieldControl>
            ))}
          </Stack>
        </>
      )}
      <TextFieldControl
        control={form.control}
        name="timeZone"
        label={t("timeZone")}
        select
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </TextFieldControl>
      <div>
        <Button type="submit" variant="contained" disabled={pending}>
          {t("deliverySave")}
        </Button>
      </div>
    </Stack>
  );
}

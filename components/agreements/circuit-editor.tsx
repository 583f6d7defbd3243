"use client";
import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import Delete from "@mui/icons-material/Delete";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveSigningCircuit } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { PARTIES } from "@/lib/agreements/schemas";

type Step = { party: (typeof PARTIES)[number]; deadlineDays: number };

/**
 * The ordered parties of a circuit: add, remove, move up and down with plain buttons (each named
 * for the party it moves, so the editor works from the keyboard and with a screen reader).
 */
export function CircuitEditor({
  universityId,
  departmentId,
  initial,
  initialReminderDays = 3,
}: {
  universityId: string;
  /** A department's circuit (saving gives it its own); the university's when left out. */
  departmentId?: string;
  initial: Step[];
  initialReminderDays?: number;
}) {
  const t = useTranslations("agreements");
  const [steps, setSteps] = useState<Step[]>(initial);
  const [reminderAfterDays, setReminderAfterDays] = useState(initialReminderDays);
  const { execute, pending, outcome } = useAction(saveSigningCircuit, { success: t("circuit.saved") });
  const unused = PARTIES.filter((party) => !steps.some((s) => s.party === party));
  const move = (index: number, by: number) =>
    setSteps((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void execute({ universityId, departmentId, steps, reminderAfterDays });
      }}
    >
      <ActionOutcome outcome={outcome} />
      <Stack component="ol" spacing={1} sx={{ pl: 0, m: 0, listStyle: "none" }}>
        {steps.map((step, index) => {
          const party = t(`parties.${step.party}`);
          return (
            <Stack key={step.party} component="li" direction="row" spacing={1} sx={{ alignItems: "center" }}>
              <Typography sx={{ width: "5rem" }}>{t("circuit.order", { order: index + 1 })}</Typography>
              <Typography sx={{ flex: 1 }}>{party}</Typography>
              <TextField
                label={t("circuit.days")}
                type="number"
                size="small"
                value={step.deadlineDays}
                onChange={(e) =>
                  setSteps((current) =>
                    current.map((s, i) => (i === index ? { ...s, deadlineDays: Number(e.target.value) } : s)),
                  )
                }
                slotProps={{ htmlInput: { min: 1, max: 90 } }}
                sx={{ width: "9rem" }}
              />
              <IconButton
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={t("circuit.up", { party })}
              >
                <ArrowUpward />
              </IconButton>
              <IconButton
                onClick={() => move(index, 1)}
                disabled={index === steps.length - 1}
                aria-label={t("circuit.down", { party })}
              >
                <ArrowDownward />
              </IconButton>
              <IconButton
                onClick={() => setSteps((current) => current.filter((_, i) => i !== index))}
                disabled={steps.length === 1}
                aria-label={t("circuit.remove", { party })}
              >
                <Delete />
              </IconButton>
            </Stack>
          );
        })}
      </Stack>
      {unused.length > 0 ? (
        <TextField
          select
          label={t("circuit.add")}
          value=""
          onChange={(e) =>
            setSteps((current) => [...current, { party: e.target.value as Step["party"], deadlineDays: 7 }])
          }
          sx={{ maxWidth: 320 }}
        >
          {unused.map((party) => (
            <MenuItem key={party} value={party}>
              {t(`parties.${party}`)}
            </MenuItem>
          ))}
        </TextField>
      ) : (
        <Typography color="text.secondary">{t("circuit.allUsed")}</Typography>
      )}
      <TextField
        label={t("circuit.reminderDays")}
        helperText={t("circuit.reminderDaysHelp")}
        type="number"
        value={reminderAfterDays}
        onChange={(e) => setReminderAfterDays(Number(e.target.value))}
        slotProps={{ htmlInput: { min: 1, max: 30 } }}
        sx={{ maxWidth: 320 }}
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {t("circuit.save")}
      </Button>
    </Stack>
  );
}

"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { editProgram, removeProgramAction } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateProgramSchema, type ProgramInput } from "@/lib/universities/schemas";
import { WIDE_ONLY } from "./wide-only";
import { ProgramLevelYearsFields } from "./program-fields";

type Program = { id: string; name: string; level: ProgramInput["level"]; years: number; studentCount: number };
const COLUMNS = 5;

/** One program of a department: edited in place (name, level, length), removed after confirming. */
export function ProgramRow({
  universityId,
  departmentId,
  program,
}: {
  universityId: string;
  departmentId: string;
  program: Program;
}) {
  const t = useTranslations("universities");
  const [editing, setEditing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  // Editing in place moves the focus to the name, where the keyboard user means to type.
  useEffect(() => {
    if (editing) nameInput.current?.focus();
  }, [editing]);
  const [confirming, setConfirming] = useState(false);
  const values = {
    programId: program.id,
    departmentId,
    name: program.name,
    level: program.level,
    years: program.years,
  };
  const form = useForm({ resolver: yupResolver(updateProgramSchema), defaultValues: values });
  const edit = useFormAction(form, editProgram, {
    toInput: (input) => ({ ...input, universityId }),
    success: (saved) => t("structure.programSaved", { name: saved.name }),
    onSuccess: () => setEditing(false),
  });
  const remove = useAction(removeProgramAction, {
    success: t("structure.programRemoved", { name: program.name }),
  });
  const outcome = edit.outcome ?? remove.outcome;
  const summary = `${t(`level.${program.level}`)} · ${t("structure.yearsValue", { years: program.years })}`;

  return (
    <>
      {editing ? (
        <TableRow>
          <TableCell colSpan={COLUMNS}>
            <Stack component="form" spacing={2} onSubmit={edit.onSubmit} noValidate sx={{ py: 1 }}>
              <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "3fr 2fr 1fr" } }}>
                <TextFieldControl
                  control={form.control}
                  name="name"
                  label={t("structure.programName")}
                  size="small"
                  required
                  inputRef={nameInput}
                  maxLength={120}
                />
                <ProgramLevelYearsFields control={form.control} size="small" />
              </Box>
              <Stack direction="row" spacing={1}>
                <Button type="submit" variant="contained" size="small" disabled={edit.pending}>
                  {t("structure.save")}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    form.reset(values);
                    setEditing(false);
                  }}
                >
                  {t("structure.cancel")}
                </Button>
              </Stack>
            </Stack>
          </TableCell>
        </TableRow>
      ) : (
        <TableRow>
          <TableCell component="th" scope="row">
            {program.name}
            <Typography variant="body2" color="text.secondary" sx={{ display: { sm: "none" } }}>
              {summary}
            </Typography>
          </TableCell>
          <TableCell sx={WIDE_ONLY}>{t(`level.${program.level}`)}</TableCell>
          <TableCell sx={WIDE_ONLY}>{t("structure.yearsValue", { years: program.years })}</TableCell>
          <TableCell align="right">{program.studentCount}</TableCell>
          <TableCell align="right">
            <Stack direction={{ xs: "column", sm: "row" }} sx={{ justifyContent: "flex-end", alignItems: "flex-end" }}>
              <Button
                size="small"
                aria-label={t("structure.editLabel", { name: program.name })}
                onClick={() => setEditing(true)}
              >
                {t("structure.edit")}
              </Button>
              <Button
                size="small"
                color="error"
                aria-label={t("structure.removeProgramLabel", { name: program.name })}
                disabled={remove.pending}
                onClick={() => setConfirming(true)}
              >
                {t("structure.remove")}
              </Button>
            </Stack>
          </TableCell>
        </TableRow>
      )}
      {outcome && (
        <TableRow>
          <TableCell colSpan={COLUMNS}>
            <ActionOutcome outcome={outcome} />
          </TableCell>
        </TableRow>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("structure.removeProgramTitle", { name: program.name })}
        body={t("structure.removeProgramBody")}
        confirmLabel={t("structure.remove")}
        color="error"
        pending={remove.pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void remove.execute({ universityId, programId: program.id });
        }}
      />
    </>
  );
}

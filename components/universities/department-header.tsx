"use client";
import { yupResolver } from "@hookform/resolvers/yup";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { removeDepartmentAction, renameDepartmentAction } from "@/app/(app)/university/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { useAction } from "@/components/ui/use-action";
import { useFormAction } from "@/components/ui/use-form-action";
import { renameDepartmentSchema } from "@/lib/universities/schemas";

type Props = {
  universityId: string;
  department: { id: string; name: string; staffCount: number; programCount: number };
};

/** A department's name, renamed in place, and its removal after confirming (refused with the reason when in use). */
export function DepartmentHeader({ universityId, department }: Props) {
  const t = useTranslations("universities.structure");
  const [editing, setEditing] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  // Editing in place moves the focus to the name, where the keyboard user means to type.
  useEffect(() => {
    if (editing) nameInput.current?.focus();
  }, [editing]);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    resolver: yupResolver(renameDepartmentSchema),
    defaultValues: { departmentId: department.id, name: department.name },
  });
  const rename = useFormAction(form, renameDepartmentAction, {
    toInput: (values) => ({ ...values, universityId }),
    success: (renamed) => t("renamed", { name: renamed.name }),
    onSuccess: (renamed) => {
      form.reset({ departmentId: department.id, name: renamed.name });
      setEditing(false);
    },
  });
  const remove = useAction(removeDepartmentAction, { success: t("departmentRemoved", { name: department.name }) });

  return (
    <Box sx={{ p: 2 }}>
      {editing ? (
        <Stack
          component="form"
          direction={{ xs: "column", sm: "row" }}
          spacing={1}
          onSubmit={rename.onSubmit}
          noValidate
          sx={{ alignItems: { sm: "flex-start" } }}
        >
          <TextFieldControl
            control={form.control}
            name="name"
            label={t("departmentName")}
            size="small"
            required
            inputRef={nameInput}
            maxLength={120}
          />
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            <Button type="submit" variant="contained" disabled={rename.pending}>
              {t("save")}
            </Button>
            <Button
              onClick={() => {
                form.reset();
                setEditing(false);
              }}
            >
              {t("cancel")}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Stack
          direction={{ xs: "column", sm: "row" }}
          spacing={1}
          sx={{ alignItems: { sm: "center" }, justifyContent: "space-between" }}
        >
          <Box>
            <Typography variant="h2">{department.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t("programCount", { count: department.programCount })} ·{" "}
              {t("staffCount", { count: department.staffCount })}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            <Button
              size="small"
              aria-label={t("renameLabel", { name: department.name })}
              onClick={() => setEditing(true)}
            >
              {t("rename")}
            </Button>
            <Button
              size="small"
              color="error"
              aria-label={t("removeDepartmentLabel", { name: department.name })}
              disabled={remove.pending}
              onClick={() => setConfirming(true)}
            >
              {t("remove")}
            </Button>
          </Stack>
        </Stack>
      )}
      <ActionOutcome outcome={rename.outcome} sx={{ mt: 1 }} />
      <ActionOutcome outcome={remove.outcome} sx={{ mt: 1 }} />
      <ConfirmDialog
        open={confirming}
        title={t("removeDepartmentTitle", { name: department.name })}
        body={t("removeDepartmentBody")}
        confirmLabel={t("remove")}
        color="error"
        pending={remove.pending}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void remove.execute({ universityId, departmentId: department.id });
        }}
      />
    </Box>
  );
}

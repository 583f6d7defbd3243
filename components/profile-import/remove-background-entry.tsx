"use client";
import DeleteOutline from "@mui/icons-material/DeleteOutlined";
import IconButton from "@mui/material/IconButton";
import { removeExperience, removeLanguage } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";

/** The bin beside a job or a language of the student's background, with the outcome below it. */
export function RemoveBackgroundEntry({
  kind,
  id,
  label,
  success,
}: {
  kind: "experience" | "language";
  id: string;
  label: string;
  success: string;
}) {
  const { execute, pending, outcome } = useAction(kind === "experience" ? removeExperience : removeLanguage, {
    success,
  });
  return (
    <>
      <IconButton size="small" aria-label={label} onClick={() => execute(id)} disabled={pending} sx={{ ml: 0.5 }}>
        <DeleteOutline fontSize="small" />
      </IconButton>
      <ActionOutcome outcome={outcome} />
    </>
  );
}

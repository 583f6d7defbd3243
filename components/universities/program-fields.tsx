"use client";
import MenuItem from "@mui/material/MenuItem";
import { useTranslations } from "next-intl";
import type { Control, FieldValues, Path } from "react-hook-form";
import { TextFieldControl } from "@/components/ui/text-field-control";
import { MAX_PROGRAM_YEARS, PROGRAM_LEVELS } from "@/lib/universities/schemas";

/** A program's level and length, shared by the new-program form and a program's inline edit. */
export function ProgramLevelYearsFields<F extends FieldValues>({
  control,
  size,
}: {
  control: Control<F>;
  size?: "small";
}) {
  const t = useTranslations("universities");
  return (
    <>
      <TextFieldControl
        control={control}
        name={"level" as Path<F>}
        label={t("structure.level")}
        select
        required
        size={size}
      >
        {PROGRAM_LEVELS.map((level) => (
          <MenuItem key={level} value={level}>
            {t(`level.${level}`)}
          </MenuItem>
        ))}
      </TextFieldControl>
      <TextFieldControl
        control={control}
        name={"years" as Path<F>}
        label={t("structure.years")}
        type="number"
        required
        size={size}
        slotProps={{ htmlInput: { min: 1, max: MAX_PROGRAM_YEARS, step: 1 } }}
      />
    </>
  );
}

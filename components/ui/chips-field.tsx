"use client";
import Autocomplete from "@mui/material/Autocomplete";
import Chip from "@mui/material/Chip";
import TextField from "@mui/material/TextField";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useFieldMessage } from "./reason-text";

type Props<F extends FieldValues> = {
  control: Control<F>;
  name: Path<F>;
  label: string;
  helperText?: string;
  /** Fixed choices; without them any typed value is added with Enter. */
  options?: readonly string[];
  optionLabel?: (value: string) => string;
};

/** A list of values shown as chips: picked from fixed options, or typed freely. */
export function ChipsField<F extends FieldValues>({
  control,
  name,
  label,
  helperText,
  options,
  optionLabel = (v) => v,
}: Props<F>) {
  const message = useFieldMessage();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error =
          fieldState.error?.message ??
          (Array.isArray(fieldState.error) ? fieldState.error.find(Boolean)?.message : undefined);
        return (
          <Autocomplete
            multiple
            freeSolo={!options}
            options={options ?? []}
            getOptionLabel={optionLabel}
            value={(field.value as string[] | undefined) ?? []}
            onChange={(_, value) => field.onChange(value.map((v) => v.trim()).filter(Boolean))}
            filterSelectedOptions
            renderValue={(values, getItemProps) =>
              values.map((option, index) => {
                const { key, ...itemProps } = getItemProps({ index });
                return <Chip key={key} label={optionLabel(option)} size="small" {...itemProps} />;
              })
            }
            renderInput={(params) => (
              <TextField
                {...params}
                label={label}
                onBlur={field.onBlur}
                error={Boolean(error)}
                helperText={message(error) ?? helperText}
              />
            )}
          />
        );
      }}
    />
  );
}

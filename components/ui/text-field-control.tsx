"use client";
import TextField, { type TextFieldProps } from "@mui/material/TextField";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useFieldMessage } from "./form-errors";

/** A MUI text field bound to react-hook-form, showing the translated validation message. */
export function TextFieldControl<F extends FieldValues>({
  control,
  name,
  ...props
}: { control: Control<F>; name: Path<F> } & Omit<TextFieldProps, "name">) {
  const message = useFieldMessage();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          {...field}
          value={field.value ?? ""}
          error={Boolean(fieldState.error)}
          helperText={message(fieldState.error?.message) ?? props.helperText}
          fullWidth
        />
      )}
    />
  );
}

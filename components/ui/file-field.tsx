"use client";
import FormControl from "@mui/material/FormControl";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import { useId } from "react";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useFieldMessage } from "./reason-text";

/** A file input bound to react-hook-form: its value is the list of chosen files. */
export function FileField<F extends FieldValues>({
  control,
  name,
  label,
  hint,
  accept,
  multiple = false,
  required = false,
}: {
  control: Control<F>;
  name: Path<F>;
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  required?: boolean;
}) {
  const message = useFieldMessage();
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = message(fieldState.error?.message);
        return (
          <FormControl error={Boolean(error)}>
            <FormLabel htmlFor={id} required={required}>
              {label}
            </FormLabel>
            <input
              id={id}
              name={field.name}
              type="file"
              multiple={multiple}
              accept={accept}
              aria-describedby={`${id}-hint`}
              aria-invalid={Boolean(error)}
              onChange={(event) => field.onChange(Array.from(event.target.files ?? []))}
              onBlur={field.onBlur}
              ref={field.ref}
              style={{ marginTop: 8 }}
            />
            <FormHelperText id={`${id}-hint`} sx={{ mx: 0 }}>
              {error ?? hint}
            </FormHelperText>
          </FormControl>
        );
      }}
    />
  );
}

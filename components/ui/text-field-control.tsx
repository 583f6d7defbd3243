"use client";
import Box from "@mui/material/Box";
import TextField, { type TextFieldProps } from "@mui/material/TextField";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useFieldMessage } from "./reason-text";
import { useHydrated } from "./use-hydrated";

/**
 * A MUI text field bound to react-hook-form, showing the translated validation message; with
 * `maxLength`, a counter of the characters used, so the limit is known before it is hit.
 */
export function TextFieldControl<F extends FieldValues>({
  control,
  name,
  maxLength,
  ...props
}: { control: Control<F>; name: Path<F>; maxLength?: number } & Omit<TextFieldProps, "name">) {
  const message = useFieldMessage();
  const hydrated = useHydrated();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const help = message(fieldState.error?.message) ?? props.helperText;
        const used = String(field.value ?? "").length;
        // The ref goes to the input (and to the caller's inputRef), so that react-hook-form can focus
        // the first field in error.
        const { ref, ...rest } = field;
        const own = props.inputRef;
        return (
          <TextField
            {...props}
            {...rest}
            inputRef={(element: HTMLInputElement | null) => {
              ref(element);
              if (typeof own === "function") own(element);
              else if (own) (own as { current: HTMLInputElement | null }).current = element;
            }}
            value={field.value ?? ""}
            disabled={props.disabled || !hydrated}
            error={Boolean(fieldState.error)}
            helperText={
              maxLength ? (
                <Box component="span" sx={{ display: "flex", justifyContent: "space-between", gap: 2 }}>
                  <span>{help}</span>
                  <Box
                    component="span"
                    sx={{ whiteSpace: "nowrap", color: used > maxLength ? "error.main" : undefined }}
                  >
                    {used} / {maxLength}
                  </Box>
                </Box>
              ) : (
                help
              )
            }
            fullWidth
          />
        );
      }}
    />
  );
}

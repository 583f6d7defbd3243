"use client";
import UploadFile from "@mui/icons-material/UploadFile";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import FormControl from "@mui/material/FormControl";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useFieldMessage } from "./reason-text";
import { visuallyHidden } from "./visually-hidden";

/**
 * A file input bound to react-hook-form: its value is the list of chosen files. The browser's own
 * control (untranslated "Choose Files") is hidden but kept focusable and labelled; a button in the
 * page's language opens it, and the chosen names are written beside it, like the CV picker.
 */
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
  const t = useTranslations("app.files");
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = message(fieldState.error?.message);
        const files = Array.isArray(field.value) ? (field.value as File[]) : [];
        return (
          <FormControl error={Boolean(error)}>
            <FormLabel htmlFor={id} required={required}>
              {label}
            </FormLabel>
            <Box
              sx={{
                display: "flex",
                flexWrap: "wrap",
                alignItems: "center",
                gap: 1.5,
                mt: 1,
                "& input:focus-visible + .MuiButton-root": { outline: "2px solid", outlineOffset: 2 },
              }}
            >
              <input
                id={id}
                name={field.name}
                type="file"
                multiple={multiple}
                accept={accept}
                aria-describedby={`${id}-chosen ${id}-hint`}
                aria-invalid={Boolean(error)}
                onChange={(event) => field.onChange(Array.from(event.target.files ?? []))}
                onBlur={field.onBlur}
                ref={(element) => {
                  input.current = element;
                  field.ref(element);
                }}
                style={visuallyHidden}
              />
              <Button
                component="span"
                variant="outlined"
                color={error ? "error" : "primary"}
                startIcon={<UploadFile />}
                onClick={() => input.current?.click()}
                aria-hidden
                tabIndex={-1}
              >
                {multiple ? t("chooseMany") : t("choose")}
              </Button>
              <Typography id={`${id}-chosen`} variant="body2" color="text.secondary" aria-live="polite">
                {files.length === 0
                  ? t("none")
                  : files.length === 1
                    ? files[0]!.name
                    : t("many", { count: files.length, names: files.map((file) => file.name).join(", ") })}
              </Typography>
            </Box>
            <FormHelperText id={`${id}-hint`} sx={{ mx: 0 }}>
              {error ?? hint}
            </FormHelperText>
          </FormControl>
        );
      }}
    />
  );
}

"use client";
import Visibility from "@mui/icons-material/Visibility";
import VisibilityOff from "@mui/icons-material/VisibilityOff";
import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import type { TextFieldProps } from "@mui/material/TextField";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Control, FieldValues, Path } from "react-hook-form";
import { TextFieldControl } from "./text-field-control";
import { visuallyHidden } from "./visually-hidden";

/**
 * A password field with a toggle that shows what was typed. The toggle is a pressed/unpressed
 * button named by its (hidden) text rather than an aria-label, so that "Mot de passe" still
 * names the field alone for assistive technology and for tests looking fields up by label.
 */
export function PasswordField<F extends FieldValues>(
  props: { control: Control<F>; name: Path<F> } & Omit<TextFieldProps, "name" | "type">,
) {
  const t = useTranslations("auth");
  const [shown, setShown] = useState(false);
  return (
    <TextFieldControl
      {...props}
      type={shown ? "text" : "password"}
      slotProps={{
        htmlInput: { autoCapitalize: "none", spellCheck: false },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                edge="end"
                aria-pressed={shown}
                onClick={() => setShown(!shown)}
                // Keep the caret in the field when the toggle is clicked with a mouse.
                onMouseDown={(event) => event.preventDefault()}
              >
                {shown ? <VisibilityOff /> : <Visibility />}
                <Box component="span" sx={visuallyHidden}>
                  {t("showPassword")}
                </Box>
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

"use client";
import Autocomplete from "@mui/material/Autocomplete";
import Chip from "@mui/material/Chip";
import TextField from "@mui/material/TextField";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { useFieldMessage } from "./reason-text";

/**
 * Skills from the shared list, suggested as the user types, with free additions (Enter adds what
 * was typed). The value is a list of names; the server adds unknown ones to the list.
 */
export function SkillsField<F extends FieldValues>({
  control,
  name,
  label,
  helperText,
}: {
  control: Control<F>;
  name: Path<F>;
  label: string;
  helperText?: string;
}) {
  const message = useFieldMessage();
  const [input, setInput] = useState("");
  const { data } = useQuery({
    queryKey: ["skills", input],
    queryFn: async () => {
      const response = await fetch(`/api/v1/skills?q=${encodeURIComponent(input)}`);
      return response.ok ? ((await response.json()) as { items: { name: string }[] }).items.map((s) => s.name) : [];
    },
    placeholderData: (previous) => previous,
  });
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Autocomplete
          multiple
          freeSolo
          options={data ?? []}
          value={(field.value as string[] | undefined) ?? []}
          onChange={(_, value) => field.onChange(value.map((v) => v.trim()).filter(Boolean))}
          inputValue={input}
          onInputChange={(_, value) => setInput(value)}
          filterSelectedOptions
          renderValue={(values, getItemProps) =>
            values.map((option, index) => {
              const { key, ...itemProps } = getItemProps({ index });
              return <Chip key={key} label={option} size="small" {...itemProps} />;
            })
          }
          renderInput={(params) => (
            <TextField
              {...params}
              label={label}
              onBlur={field.onBlur}
              error={Boolean(fieldState.error)}
              helperText={
                message(
                  fieldState.error?.message ??
                    (Array.isArray(fieldState.error) ? fieldState.error.find(Boolean)?.message : undefined),
                ) ?? helperText
              }
            />
          )}
        />
      )}
    />
  );
}

"use client";
import Add from "@mui/icons-material/Add";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import {
  useFieldArray,
  type ArrayPath,
  type Control,
  type FieldArray,
  type FieldValues,
  type Path,
} from "react-hook-form";
import { TextFieldControl } from "./text-field-control";

export type ListColumn = {
  name: string;
  label: string;
  required?: boolean;
  type?: string;
  helperText?: string;
  grow?: number;
};

const MAX_ROWS = 20;

/** An editable list of small records (sites, contacts, certifications): one row of fields per item. */
export function EditableList<F extends FieldValues>(props: {
  control: Control<F>;
  name: ArrayPath<F>;
  title: string;
  itemLabel: string;
  empty: string;
  addLabel: string;
  removeLabel: string;
  columns: ListColumn[];
  blank: FieldArray<F, ArrayPath<F>>;
  disabled?: boolean;
}) {
  const { control, name, columns, disabled } = props;
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <Box component="fieldset" disabled={disabled} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="h3" sx={{ mb: 1 }}>
        {props.title}
      </Typography>
      {fields.length === 0 && <Typography color="text.secondary">{props.empty}</Typography>}
      <Stack spacing={2}>
        {fields.map((field, index) => (
          <Stack
            key={field.id}
            role="group"
            aria-label={`${props.itemLabel} ${index + 1}`}
            direction={{ xs: "column", md: "row" }}
            spacing={1}
            sx={{ alignItems: { md: "flex-start" } }}
          >
            {columns.map((column) => (
              <Box key={column.name} sx={{ flex: column.grow ?? 1, minWidth: 0 }}>
                <TextFieldControl
                  control={control}
                  name={`${name}.${index}.${column.name}` as Path<F>}
                  label={column.label}
                  type={column.type}
                  required={column.required}
                  helperText={column.helperText}
                  size="small"
                />
              </Box>
            ))}
            {!disabled && (
              <IconButton
                onClick={() => remove(index)}
                aria-label={`${props.removeLabel} ${index + 1}`}
                sx={{ alignSelf: { xs: "flex-end", md: "flex-start" } }}
              >
                <DeleteOutlined />
              </IconButton>
            )}
          </Stack>
        ))}
      </Stack>
      {!disabled && (
        <Button
          startIcon={<Add />}
          onClick={() => append(props.blank)}
          disabled={fields.length >= MAX_ROWS}
          sx={{ mt: 1 }}
        >
          {props.addLabel}
        </Button>
      )}
    </Box>
  );
}

"use client";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import FormLabel from "@mui/material/FormLabel";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import type { FacetValue } from "@/lib/offers/search-facets";
import { SEARCH_FORM } from "./search-url";

const SHOWN = 6;

/** One facet as a group of checkboxes with counts: the most frequent first, the rest on demand. */
export function FacetGroup(props: {
  name: string;
  legend: string;
  values: FacetValue[];
  selected: string[];
  label: (value: FacetValue) => string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  approximate?: boolean;
}) {
  const t = useTranslations("search");
  const format = useFormatter();
  const [all, setAll] = useState(false);
  const shown = all ? props.values : props.values.filter((v, i) => i < SHOWN || props.selected.includes(v.value));
  const hidden = props.values.length - shown.length;
  return (
    <FormControl component="fieldset" variant="standard">
      <FormLabel component="legend" sx={{ fontWeight: 600, color: "text.primary", mb: 0.5 }}>
        {props.legend}
      </FormLabel>
      <FormGroup>
        {shown.map((value) => (
          <FormControlLabel
            key={value.value}
            sx={{ my: -0.25 }}
            control={
              <Checkbox
                size="small"
                name={props.name}
                value={value.value}
                defaultChecked={props.selected.includes(value.value)}
                onChange={props.onChange}
                slotProps={{ input: { form: SEARCH_FORM } as object }}
              />
            }
            label={t("valueCount", {
              label: props.label(value),
              count: `${props.approximate ? "≈ " : ""}${format.number(value.count)}`,
            })}
          />
        ))}
      </FormGroup>
      {hidden > 0 && (
        <Button size="small" onClick={() => setAll(true)} sx={{ alignSelf: "flex-start" }}>
          {t("showMore", { count: hidden })}
        </Button>
      )}
    </FormControl>
  );
}

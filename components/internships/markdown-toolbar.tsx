"use client";
import FormatBold from "@mui/icons-material/FormatBold";
import FormatItalic from "@mui/icons-material/FormatItalic";
import FormatListBulleted from "@mui/icons-material/FormatListBulleted";
import InsertLink from "@mui/icons-material/InsertLink";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";

type Edit = { value: string; start: number; end: number };

/** Wraps the selection in a marker (or puts an empty pair at the caret), the selection kept inside. */
const wrap = ({ value, start, end }: Edit, before: string, after = before, placeholder = ""): Edit => {
  const inner = value.slice(start, end) || placeholder;
  const next = value.slice(0, start) + before + inner + after + value.slice(end);
  return { value: next, start: start + before.length, end: start + before.length + inner.length };
};

/** Starts every line of the selection (or the caret's line) with "- ". */
const bullet = ({ value, start, end }: Edit): Edit => {
  const from = value.lastIndexOf("\n", start - 1) + 1;
  const lines = value.slice(from, end).split("\n");
  const listed = lines.map((line) => (/^\s*[-*]\s/.test(line) ? line : `- ${line}`)).join("\n");
  return { value: value.slice(0, from) + listed + value.slice(end), start: from, end: from + listed.length };
};

/**
 * Bold, italics, list and link buttons above a logbook textarea: each writes the Markdown the
 * logbook renders into the text, so the text stays plain and readable as it is typed.
 */
export function MarkdownToolbar({
  target,
  onChange,
  controls,
}: {
  target: RefObject<HTMLTextAreaElement | HTMLInputElement | null>;
  onChange: (value: string) => void;
  controls?: string;
}) {
  const t = useTranslations("internships.logbook");
  const apply = (edit: (current: Edit) => Edit) => {
    const element = target.current;
    if (!element) return;
    const result = edit({
      value: element.value,
      start: element.selectionStart ?? element.value.length,
      end: element.selectionEnd ?? element.value.length,
    });
    onChange(result.value);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(result.start, result.end);
    });
  };
  const buttons = [
    { label: t("bold"), icon: <FormatBold />, edit: (e: Edit) => wrap(e, "**") },
    { label: t("italic"), icon: <FormatItalic />, edit: (e: Edit) => wrap(e, "*") },
    { label: t("list"), icon: <FormatListBulleted />, edit: bullet },
    { label: t("link"), icon: <InsertLink />, edit: (e: Edit) => wrap(e, "[", "](https://)", t("link")) },
  ];
  return (
    <Stack direction="row" role="toolbar" aria-label={t("formatting")} aria-controls={controls} spacing={0.5}>
      {buttons.map((button) => (
        <IconButton
          key={button.label}
          size="small"
          aria-label={button.label}
          title={button.label}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => apply(button.edit)}
        >
          {button.icon}
        </IconButton>
      ))}
    </Stack>
  );
}

"use client";
import type { UPLOAD_RULES } from "@/lib/documents/upload-rules";
import { useFieldMessage } from "./reason-text";

type Rules = (typeof UPLOAD_RULES)[keyof typeof UPLOAD_RULES];

/**
 * What the server would say of a chosen file, said before it is sent: the browser's type (the
 * server sniffs the bytes again) and the size, in the same words.
 */
export function useFileProblem(rules: Rules) {
  const message = useFieldMessage();
  return (file: File | null | undefined): string | undefined => {
    if (!file) return undefined;
    if (file.type && !rules.types.includes(file.type))
      return message({ key: "fileType", values: { types: rules.label } });
    if (file.size > rules.maxBytes)
      return message({ key: "fileTooLarge", values: { megabytes: rules.maxBytes / 1024 / 1024 } });
    return undefined;
  };
}

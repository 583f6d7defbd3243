import * as yup from "yup";
import { tooMany } from "@/lib/core/limit-messages";
import type { UPLOAD_RULES } from "./upload-rules";

type Rules = (typeof UPLOAD_RULES)[keyof typeof UPLOAD_RULES];

/**
 * The files a form is about to send, checked in the browser against the same rules the server
 * applies after sniffing the bytes, so a file that would be refused is not uploaded at all.
 */
export const fileListSchema = (rules: Rules, max: number, totalBytes: number, emptyMessage = "filesRequired") =>
  yup
    .array(yup.mixed<File>().required())
    .min(1, emptyMessage)
    .max(max, tooMany)
    .test("size", { key: "fileTooLarge", values: { megabytes: rules.maxBytes / 1024 / 1024 } }, (files) =>
      (files ?? []).every((file) => file.size <= rules.maxBytes),
    )
    .test(
      "total",
      { key: "filesTooLarge", values: { megabytes: totalBytes / 1024 / 1024 } },
      (files) => (files ?? []).reduce((sum, file) => sum + file.size, 0) <= totalBytes,
    )
    .test("type", { key: "fileType", values: { types: rules.label } }, (files) =>
      (files ?? []).every((file) => !file.type || rules.types.includes(file.type)),
    )
    .required(emptyMessage);

import en from "@/messages/en/core.json";

const messages: Record<string, string> = en.validation;

/** The English sentence for a validation code (API answers; forms translate the code themselves). */
export const fieldMessage = (code: string) => messages[code] ?? code;

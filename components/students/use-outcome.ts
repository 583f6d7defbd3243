"use client";
import { useState } from "react";

/** The success or failure message a profile form shows after its last submission. */
export function useOutcome() {
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string }>();
  return { outcome, succeed: (message: string) => setOutcome({ ok: true, message }), fail: (message: string) => setOutcome({ ok: false, message }) };
}

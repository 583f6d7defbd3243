"use client";
import Button from "@mui/material/Button";
import { signOutAction } from "@/app/(auth)/actions";
import { useAction } from "@/components/ui/use-action";

export function SignOutButton({ label }: { label: string }) {
  const { execute, pending } = useAction(signOutAction);
  return (
    <Button size="small" disabled={pending} onClick={() => void execute(null)} sx={{ alignSelf: "flex-start" }}>
      {label}
    </Button>
  );
}
